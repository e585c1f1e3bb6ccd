// Tagging: "Make this a crew session", the instances of a tagged recurring event as they are
// seen, and "Remove tag". Rules and their reasons: lib/core/calendar-session.ts.
import type { CalendarEvent, SeenInstance } from './calendar-event';
import { refOf } from './calendar-event';
import {
  type CalendarWrites,
  type CrewBook,
  isFull,
  live,
  matchWindowMs,
  ms,
  seriesForEvent,
  seriesOfRecurringEvent,
  sessionOfEvent,
  sessionsOf,
  settle,
} from './calendar-session-book';
import { changeHost } from './calendar-session-status';
import { membersFromFirstSession } from './crew';
import { newId } from './ids';
import {
  type Crew,
  type Id,
  type IsoTime,
  SCHEMA_VERSION,
  type Series,
  type Session,
} from './model';
import { carriedOnHost } from './pathway/retrospective';
import { planSessions } from './series';

/** Where an event beyond a full series goes: the series grows by one, or the next one starts. */
export type BeyondChoice = 'grow' | 'next';

/** What tagging an event into a crew would do, before anything is written. */
export interface TagPlan {
  /** The series it joins; none when the crew has none yet (a new open-ended one starts). */
  series?: Series;
  /** The planned session it becomes. */
  match?: Session;
  /** The series has all its sessions and none is near: the user chooses a BeyondChoice. */
  full: boolean;
  /** The event comes after the series' last session, so starting the next series makes sense. */
  canStartNext: boolean;
}

/** The event's facts on a session: its ref, start and Meet code. */
export function attach(session: Session, event: CalendarEvent): Session {
  return {
    ...session,
    startsAt: event.start,
    calendarRef: refOf(event),
    ...(event.meetCode !== undefined ? { meetCode: event.meetCode } : {}),
  };
}

function nearestUntagged(book: CrewBook, seriesId: Id, startMs: number): Session | undefined {
  const window = matchWindowMs(book.crew);
  return sessionsOf(book, seriesId)
    .filter((s) => s.status === 'planned' && !s.calendarRef)
    .filter((s) => Math.abs(ms(s.startsAt) - startMs) <= window)
    .sort((a, b) => Math.abs(ms(a.startsAt) - startMs) - Math.abs(ms(b.startsAt) - startMs))[0];
}

export function tagPlan(book: CrewBook, event: CalendarEvent, matchMs = ms(event.start)): TagPlan {
  const series = seriesForEvent(book, matchMs);
  if (!series) return { full: false, canStartNext: false };
  const match = nearestUntagged(book, series.id, matchMs);
  if (match) return { series, match, full: false, canStartNext: false };
  const starts = sessionsOf(book, series.id)
    .filter(live)
    .map((s) => ms(s.startsAt));
  const last = starts.length > 0 ? Math.max(...starts) : Number.NEGATIVE_INFINITY;
  return {
    series,
    full: isFull(series, book.sessions),
    canStartNext: matchMs > last + matchWindowMs(book.crew),
  };
}

function newSession(book: CrewBook, series: Series, event: CalendarEvent, makeId: () => Id) {
  const session: Session = {
    v: SCHEMA_VERSION,
    id: makeId(),
    crewId: book.crew.id,
    seriesId: series.id,
    index: sessionsOf(book, series.id).length + 1,
    startsAt: event.start,
    status: 'planned',
    awayIds: [],
  };
  return attach(session, event);
}

interface Placed {
  series: Series[];
  /** Sessions changed or added, all of `seriesId`. */
  changed: Session[];
  session: Session;
  seriesId: Id;
  crew?: Crew;
}

/** The next series: same length and template, the rotation carried on, its first on the event. */
function startNextSeries(
  book: CrewBook,
  previous: Series,
  event: CalendarEvent,
  options: { now: IsoTime; seriesTitle: string; makeId: () => Id; timeZone?: string },
): Placed {
  const opensWithId = carriedOnHost(book.crew, previous, book.sessions);
  const next: Series = {
    v: SCHEMA_VERSION,
    id: options.makeId(),
    crewId: book.crew.id,
    title: options.seriesTitle,
    startsAt: event.start,
    createdAt: options.now,
    ...(previous.plannedSessions !== undefined
      ? { plannedSessions: previous.plannedSessions }
      : {}),
    ...(previous.templateId !== undefined ? { templateId: previous.templateId } : {}),
    ...(opensWithId !== undefined ? { opensWithId } : {}),
  };
  const [first, ...rest] = planSessions(
    book.crew,
    next,
    [],
    options.now,
    previous.plannedSessions ?? 1,
    options.makeId,
    options.timeZone,
  );
  const session = { ...attach(first as Session, event), taggedIn: 'started' as const };
  return { series: [next], changed: [session, ...rest], session, seriesId: next.id };
}

/**
 * "Make this a crew session": the event (for a recurring event, this instance and, as they are
 * seen, the others) becomes a session of the crew's current series, or of a new open-ended one.
 * `hostId` pins a host the user chose instead of the rotation's proposal; `beyond` says where an
 * event goes that a full series has no place for (default: the next series when the event comes
 * after the series' end, else the series grows).
 */
export function tagEvent(
  book: CrewBook,
  event: CalendarEvent,
  options: {
    hostId?: Id;
    now: IsoTime;
    seriesTitle: string;
    makeId?: () => Id;
    beyond?: BeyondChoice;
    /** The user's zone: the next series' later sessions keep the event's local time. */
    timeZone?: string;
  },
): CalendarWrites {
  const makeId = options.makeId ?? newId;
  const existing = sessionOfEvent(book.sessions, event.eventId);
  if (existing) return changeHost(book, existing.id, options.hostId);
  const plan = tagPlan(book, event);
  let placed: Placed;
  if (!plan.series) {
    const series: Series = {
      v: SCHEMA_VERSION,
      id: makeId(),
      crewId: book.crew.id,
      title: options.seriesTitle,
      startsAt: event.start,
      createdAt: options.now,
    };
    const session = { ...newSession(book, series, event, makeId), taggedIn: 'started' as const };
    const founded = membersFromFirstSession(book.crew, event.start, book.sessions);
    placed = {
      series: [series],
      changed: [session],
      session,
      seriesId: series.id,
      ...(founded !== book.crew ? { crew: founded } : {}),
    };
  } else if (plan.match) {
    const session = attach(plan.match, event);
    placed = { series: [], changed: [session], session, seriesId: plan.series.id };
  } else if (!plan.full) {
    const session = { ...newSession(book, plan.series, event, makeId), taggedIn: 'added' as const };
    placed = { series: [], changed: [session], session, seriesId: plan.series.id };
  } else if ((options.beyond ?? (plan.canStartNext ? 'next' : 'grow')) === 'next') {
    placed = plan.canStartNext
      ? startNextSeries(book, plan.series, event, { ...options, makeId })
      : grow(book, plan.series, event, makeId);
  } else {
    placed = grow(book, plan.series, event, makeId);
  }
  const pinned =
    options.hostId !== undefined ? { ...placed.session, pinnedHostId: options.hostId } : undefined;
  const changed = pinned
    ? placed.changed.map((s) => (s.id === pinned.id ? pinned : s))
    : placed.changed;
  return {
    series: placed.series,
    sessions: settle(sessionsOf(book, placed.seriesId), changed),
    sessionId: placed.session.id,
    ...(placed.crew ? { crew: placed.crew } : {}),
  };
}

/** A full series takes one more session: the user said so, knowing it makes the series longer. */
function grow(book: CrewBook, series: Series, event: CalendarEvent, makeId: () => Id): Placed {
  const longer = { ...series, plannedSessions: (series.plannedSessions ?? 0) + 1 };
  const session = { ...newSession(book, series, event, makeId), taggedIn: 'grew' as const };
  return { series: [longer], changed: [session], session, seriesId: series.id };
}

/**
 * A recurring instance seen on the page whose series was tagged: attached to the nearest planned
 * session (matched by the start the series scheduled, so a moved instance still finds its
 * place), or added while the series has room. Null when it is not a crew session or already is
 * one: instances beyond a full series are not sessions (nobody asked for a longer series).
 */
export function adoptInstance(
  book: CrewBook,
  event: SeenInstance,
  makeId: () => Id = newId,
): CalendarWrites | null {
  if (!event.recurringEventId || sessionOfEvent(book.sessions, event.eventId)) return null;
  const seriesId = seriesOfRecurringEvent(book.sessions, event.recurringEventId);
  const series = book.series.find((s) => s.id === seriesId);
  if (!series) return null;
  const tagged = book.sessions.find(
    (s) => s.calendarRef?.recurringEventId === event.recurringEventId,
  );
  const { originalStart, ...seen } = event;
  const withMeet =
    seen.meetCode === undefined && tagged?.meetCode ? { ...seen, meetCode: tagged.meetCode } : seen;
  const match = nearestUntagged(book, series.id, ms(originalStart ?? event.start));
  let session: Session;
  if (match) session = attach(match, withMeet);
  else if (!isFull(series, book.sessions))
    session = { ...newSession(book, series, withMeet, makeId), taggedIn: 'added' };
  else return null;
  return {
    series: [],
    sessions: settle(sessionsOf(book, series.id), [session]),
    sessionId: session.id,
  };
}

function unlinked(session: Session): Session {
  const { calendarRef: _ref, meetCode: _code, taggedIn: _in, ...rest } = session;
  return rest;
}

/**
 * "Remove tag": the event is no longer a crew session (for a recurring event, none of its
 * instances). A held session only loses the link: it happened, and is never deleted. A planned
 * session that was in the crew's plan before the tag stays in the plan (the crew still means to
 * meet then; only this event is not it). One the tag brought in is taken back out (cancelled,
 * its record kept), a series that grew for it shrinks back, and the numbers after it close up.
 * A series the tag started ("start the next series" chosen by mistake, or the crew's first) goes
 * altogether when nothing of it is tagged or held any more: left behind with only planned
 * sessions, it would be the crew's "current" series and catch the next event tagged.
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
  const series = new Map<Id, Series>();
  const liveLeft = new Map<Id | undefined, number>();
  for (const session of linked) {
    const own = book.series.find((s) => s.id === session.seriesId);
    const count =
      liveLeft.get(session.seriesId) ?? sessionsOf(book, session.seriesId).filter(live).length;
    const planned = (own && series.get(own.id)?.plannedSessions) ?? own?.plannedSessions;
    // Tags from before `taggedIn` existed: a planned session beyond the series' length was added.
    const beyond = planned !== undefined && count > planned;
    if (session.status === 'planned' && (session.taggedIn !== undefined || beyond)) {
      changed.push({ ...unlinked(session), status: 'cancelled' });
      liveLeft.set(session.seriesId, count - 1);
      if (own && session.taggedIn === 'grew' && planned !== undefined) {
        series.set(own.id, { ...own, plannedSessions: Math.max(1, planned - 1) });
      }
    } else {
      changed.push(unlinked(session));
    }
  }
  const ids = new Set(linked.map((s) => s.seriesId));
  const ofSeries = book.sessions.filter((s) => ids.has(s.seriesId));
  const settled = settle(ofSeries, changed);
  const dropped = book.series.filter(
    (own) => ids.has(own.id) && startedOnlyFor(own, book, settled),
  );
  return {
    series: [...series.values()],
    sessions: settled,
    ...(dropped.length > 0 ? { dropped } : {}),
  };
}

/** Whether the series was started by a tag now removed, and nothing of it is tagged or held. */
function startedOnlyFor(own: Series, book: CrewBook, settled: readonly Session[]): boolean {
  const after = new Map(sessionsOf(book, own.id).map((s) => [s.id, s]));
  for (const s of settled) if (s.seriesId === own.id) after.set(s.id, s);
  const before = sessionsOf(book, own.id);
  return (
    before.some((s) => s.taggedIn === 'started' && s.calendarRef) &&
    [...after.values()].every((s) => s.status !== 'held' && !s.calendarRef)
  );
}
