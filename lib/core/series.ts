// Session dates from a crew's rhythm, and the sessions still to create in a series.
// All date arithmetic is in UTC milliseconds so results are exact and device-independent; the
// calendar event, once tagged, is the truth for a session's local time.
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

/**
 * Start of occurrence `n` (0 = the first session). Monthly keeps the first session's day of the
 * month, clamped to the month's end: 31 Jan, 28 Feb, 31 Mar.
 */
export function occurrenceStartMs(firstStart: IsoTime, rhythm: Rhythm, n: number): number {
  const first = Date.parse(firstStart);
  const step = rhythmStepDays(rhythm);
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
export function sessionStartAt(series: Series, rhythm: Rhythm, index: number): IsoTime {
  return new Date(occurrenceStartMs(series.startsAt, rhythm, index - 1)).toISOString();
}

/** The first occurrence number whose start is at or after `thresholdMs`. */
function firstOccurrenceFrom(firstStart: IsoTime, rhythm: Rhythm, thresholdMs: number): number {
  const first = Date.parse(firstStart);
  if (thresholdMs <= first) return 0;
  const step = rhythmStepDays(rhythm);
  // Estimate, then walk: the estimate is at most one occurrence off either way.
  let n = step !== undefined ? Math.floor((thresholdMs - first) / (step * DAY_MS)) : 0;
  if (step === undefined) {
    const a = new Date(first);
    const b = new Date(thresholdMs);
    const months =
      (b.getUTCFullYear() - a.getUTCFullYear()) * 12 + b.getUTCMonth() - a.getUTCMonth();
    n = Math.max(0, months - 1);
  }
  while (n > 0 && occurrenceStartMs(firstStart, rhythm, n - 1) >= thresholdMs) n -= 1;
  while (occurrenceStartMs(firstStart, rhythm, n) < thresholdMs) n += 1;
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
 * `now` (a crew back from a pause is not given sessions in the past).
 */
export function planSessions(
  crew: Crew,
  series: Series,
  existingSessions: Session[],
  now: IsoTime,
  count: number,
  makeId: () => Id = newId,
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
    n = firstOccurrenceFrom(series.startsAt, crew.rhythm, Math.max(lastStart + 1, nowMs));
  }
  return Array.from({ length: wanted }, (_, offset) => ({
    v: SCHEMA_VERSION,
    id: makeId(),
    crewId: crew.id,
    seriesId: series.id,
    index: lastIndex + 1 + offset,
    startsAt: new Date(occurrenceStartMs(series.startsAt, crew.rhythm, n + offset)).toISOString(),
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
