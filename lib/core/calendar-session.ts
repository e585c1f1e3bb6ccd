// Calendar events as crew sessions, in local mode (no Google sign-in): the rules for tagging an
// event (or a whole recurring series, once), numbering, hosts and what the event makes true.
// Pure: the background reads the crew's records, applies these, and writes what they return.
//
// - The event is the session's truth: its start (read in the user's zone, so a daylight-saving
//   change no longer shifts a session by an hour) and its Meet code, by which the call panel knows
//   the session, also for crews without a standing link.
// - A tag attaches the event to the nearest untagged planned session of the crew's current series
//   (within half the rhythm's step), so the crew's plan and the calendar agree; with none near, a
//   session is added. A series keeps its planned length: a session added to a full series takes
//   the place of its last untagged planned session, which is cancelled.
// - A recurring event is tagged once: its other instances are attached as they are seen.
// - Numbers follow start times: a moved, skipped or cancelled session renumbers what follows, and
//   the rotation (lib/core/rotation.ts) follows the numbers.
import { newId } from './ids';
import type { CalendarRef, Crew, Id, IsoTime, Series, Session } from './model';
import { SCHEMA_VERSION } from './model';
import { planRotation } from './rotation';
import { rhythmStepDays } from './series';

export interface CalendarEvent {
  calendarId: string;
  eventId: string;
  recurringEventId?: string;
  /** Start in the user's zone, as an ISO time. */
  start: IsoTime;
  meetCode?: string;
}

/** One crew's records, as the background reads them. */
export interface CrewBook {
  crew: Crew;
  series: Series[];
  sessions: Session[];
}

/** Records to write (whole records; sessions only when changed). */
export interface CalendarWrites {
  series: Series[];
  sessions: Session[];
  /** The session the event now is, when there is one. */
  sessionId?: Id;
}

export interface SessionBadge {
  crewId: Id;
  crewName: string;
  sessionId: Id;
  index: number;
  of?: number;
  hostId?: Id;
  hostName?: string;
}

const DAY_MS = 86_400_000;
const live = (s: Session) => s.status === 'planned' || s.status === 'held';
const ms = (iso: IsoTime) => Date.parse(iso);

/** The session an event (or recurring instance) already is. */
export function sessionOfEvent(sessions: readonly Session[], eventId: string): Session | undefined {
  return sessions.find((s) => s.calendarRef?.eventId === eventId);
}

/** The series a recurring event was tagged into, if any. */
export function seriesOfRecurringEvent(
  sessions: readonly Session[],
  recurringEventId: string,
): Id | undefined {
  return sessions.find((s) => s.calendarRef?.recurringEventId === recurringEventId)?.seriesId;
}

function matchWindowMs(crew: Crew): number {
  return Math.max(0.5 * DAY_MS, ((rhythmStepDays(crew.rhythm) ?? 28) * DAY_MS) / 2);
}

/** The series an event at `startMs` belongs to: one spanning it, else the latest started. */
export function seriesForEvent(book: CrewBook, startMs: number): Series | undefined {
  const ofSeries = (id: Id) => book.sessions.filter((s) => s.seriesId === id && live(s));
  const spanning = book.series.filter((series) => {
    const starts = ofSeries(series.id).map((s) => ms(s.startsAt));
    if (starts.length === 0) return false;
    const window = matchWindowMs(book.crew);
    return startMs >= Math.min(...starts) - window && startMs <= Math.max(...starts) + window;
  });
  const byStart = (a: Series, b: Series) => ms(b.startsAt) - ms(a.startsAt);
  return spanning.sort(byStart)[0] ?? [...book.series].sort(byStart)[0];
}

/** Live sessions numbered 1..n by start; skipped and cancelled keep their number. Changed only. */
export function renumber(sessions: readonly Session[]): Session[] {
  const ordered = sessions
    .filter(live)
    .sort((a, b) => ms(a.startsAt) - ms(b.startsAt) || a.index - b.index);
  return ordered.flatMap((s, i) => (s.index === i + 1 ? [] : [{ ...s, index: i + 1 }]));
}

function refOf(event: CalendarEvent): CalendarRef {
  return {
    calendarId: event.calendarId,
    eventId: event.eventId,
    ...(event.recurringEventId !== undefined ? { recurringEventId: event.recurringEventId } : {}),
    start: event.start,
  };
}

/** The event's facts on a session: its ref, start and Meet code. */
function attach(session: Session, event: CalendarEvent): Session {
  return {
    ...session,
    startsAt: event.start,
    calendarRef: refOf(event),
    ...(event.meetCode !== undefined ? { meetCode: event.meetCode } : {}),
  };
}

/** Merges changed sessions over the series' sessions, renumbers, and lists what changed. */
function settle(all: readonly Session[], changed: readonly Session[]): Session[] {
  const byId = new Map(all.map((s) => [s.id, s]));
  const touched = new Map(changed.map((s) => [s.id, s]));
  for (const s of changed) byId.set(s.id, s);
  for (const s of renumber([...byId.values()])) touched.set(s.id, s);
  return [...touched.values()];
}

function nearestUntagged(book: CrewBook, seriesId: Id, startMs: number): Session | undefined {
  const window = matchWindowMs(book.crew);
  return book.sessions
    .filter((s) => s.seriesId === seriesId && s.status === 'planned' && !s.calendarRef)
    .filter((s) => Math.abs(ms(s.startsAt) - startMs) <= window)
    .sort((a, b) => Math.abs(ms(a.startsAt) - startMs) - Math.abs(ms(b.startsAt) - startMs))[0];
}

/** Attach to a planned session, or add one (full series: the last untagged one makes room). */
function place(
  book: CrewBook,
  series: Series,
  event: CalendarEvent,
  matchMs: number,
  makeId: () => Id,
): { changed: Session[]; session: Session } | null {
  const ofSeries = book.sessions.filter((s) => s.seriesId === series.id);
  const match = nearestUntagged(book, series.id, matchMs);
  if (match) return { changed: [attach(match, event)], session: attach(match, event) };
  const changed: Session[] = [];
  const full =
    series.plannedSessions !== undefined && ofSeries.filter(live).length >= series.plannedSessions;
  if (full) {
    const room = ofSeries
      .filter((s) => s.status === 'planned' && !s.calendarRef && ms(s.startsAt) > matchMs)
      .sort((a, b) => ms(b.startsAt) - ms(a.startsAt))[0];
    if (!room) return null;
    changed.push({ ...room, status: 'cancelled' });
  }
  const session: Session = attach(
    {
      v: SCHEMA_VERSION,
      id: makeId(),
      crewId: book.crew.id,
      seriesId: series.id,
      index: ofSeries.length + 1,
      startsAt: event.start,
      status: 'planned',
      awayIds: [],
    },
    event,
  );
  return { changed: [...changed, session], session };
}

/**
 * "Make this a crew session": the event (for a recurring event, this instance and, as they are
 * seen, the others) becomes a session of the crew's current series, or of a new open-ended one.
 * `hostId` pins a host the user chose instead of the rotation's proposal.
 */
export function tagEvent(
  book: CrewBook,
  event: CalendarEvent,
  options: { hostId?: Id; now: IsoTime; seriesTitle: string; makeId?: () => Id },
): CalendarWrites {
  const makeId = options.makeId ?? newId;
  const existing = sessionOfEvent(book.sessions, event.eventId);
  if (existing) return changeHost(book, existing.id, options.hostId);
  const startMs = ms(event.start);
  let series = seriesForEvent(book, startMs);
  const newSeries: Series[] = [];
  if (!series) {
    series = {
      v: SCHEMA_VERSION,
      id: makeId(),
      crewId: book.crew.id,
      title: options.seriesTitle,
      startsAt: event.start,
      createdAt: options.now,
    };
    newSeries.push(series);
  }
  let placed = place(book, series, event, startMs, makeId);
  if (!placed) {
    // Every session of a full series is tagged or held: the series grows by one.
    series = { ...series, plannedSessions: (series.plannedSessions ?? 0) + 1 };
    newSeries.push(series);
    placed = place(book, series, event, startMs, makeId) as NonNullable<typeof placed>;
  }
  const pinned =
    options.hostId !== undefined ? { ...placed.session, pinnedHostId: options.hostId } : undefined;
  const changed = pinned
    ? placed.changed.map((s) => (s.id === pinned.id ? pinned : s))
    : placed.changed;
  const ofSeries = book.sessions.filter((s) => s.seriesId === series.id);
  return { series: newSeries, sessions: settle(ofSeries, changed), sessionId: placed.session.id };
}

/**
 * A recurring instance seen on the page whose series was tagged: attached to the nearest planned
 * session (matched by the start the series scheduled, so a moved instance still finds its
 * place), or added to an open-ended series. Null when it is not a crew session or already is one.
 */
export function adoptInstance(
  book: CrewBook,
  event: CalendarEvent & { originalStart?: IsoTime },
  makeId: () => Id = newId,
): CalendarWrites | null {
  if (!event.recurringEventId || sessionOfEvent(book.sessions, event.eventId)) return null;
  const seriesId = seriesOfRecurringEvent(book.sessions, event.recurringEventId);
  const series = book.series.find((s) => s.id === seriesId);
  if (!series) return null;
  const tagged = book.sessions.find(
    (s) => s.calendarRef?.recurringEventId === event.recurringEventId,
  );
  const withMeet =
    event.meetCode === undefined && tagged?.meetCode
      ? { ...event, meetCode: tagged.meetCode }
      : event;
  const placed = place(book, series, withMeet, ms(event.originalStart ?? event.start), makeId);
  if (!placed || placed.changed.some((s) => s.status === 'cancelled')) return null;
  const ofSeries = book.sessions.filter((s) => s.seriesId === series.id);
  return { series: [], sessions: settle(ofSeries, placed.changed), sessionId: placed.session.id };
}

/** A tagged event moved in the calendar: the session follows and the numbers with it. */
export function moveSession(book: CrewBook, sessionId: Id, start: IsoTime): CalendarWrites {
  const session = book.sessions.find((s) => s.id === sessionId);
  if (!session?.calendarRef || session.startsAt === start) return { series: [], sessions: [] };
  const moved = { ...session, startsAt: start, calendarRef: { ...session.calendarRef, start } };
  const ofSeries = book.sessions.filter((s) => s.seriesId === session.seriesId);
  return { series: [], sessions: settle(ofSeries, [moved]), sessionId };
}

/** "Change host": pins the chosen member; `undefined` hands the session back to the rotation. */
export function changeHost(book: CrewBook, sessionId: Id, hostId: Id | undefined): CalendarWrites {
  const session = book.sessions.find((s) => s.id === sessionId);
  if (!session) return { series: [], sessions: [] };
  const { pinnedHostId: _pin, swappedWithSessionId: _swap, ...rest } = session;
  const isMember = hostId !== undefined && book.crew.members.some((m) => m.id === hostId);
  const next: Session = isMember ? { ...rest, pinnedHostId: hostId } : rest;
  return { series: [], sessions: [next], sessionId };
}

/** A skipped or cancelled session: the numbers after it close up and the rotation follows. */
export function setSessionStatus(
  book: CrewBook,
  sessionId: Id,
  status: 'skipped' | 'cancelled' | 'planned',
): CalendarWrites {
  const session = book.sessions.find((s) => s.id === sessionId);
  if (!session || session.status === 'held') return { series: [], sessions: [] };
  const ofSeries = book.sessions.filter((s) => s.seriesId === session.seriesId);
  return { series: [], sessions: settle(ofSeries, [{ ...session, status }]), sessionId };
}

/**
 * "Remove tag": the event is no longer a crew session (for a recurring event, none of its
 * instances). Held sessions keep their history and only lose the link; planned ones stay in the
 * crew's plan, unless the tag had added them beyond the series' length: then they are cancelled.
 */
export function removeTag(
  book: CrewBook,
  event: Pick<CalendarEvent, 'eventId' | 'recurringEventId'>,
): CalendarWrites {
  const linked = book.sessions.filter((s) =>
    event.recurringEventId !== undefined
      ? s.calendarRef?.recurringEventId === event.recurringEventId
      : s.calendarRef?.eventId === event.eventId,
  );
  const changed: Session[] = [];
  for (const session of linked) {
    const { calendarRef: _ref, meetCode: _code, ...rest } = session;
    const series = book.series.find((s) => s.id === session.seriesId);
    const liveCount =
      book.sessions.filter((s) => s.seriesId === session.seriesId && live(s)).length -
      changed.filter((c) => c.seriesId === session.seriesId && c.status === 'cancelled').length;
    const beyond = series?.plannedSessions !== undefined && liveCount > series.plannedSessions;
    changed.push(session.status === 'planned' && beyond ? { ...rest, status: 'cancelled' } : rest);
  }
  const ids = new Set(linked.map((s) => s.seriesId));
  const ofSeries = book.sessions.filter((s) => ids.has(s.seriesId));
  return { series: [], sessions: settle(ofSeries, changed) };
}

/**
 * What chips' badges say: crew, "3 of 6", and who hosts (by rotation, a pin, or as held). The
 * returned function plans each series' rotation once, however many of its chips are asked about.
 */
export function badgeReader(book: CrewBook): (session: Session) => SessionBadge | null {
  const plans = new Map<Id | undefined, Map<Id, Id | undefined>>();
  const plannedHost = (session: Session): Id | undefined => {
    let plan = plans.get(session.seriesId);
    if (!plan) {
      const series = book.series.find((s) => s.id === session.seriesId);
      const ofSeries = book.sessions.filter((s) => s.seriesId === session.seriesId);
      const assignments = planRotation({
        crew: book.crew,
        sessions: ofSeries,
        opensWithId: series?.opensWithId,
      });
      plan = new Map(assignments.map((a) => [a.sessionId, a.hostId]));
      plans.set(session.seriesId, plan);
    }
    return plan.get(session.id);
  };
  return (session) => {
    if (!live(session)) return null;
    const series = book.series.find((s) => s.id === session.seriesId);
    const hostId = session.status === 'held' ? session.hostId : plannedHost(session);
    const hostName = book.crew.members.find((m) => m.id === hostId)?.name;
    return {
      crewId: book.crew.id,
      crewName: book.crew.name,
      sessionId: session.id,
      index: session.index,
      ...(series?.plannedSessions !== undefined ? { of: series.plannedSessions } : {}),
      ...(hostId !== undefined ? { hostId } : {}),
      ...(hostName !== undefined ? { hostName } : {}),
    };
  };
}

/** One session's badge (see badgeReader for many). */
export function sessionBadge(book: CrewBook, session: Session): SessionBadge | null {
  return badgeReader(book)(session);
}

/** The session a call is, by the Meet code its calendar event carries: the one nearest `now`. */
export function sessionForMeetCode(
  sessions: readonly Session[],
  meetCode: string,
  nowMs: number,
): Session | undefined {
  return sessions
    .filter((s) => s.meetCode === meetCode && live(s))
    .sort((a, b) => Math.abs(ms(a.startsAt) - nowMs) - Math.abs(ms(b.startsAt) - nowMs))[0];
}
