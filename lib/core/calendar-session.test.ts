import { describe, expect, it } from 'vitest';
import {
  adoptInstance,
  type CalendarEvent,
  type CalendarWrites,
  type CrewBook,
  changeHost,
  moveSession,
  removeTag,
  renumber,
  sessionBadge,
  sessionForMeetCode,
  sessionOfEvent,
  setSessionStatus,
  tagEvent,
} from './calendar-session';
import { type Crew, SCHEMA_VERSION, type Series, type Session } from './model';

const DAY = 86_400_000;
const FIRST = Date.parse('2026-12-01T18:00:00.000Z');
const week = (n: number, shiftMs = 0) =>
  new Date(FIRST + (n - 1) * 7 * DAY + shiftMs).toISOString();
const NAMES = ['Ada', 'Bashir', 'Chiara', 'Dmitri', 'Eun-ji'];
const NOW = '2026-11-30T12:00:00.000Z';

const crew: Crew = {
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
const series: Series = {
  v: SCHEMA_VERSION,
  id: 'six',
  crewId: 'tuesday',
  title: 'First six',
  plannedSessions: 6,
  startsAt: week(1),
  createdAt: NOW,
};
const planned = (n: number): Session => ({
  v: SCHEMA_VERSION,
  id: `s${n}`,
  crewId: 'tuesday',
  seriesId: 'six',
  index: n,
  startsAt: week(n),
  status: 'planned',
  awayIds: [],
});
const book = (sessions: Session[] = [1, 2, 3, 4, 5, 6].map(planned), s = [series]): CrewBook => ({
  crew,
  series: s,
  sessions,
});
const SERIES_ID = 'rec123';
const instance = (n: number, shiftMs = 0): CalendarEvent & { originalStart: string } => ({
  calendarId: 'alex@gmail.com',
  eventId: `${SERIES_ID}_${week(n).replace(/[-:]/g, '').replace('.000', '')}`,
  recurringEventId: SERIES_ID,
  start: week(n, shiftMs),
  originalStart: week(n),
});
let counter = 0;
const makeId = () => `new${++counter}`;

/** Applies writes to a book, as the background's store would. */
function apply(b: CrewBook, writes: CalendarWrites | null): CrewBook {
  if (!writes) return b;
  const sessions = new Map(b.sessions.map((s) => [s.id, s]));
  for (const s of writes.sessions) sessions.set(s.id, s);
  const allSeries = new Map(b.series.map((s) => [s.id, s]));
  for (const s of writes.series) allSeries.set(s.id, s);
  return { crew: b.crew, series: [...allSeries.values()], sessions: [...sessions.values()] };
}
const badges = (b: CrewBook) =>
  b.sessions
    .filter((s) => s.calendarRef)
    .sort((x, y) => x.index - y.index)
    .map((s) => {
      const badge = sessionBadge(b, s);
      return badge && `${badge.index} of ${badge.of} ${badge.hostName}`;
    })
    .filter((text) => text !== null);
const OPTS = { now: NOW, seriesTitle: 'Tuesday Crew', makeId };

describe('tagging a single event', () => {
  it('attaches the event to the nearest planned session; its start and Meet code become the truth', () => {
    const event: CalendarEvent = {
      calendarId: 'alex@gmail.com',
      eventId: 'single1',
      // 19:00 in the user's zone after a daylight-saving change: the event wins, not the rhythm
      start: week(3, 3600_000),
      meetCode: 'abc-defg-hij',
    };
    const writes = tagEvent(book(), event, OPTS);
    expect(writes.sessionId).toBe('s3');
    expect(writes.sessions).toEqual([
      {
        ...planned(3),
        startsAt: week(3, 3600_000),
        meetCode: 'abc-defg-hij',
        calendarRef: { calendarId: 'alex@gmail.com', eventId: 'single1', start: week(3, 3600_000) },
      },
    ]);
    const after = apply(book(), writes);
    expect(sessionBadge(after, sessionOfEvent(after.sessions, 'single1') as Session)).toEqual({
      crewId: 'tuesday',
      crewName: 'Tuesday Crew',
      sessionId: 's3',
      index: 3,
      of: 6,
      hostId: 'Chiara',
      hostName: 'Chiara',
    });
  });

  it('a chosen host is pinned; the rotation continues around it', () => {
    let b = apply(
      book(),
      tagEvent(
        book(),
        { calendarId: 'c@g', eventId: 'e1', start: week(1) },
        {
          ...OPTS,
          hostId: 'Dmitri',
        },
      ),
    );
    b = apply(b, tagEvent(b, { calendarId: 'c@g', eventId: 'e2', start: week(2) }, OPTS));
    expect(badges(b)).toEqual(['1 of 6 Dmitri', '2 of 6 Ada']);
  });

  it('an event between planned sessions of a full series takes a place; the last untagged one is cancelled', () => {
    const event = { calendarId: 'c@g', eventId: 'extra', start: week(2, -3.9 * DAY) };
    // 3.9 days before session 2, 3.1 after session 1: session 1 is nearer, so it attaches there
    expect(tagEvent(book(), event, OPTS).sessionId).toBe('s1');
    const tagged1 = apply(
      book(),
      tagEvent(book(), { calendarId: 'c@g', eventId: 'x', start: week(1) }, OPTS),
    );
    const writes = tagEvent(tagged1, event, OPTS);
    const after = apply(tagged1, writes);
    const cancelled = after.sessions.filter((s) => s.status === 'cancelled').map((s) => s.id);
    expect(cancelled).toEqual(['s6']);
    const order = after.sessions
      .filter((s) => s.status === 'planned')
      .sort((a, b) => a.index - b.index)
      .map((s) => s.id);
    expect(order).toEqual(['s1', writes.sessionId, 's2', 's3', 's4', 's5']);
  });

  it('a crew without a series gets an open-ended one starting with the event', () => {
    const writes = tagEvent(
      book([], []),
      { calendarId: 'c@g', eventId: 'e', start: week(1) },
      OPTS,
    );
    expect(writes.series).toHaveLength(1);
    expect(writes.series[0]?.plannedSessions).toBeUndefined();
    expect(writes.sessions.map((s) => [s.index, s.calendarRef?.eventId])).toEqual([[1, 'e']]);
    const after = apply(book([], []), writes);
    const s = after.sessions[0] as Session;
    expect(sessionBadge(after, s)).toMatchObject({ index: 1, hostName: 'Ada' });
    expect(sessionBadge(after, s)?.of).toBeUndefined();
  });

  it('tagging the same event twice changes nothing but the host', () => {
    const once = apply(
      book(),
      tagEvent(book(), { calendarId: 'c@g', eventId: 'e', start: week(1) }, OPTS),
    );
    const again = tagEvent(once, { calendarId: 'c@g', eventId: 'e', start: week(1) }, OPTS);
    expect(again.sessions.map((s) => s.id)).toEqual(['s1']);
    expect(again.sessions[0]?.pinnedHostId).toBeUndefined();
  });
});

describe('a recurring event, tagged once', () => {
  const tagged = () =>
    apply(book(), tagEvent(book(), { ...instance(1), meetCode: 'abc-defg-hij' }, OPTS));

  it('its other instances are numbered as they are seen, each with its own host', () => {
    let b = tagged();
    for (const n of [2, 3, 4, 5, 6]) b = apply(b, adoptInstance(b, instance(n), makeId));
    expect(badges(b)).toEqual([
      '1 of 6 Ada',
      '2 of 6 Bashir',
      '3 of 6 Chiara',
      '4 of 6 Dmitri',
      '5 of 6 Eun-ji',
      '6 of 6 Ada',
    ]);
    // the series' Meet code reaches every instance, so the call panel finds each session
    expect(b.sessions.every((s) => s.meetCode === 'abc-defg-hij')).toBe(true);
    // instances beyond the series' length are not crew sessions
    expect(adoptInstance(b, instance(7), makeId)).toBeNull();
    // nor are instances of events never tagged
    expect(
      adoptInstance(b, { ...instance(2), recurringEventId: 'other', eventId: 'other_1' }),
    ).toBeNull();
  });

  it('a moved instance keeps its place by the scheduled start; moved past the next, it renumbers', () => {
    let b = tagged();
    b = apply(b, adoptInstance(b, instance(2, 2 * DAY), makeId));
    expect(sessionOfEvent(b.sessions, instance(2).eventId)?.id).toBe('s2');
    b = apply(b, adoptInstance(b, instance(3), makeId));
    // session 2 moved after session 3: numbers follow start times, and the hosts follow numbers
    b = apply(b, moveSession(b, 's2', week(3, DAY)));
    expect(b.sessions.find((s) => s.id === 's3')?.index).toBe(2);
    expect(b.sessions.find((s) => s.id === 's2')?.index).toBe(3);
    expect(badges(b)).toEqual(['1 of 6 Ada', '2 of 6 Bashir', '3 of 6 Chiara']);
  });

  it('a skipped or cancelled instance closes up the numbers and the rotation follows', () => {
    let b = tagged();
    for (const n of [2, 3, 4]) b = apply(b, adoptInstance(b, instance(n), makeId));
    b = apply(b, setSessionStatus(b, 's2', 'skipped'));
    expect(badges(b)).toEqual(['1 of 6 Ada', '2 of 6 Bashir', '3 of 6 Chiara']);
    expect(sessionBadge(b, b.sessions.find((s) => s.id === 's2') as Session)).toBeNull();
    b = apply(b, setSessionStatus(b, 's2', 'planned'));
    expect(badges(b)).toEqual(['1 of 6 Ada', '2 of 6 Bashir', '3 of 6 Chiara', '4 of 6 Dmitri']);
  });

  it('"Remove tag" on an instance removes the whole series tag; the plan stays', () => {
    let b = tagged();
    b = apply(b, adoptInstance(b, instance(2), makeId));
    b = apply(b, removeTag(b, instance(2)));
    expect(b.sessions.filter((s) => s.calendarRef || s.meetCode)).toEqual([]);
    expect(b.sessions.filter((s) => s.status === 'planned')).toHaveLength(6);
    expect(adoptInstance(b, instance(3), makeId)).toBeNull();
  });
});

describe('hosts, numbers and calls', () => {
  it('"Change host" pins a member; undefined or a stranger hands it back to the rotation', () => {
    const b = apply(
      book(),
      tagEvent(book(), { calendarId: 'c@g', eventId: 'e', start: week(1) }, OPTS),
    );
    const pinned = apply(b, changeHost(b, 's1', 'Eun-ji'));
    expect(badges(pinned)).toEqual(['1 of 6 Eun-ji']);
    expect(changeHost(pinned, 's1', undefined).sessions[0]?.pinnedHostId).toBeUndefined();
    expect(changeHost(pinned, 's1', 'stranger').sessions[0]?.pinnedHostId).toBeUndefined();
  });

  it('a held session shows who hosted', () => {
    const held = {
      ...planned(1),
      status: 'held' as const,
      hostId: 'Bashir',
      calendarRef: { calendarId: 'c', eventId: 'h', start: week(1) },
    };
    expect(sessionBadge(book([held]), held)?.hostName).toBe('Bashir');
  });

  it('renumber: live sessions 1..n by start, skipped keep theirs, only changes returned', () => {
    const sessions = [
      { ...planned(1), startsAt: week(2) },
      { ...planned(2), startsAt: week(1) },
      { ...planned(3), status: 'skipped' as const },
      planned(4),
    ];
    expect(renumber(sessions).map((s) => [s.id, s.index])).toEqual([
      ['s2', 1],
      ['s1', 2],
      ['s4', 3],
    ]);
  });

  it('a call finds its session by the Meet code, the one nearest in time', () => {
    const sessions = [1, 2, 3].map((n) => ({ ...planned(n), meetCode: 'abc-defg-hij' }));
    expect(sessionForMeetCode(sessions, 'abc-defg-hij', Date.parse(week(2)) + 600_000)?.id).toBe(
      's2',
    );
    expect(sessionForMeetCode(sessions, 'zzz-zzzz-zzz', FIRST)).toBeUndefined();
  });
});
