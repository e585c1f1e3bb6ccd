import { describe, expect, it } from 'vitest';
import {
  apply,
  badges,
  book,
  DAY,
  FIRST,
  idMaker,
  instance,
  NAMES,
  NOW,
  planned,
  week,
} from '../../tests/support/calendar-book';
import {
  adoptInstance,
  type CalendarEvent,
  changeHost,
  moveSession,
  removeTag,
  renumber,
  sessionBadge,
  sessionForMeetCode,
  sessionOfEvent,
  tagEvent,
} from './calendar-session';
import type { Session } from './model';

const makeId = idMaker();
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

  it('a past event tagged as the first session of a crew entered later gets a host', () => {
    // The crew was entered after its first meeting: its members' join dates follow the event.
    const entered = { ...book([], []).crew };
    entered.members = entered.members.map((m) => ({ ...m, joinedAt: NOW }));
    const fresh = { crew: entered, series: [], sessions: [] };
    const past = { calendarId: 'c@g', eventId: 'past', start: '2026-11-24T18:00:00.000Z' };
    const writes = tagEvent(fresh, past, OPTS);
    expect(writes.crew?.members.map((m) => m.joinedAt)).toEqual(NAMES.map(() => past.start));
    const after = apply(fresh, writes);
    expect(sessionBadge(after, after.sessions[0] as Session)).toMatchObject({ hostName: 'Ada' });
    // A crew that already has sessions keeps its join dates.
    expect(tagEvent(after, { ...past, eventId: 'again' }, OPTS).crew).toBeUndefined();
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
