// What happens to one tagged session: it moves, gets another host, is skipped (and the skip
// undone), or its instance is cancelled in the calendar. Rules and reasons:
// lib/core/calendar-session.ts.
import {
  type CalendarWrites,
  type CrewBook,
  live,
  ms,
  noWrites,
  sessionOfEvent,
  sessionsOf,
  settle,
} from './calendar-session-book';
import { nextStartInZone, userTimeZone } from './calendar-session-next';
import { newId } from './ids';
import { type Id, type IsoTime, SCHEMA_VERSION, type Series, type Session } from './model';

/** A tagged event moved in the calendar: the session follows and the numbers with it. */
export function moveSession(book: CrewBook, sessionId: Id, start: IsoTime): CalendarWrites {
  const session = book.sessions.find((s) => s.id === sessionId);
  if (!session?.calendarRef || session.startsAt === start) return noWrites();
  const moved = { ...session, startsAt: start, calendarRef: { ...session.calendarRef, start } };
  return { series: [], sessions: settle(sessionsOf(book, session.seriesId), [moved]), sessionId };
}

/** "Change host": pins the chosen member; `undefined` hands the session back to the rotation. */
export function changeHost(book: CrewBook, sessionId: Id, hostId: Id | undefined): CalendarWrites {
  const session = book.sessions.find((s) => s.id === sessionId);
  if (!session) return noWrites();
  const { pinnedHostId: _pin, swappedWithSessionId: _swap, ...rest } = session;
  const isMember = hostId !== undefined && book.crew.members.some((m) => m.id === hostId);
  const next: Session = isMember ? { ...rest, pinnedHostId: hostId } : rest;
  return { series: [], sessions: [next], sessionId };
}

/** The next planned session of the series after `session`, by start. */
function nextPlanned(book: CrewBook, session: Session): Session | undefined {
  return sessionsOf(book, session.seriesId)
    .filter((s) => s.id !== session.id && s.status === 'planned')
    .filter((s) => ms(s.startsAt) > ms(session.startsAt))
    .sort((a, b) => ms(a.startsAt) - ms(b.startsAt))[0];
}

/** A plain pin (not one half of a swap), which can pass to another session. */
const plainPin = (s: Session) =>
  s.pinnedHostId !== undefined && s.swappedWithSessionId === undefined;

/**
 * A session that is no longer a crew session (skipped by the crew, or its instance cancelled in
 * the calendar): the numbers after it close up, and the rotation follows because it plans only
 * crew sessions, so whoever was to host this one hosts the next. A host chosen by hand for it
 * passes to the next session the same way. A series with a planned length keeps it: a planned
 * session is added one rhythm step after its last, in the user's zone (`timeZone`, so at the
 * same local time across a daylight-saving change; lib/core/calendar-session-next.ts), and a
 * later instance of a recurring event becomes it as it is seen.
 */
function drop(
  book: CrewBook,
  session: Session,
  status: 'skipped' | 'cancelled',
  makeId: () => Id,
  timeZone: string,
): CalendarWrites {
  const changed: Session[] = [{ ...session, status }];
  const next = nextPlanned(book, session);
  if (plainPin(session) && next && next.pinnedHostId === undefined) {
    changed.push({ ...next, pinnedHostId: session.pinnedHostId as Id });
  }
  const series = book.series.find((s) => s.id === session.seriesId);
  const others = sessionsOf(book, session.seriesId).filter((s) => s.id !== session.id && live(s));
  if (series?.plannedSessions !== undefined && others.length < series.plannedSessions) {
    const lastStart = Math.max(ms(session.startsAt), ...others.map((s) => ms(s.startsAt)));
    changed.push({
      v: SCHEMA_VERSION,
      id: makeId(),
      crewId: book.crew.id,
      seriesId: series.id,
      index: sessionsOf(book, series.id).length + 1,
      startsAt: nextStartInZone(new Date(lastStart).toISOString(), book.crew.rhythm, timeZone),
      status: 'planned',
      awayIds: [],
    });
  }
  return {
    series: [],
    sessions: settle(sessionsOf(book, session.seriesId), changed),
    sessionId: session.id,
  };
}

/** "Skip this session": a planned session the crew will not hold. Held ones cannot be skipped. */
export function skipSession(
  book: CrewBook,
  sessionId: Id,
  makeId: () => Id = newId,
  timeZone = userTimeZone(),
) {
  const session = book.sessions.find((s) => s.id === sessionId);
  if (session?.status !== 'planned') return noWrites();
  return drop(book, session, 'skipped', makeId, timeZone);
}

/**
 * The calendar says an instance was cancelled (deleted from the series: the API's status
 * "cancelled", docs/calendar-api.md, "Incremental sync", seen 2026-12): as a skip, with no undo.
 * A held session stays as it happened.
 */
export function cancelInstance(
  book: CrewBook,
  eventId: string,
  makeId: () => Id = newId,
  timeZone = userTimeZone(),
) {
  const session = sessionOfEvent(book.sessions, eventId);
  if (session?.status !== 'planned' && session?.status !== 'skipped') return noWrites();
  return drop(book, session, 'cancelled', makeId, timeZone);
}

/**
 * "Undo skip": the session is a crew session again, its number and host back. The series keeps
 * its length, so the session added for the skip (or the last later instance of the recurring
 * event, which the calendar will offer again) goes back out; when every later session is the
 * user's own tag or held, nothing is taken out and the series grows by one instead.
 */
export function undoSkip(book: CrewBook, sessionId: Id): CalendarWrites {
  const session = book.sessions.find((s) => s.id === sessionId);
  if (session?.status !== 'skipped') return noWrites();
  const back: Session = { ...session, status: 'planned' };
  const changed: Session[] = [back];
  const next = nextPlanned(book, session);
  if (plainPin(session) && next && plainPin(next) && next.pinnedHostId === session.pinnedHostId) {
    const { pinnedHostId: _pin, ...unpinned } = next;
    changed.push(unpinned);
  }
  const writes: Series[] = [];
  const series = book.series.find((s) => s.id === session.seriesId);
  const own = sessionsOf(book, session.seriesId);
  const liveCount = own.filter(live).length + 1;
  if (series?.plannedSessions !== undefined && liveCount > series.plannedSessions) {
    const linkedTo = (id: string) =>
      own.filter((s) => live(s) && s.calendarRef?.recurringEventId === id).length;
    const room = own
      .filter((s) => s.status === 'planned' && ms(s.startsAt) > ms(session.startsAt))
      .filter((s) => !changed.some((c) => c.id === s.id))
      .filter((s) => {
        const recurring = s.calendarRef?.recurringEventId;
        if (!s.calendarRef) return true;
        return recurring !== undefined && linkedTo(recurring) > 1;
      })
      .sort((a, b) => ms(b.startsAt) - ms(a.startsAt))[0];
    if (room) {
      const { calendarRef: _ref, meetCode: _code, taggedIn: _in, ...out } = room;
      changed.push({ ...out, status: 'cancelled' });
    } else {
      writes.push({ ...series, plannedSessions: liveCount });
    }
  }
  return { series: writes, sessions: settle(own, changed), sessionId };
}
