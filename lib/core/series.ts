// Session dates from a crew's rhythm, and the sessions still to create in a series.
// Dates step on the calendar of the caller's time zone, keeping the first session's local time
// of day; the calendar event, once tagged, is the truth for a session's local time.
import { newId } from './ids';
import {
  type Crew,
  type Id,
  type IsoTime,
  type Rhythm,
  type RoleName,
  SCHEMA_VERSION,
  type Series,
  type Session,
} from './model';
import { addDays, type LocalDate, localParts, zonedInstant } from './pathway/zoned-time';
import type { Assignment, RotationReason } from './rotation';

const DAY_MS = 86_400_000;

/** Days between sessions, or undefined for the monthly rhythm (months differ in length). */
export function rhythmStepDays(rhythm: Rhythm): number | undefined {
  switch (rhythm.kind) {
    case 'weekly':
      return 7;
    case 'fortnightly':
      return 14;
    case 'custom':
      return Math.max(1, Math.trunc(rhythm.everyDays ?? 7));
    case 'monthly':
      return undefined;
  }
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
}

/** The same day of the month `months` later, clamped to that month's end (31 Jan, 28 Feb). */
function addMonthsClamped(date: LocalDate, months: number): LocalDate {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const monthIndex = m - 1 + months;
  const year = y + Math.floor(monthIndex / 12);
  const month = ((monthIndex % 12) + 12) % 12;
  const day = Math.min(d, daysInMonth(year, month));
  return new Date(Date.UTC(year, month, day)).toISOString().slice(0, 10);
}

/**
 * Start of occurrence `n` (0 = the first session). Monthly keeps the first session's day of the
 * month, clamped to the month's end: 31 Jan, 28 Feb, 31 Mar. Every occurrence keeps the first
 * session's wall-clock time in `timeZone` (an IANA name from the caller, so lib/core stays pure):
 * a crew meeting Tuesdays 18:00 in Berlin still meets at 18:00 after summer time ends (issue 9).
 * A time the spring change skips (02:30) moves forward an hour, as calendars do. 'UTC' (the
 * default, for callers without a zone) steps whole UTC days and months exactly.
 */
export function occurrenceStartMs(
  firstStart: IsoTime,
  rhythm: Rhythm,
  n: number,
  timeZone = 'UTC',
): number {
  const first = Date.parse(firstStart);
  const step = rhythmStepDays(rhythm);
  if (timeZone === 'UTC') return utcOccurrenceMs(first, step, n);
  if (n === 0) return first;
  // Zone offsets are whole minutes; seconds and milliseconds of the first start carry over.
  const subMinute = ((first % 60_000) + 60_000) % 60_000;
  const { date, time } = localParts(first, timeZone);
  const day = step !== undefined ? addDays(date, n * step) : addMonthsClamped(date, n);
  return zonedInstant(day, time, timeZone) + subMinute;
}

function utcOccurrenceMs(first: number, step: number | undefined, n: number): number {
  if (step !== undefined) return first + n * step * DAY_MS;
  const date = new Date(first);
  const monthIndex = date.getUTCMonth() + n;
  const year = date.getUTCFullYear() + Math.floor(monthIndex / 12);
  const month = ((monthIndex % 12) + 12) % 12;
  const day = Math.min(date.getUTCDate(), daysInMonth(year, month));
  return Date.UTC(
    year,
    month,
    day,
    date.getUTCHours(),
    date.getUTCMinutes(),
    date.getUTCSeconds(),
    date.getUTCMilliseconds(),
  );
}

/** When session `index` (1-based) of a series starts if every session keeps the rhythm. */
export function sessionStartAt(
  series: Series,
  rhythm: Rhythm,
  index: number,
  timeZone = 'UTC',
): IsoTime {
  return new Date(occurrenceStartMs(series.startsAt, rhythm, index - 1, timeZone)).toISOString();
}

/** The first occurrence number whose start is at or after `thresholdMs`. */
function firstOccurrenceFrom(
  firstStart: IsoTime,
  rhythm: Rhythm,
  thresholdMs: number,
  timeZone: string,
): number {
  const first = Date.parse(firstStart);
  if (thresholdMs <= first) return 0;
  const step = rhythmStepDays(rhythm);
  // Estimate, then walk: the estimate is at most one occurrence off either way (a zone's
  // offset changes by hours, far less than a step).
  let n = step !== undefined ? Math.floor((thresholdMs - first) / (step * DAY_MS)) : 0;
  if (step === undefined) {
    const a = new Date(first);
    const b = new Date(thresholdMs);
    const months =
      (b.getUTCFullYear() - a.getUTCFullYear()) * 12 + b.getUTCMonth() - a.getUTCMonth();
    n = Math.max(0, months - 1);
  }
  const start = (k: number) => occurrenceStartMs(firstStart, rhythm, k, timeZone);
  while (n > 0 && start(n - 1) >= thresholdMs) n -= 1;
  while (start(n) < thresholdMs) n += 1;
  return n;
}

export function sessionsOfSeries(sessions: Session[], seriesId: Id): Session[] {
  return sessions.filter((s) => s.seriesId === seriesId).sort((a, b) => a.index - b.index);
}

/**
 * The new planned sessions to create so the series is planned ahead: every remaining session of
 * a series with a planned length, or enough for `count` upcoming sessions of an open-ended one.
 * Indexes continue after the last existing session. The first session falls on the series'
 * start; later ones on the next rhythm dates after the last existing session and not before
 * `now` (a crew back from a pause is not given sessions in the past). All keep the series start's
 * local time in `timeZone` (the user's, from the caller; 'UTC' steps UTC days).
 */
export function planSessions(
  crew: Crew,
  series: Series,
  existingSessions: Session[],
  now: IsoTime,
  count: number,
  makeId: () => Id = newId,
  timeZone = 'UTC',
): Session[] {
  const own = sessionsOfSeries(existingSessions, series.id);
  const lastIndex = own.reduce((max, s) => Math.max(max, s.index), 0);
  const nowMs = Date.parse(now);
  const wanted =
    series.plannedSessions !== undefined
      ? series.plannedSessions - lastIndex
      : count - own.filter((s) => s.status === 'planned' && Date.parse(s.startsAt) >= nowMs).length;
  if (wanted <= 0) return [];

  let n = 0;
  if (own.length > 0) {
    const lastStart = Math.max(...own.map((s) => Date.parse(s.startsAt)));
    n = firstOccurrenceFrom(series.startsAt, crew.rhythm, Math.max(lastStart + 1, nowMs), timeZone);
  }
  return Array.from({ length: wanted }, (_, offset) => ({
    v: SCHEMA_VERSION,
    id: makeId(),
    crewId: crew.id,
    seriesId: series.id,
    index: lastIndex + 1 + offset,
    startsAt: new Date(
      occurrenceStartMs(series.startsAt, crew.rhythm, n + offset, timeZone),
    ).toISOString(),
    status: 'planned',
    awayIds: [],
  }));
}

/** "3 of 6" for a planned series, "3" for an open-ended one. */
export function sessionLabel(
  session: Pick<Session, 'index'>,
  series: Pick<Series, 'plannedSessions'>,
): { index: number; of?: number } {
  return series.plannedSessions !== undefined
    ? { index: session.index, of: series.plannedSessions }
    : { index: session.index };
}

export interface UpcomingHostRow {
  sessionId: Id;
  index: number;
  of?: number;
  startsAt: IsoTime;
  hostId: Id | undefined;
  hostName: string | undefined;
  reason: RotationReason;
  roles: Record<
    RoleName,
    { memberId: Id | undefined; memberName: string | undefined; reason: RotationReason }
  >;
  notes: RotationReason[];
}

/** Rows for "who hosts next and why", in series order, with names resolved for display. */
export function upcomingHosts(
  crew: Crew,
  series: Series,
  sessions: Session[],
  assignments: Assignment[],
): UpcomingHostRow[] {
  const nameOf = (id: Id | undefined) => crew.members.find((m) => m.id === id)?.name;
  const rows: UpcomingHostRow[] = [];
  for (const assignment of assignments) {
    const session = sessions.find((s) => s.id === assignment.sessionId);
    if (session === undefined) continue;
    const roles: UpcomingHostRow['roles'] = {};
    for (const [role, held] of Object.entries(assignment.roles)) {
      roles[role] = { ...held, memberName: nameOf(held.memberId) };
    }
    rows.push({
      sessionId: session.id,
      ...sessionLabel(session, series),
      startsAt: session.startsAt,
      hostId: assignment.hostId,
      hostName: nameOf(assignment.hostId),
      reason: assignment.hostReason,
      roles,
      notes: assignment.notes,
    });
  }
  return rows.sort((a, b) => a.index - b.index || Date.parse(a.startsAt) - Date.parse(b.startsAt));
}
