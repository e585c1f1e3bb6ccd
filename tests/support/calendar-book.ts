// One crew for the calendar rules' tests (lib/core/calendar-session*.test.ts): five members, a
// weekly rhythm, a series of six planned sessions from Tuesday 1 December 2026, 18:00 UTC, and
// the instances of one recurring event over it.
import {
  applyWrites,
  type CalendarEvent,
  type CrewBook,
  sessionBadge,
} from '../../lib/core/calendar-session';
import { type Crew, SCHEMA_VERSION, type Series, type Session } from '../../lib/core/model';

export const DAY = 86_400_000;
export const FIRST = Date.parse('2026-12-01T18:00:00.000Z');
export const week = (n: number, shiftMs = 0) =>
  new Date(FIRST + (n - 1) * 7 * DAY + shiftMs).toISOString();
export const NAMES = ['Ada', 'Bashir', 'Chiara', 'Dmitri', 'Eun-ji'];
export const NOW = '2026-11-30T12:00:00.000Z';

export const crew: Crew = {
  v: SCHEMA_VERSION,
  id: 'tuesday',
  name: 'Tuesday Crew',
  members: NAMES.map((name) => ({ id: name, name, joinedAt: '2026-11-01T00:00:00.000Z' })),
  callerId: 'Ada',
  rhythm: { kind: 'weekly', durationMinutes: 60 },
  roles: [],
  agreements: [],
  deckIds: [],
  createdAt: '2026-11-01T00:00:00.000Z',
};
export const series: Series = {
  v: SCHEMA_VERSION,
  id: 'six',
  crewId: 'tuesday',
  title: 'First six',
  plannedSessions: 6,
  startsAt: week(1),
  createdAt: NOW,
};
export const planned = (n: number, start = week(n)): Session => ({
  v: SCHEMA_VERSION,
  id: `s${n}`,
  crewId: 'tuesday',
  seriesId: 'six',
  index: n,
  startsAt: start,
  status: 'planned',
  awayIds: [],
});
export const book = (
  sessions: Session[] = [1, 2, 3, 4, 5, 6].map((n) => planned(n)),
  s = [series],
): CrewBook => ({ crew, series: s, sessions });

export const SERIES_ID = 'rec123';
/** Instance `n` of the recurring event, as scheduled at `scheduled` and shown at `start`. */
export const instance = (
  n: number,
  shiftMs = 0,
  scheduled = week(n),
): CalendarEvent & { originalStart: string } => ({
  calendarId: 'alex@gmail.com',
  eventId: `${SERIES_ID}_${scheduled.replace(/[-:]/g, '').replace('.000', '')}`,
  recurringEventId: SERIES_ID,
  start: new Date(Date.parse(scheduled) + shiftMs).toISOString(),
  originalStart: scheduled,
});

export function idMaker(prefix = 'new'): () => string {
  let counter = 0;
  return () => `${prefix}${++counter}`;
}

/** Applies writes to a book, as the background's store would. */
export const apply = applyWrites;

/** "n of m host" for every live tagged session, in number order. */
export const badges = (b: CrewBook) =>
  b.sessions
    .filter((s) => s.calendarRef)
    .sort((x, y) => x.index - y.index)
    .map((s) => {
      const badge = sessionBadge(b, s);
      return badge && `${badge.index} of ${badge.of} ${badge.hostName}`;
    })
    .filter((text) => text !== null);

/** Every live session of a series in number order: "n start host-or-untagged". */
export const plan = (b: CrewBook, seriesId = 'six') =>
  b.sessions
    .filter((s) => s.seriesId === seriesId && (s.status === 'planned' || s.status === 'held'))
    .sort((x, y) => x.index - y.index)
    .map((s) => `${s.index} ${s.startsAt.slice(5, 16)} ${sessionBadge(b, s)?.hostName}`);
