// Tagging into a full series, and what "Remove tag" undoes (issue 9).
import { describe, expect, it } from 'vitest';
import {
  apply,
  badges,
  book,
  DAY,
  idMaker,
  NOW,
  plan,
  planned,
  week,
} from '../../tests/support/calendar-book';
import {
  type CrewBook,
  removeTag,
  sessionBadge,
  sessionOfEvent,
  tagEvent,
  tagPlan,
} from './calendar-session';
import type { Session } from './model';

const OPTS = { now: NOW, seriesTitle: 'Tuesday Crew' };
const single = (eventId: string, start: string) => ({ calendarId: 'c@g', eventId, start });
const badgeOf = (b: CrewBook, eventId: string) => {
  const session = sessionOfEvent(b.sessions, eventId);
  return session ? sessionBadge(b, session) : null;
};

/** The plan of six with its first two sessions tagged on single events. */
const twoTagged = (): CrewBook => {
  let b = book();
  for (const n of [1, 2]) b = apply(b, tagEvent(b, single(`e${n}`, week(n)), OPTS));
  return b;
};

describe('an event a full series has no place for', () => {
  // the Wednesday of week 1: 3.1 days after session 1 (tagged) and 3.9 before session 2 (tagged)
  const dentist = single('dentist', week(2, -3.9 * DAY));

  it('is not placed silently: tagging asks, and the plan of six is untouched until then', () => {
    expect(tagPlan(book(), dentist)).toMatchObject({ full: false, match: { id: 's1' } });
    expect(tagPlan(twoTagged(), dentist)).toMatchObject({ full: true, canStartNext: false });
    expect(tagPlan(book(), single('near', week(3, DAY)))).toMatchObject({
      full: false,
      match: { id: 's3' },
    });
  });

  it('"add a session": the series grows to seven; removing the tag shrinks it back', () => {
    const before = twoTagged();
    const writes = tagEvent(before, dentist, { ...OPTS, beyond: 'grow', makeId: idMaker() });
    expect(writes.series.map((s) => s.plannedSessions)).toEqual([7]);
    let b = apply(before, writes);
    expect(badgeOf(b, 'dentist')).toMatchObject({ index: 2, of: 7 });
    expect(plan(b).map((line) => line.split(' ')[0])).toEqual(['1', '2', '3', '4', '5', '6', '7']);
    b = apply(b, removeTag(b, dentist));
    expect(b.series[0]?.plannedSessions).toBe(6);
    expect(sessionOfEvent(b.sessions, 'dentist')).toBeUndefined();
    expect(b.sessions.find((s) => s.id === 'new1')?.status).toBe('cancelled');
    expect(plan(b)).toEqual(plan(before));
  });

  it('after the series\' end: "start the next series", six more, the rotation carried on', () => {
    const after = single('next1', week(8));
    expect(tagPlan(book(), after)).toMatchObject({ full: true, canStartNext: true });
    const writes = tagEvent(book(), after, { ...OPTS, beyond: 'next', makeId: idMaker('n') });
    const [next] = writes.series;
    expect(next).toMatchObject({ plannedSessions: 6, startsAt: week(8), title: 'Tuesday Crew' });
    const b = apply(book(), writes);
    // Ada, Bashir, Chiara, Dmitri, Eun-ji and Ada host the six: Bashir opens the next series
    expect(badgeOf(b, 'next1')).toMatchObject({ index: 1, of: 6, hostName: 'Bashir' });
    expect(plan(b, next?.id)).toHaveLength(6);
    expect(plan(b, next?.id).at(-1)).toBe(`6 ${week(13).slice(5, 16)} Bashir`);
    expect(plan(b)).toEqual(plan(book()));
  });

  it('after the end, "add a session" makes it 7 of 7; the default asks for the next series', () => {
    const after = single('late', week(8));
    const grown = apply(
      book(),
      tagEvent(book(), after, { ...OPTS, beyond: 'grow', makeId: idMaker() }),
    );
    expect(badgeOf(grown, 'late')).toMatchObject({ index: 7, of: 7 });
    expect(tagEvent(book(), after, { ...OPTS, makeId: idMaker() }).series[0]?.id).toBe('new1');
    // within the series, "next" has no meaning: the series grows
    const within = tagEvent(twoTagged(), dentist, { ...OPTS, beyond: 'next', makeId: idMaker() });
    expect(within.series.map((s) => s.plannedSessions)).toEqual([7]);
  });
});

describe('"Remove tag" renumbers what follows', () => {
  it('a session the tag added is taken out and the next ones close up', () => {
    let b = book([], []);
    const makeId = idMaker();
    for (const n of [1, 2, 3])
      b = apply(b, tagEvent(b, single(`e${n}`, week(n)), { ...OPTS, makeId }));
    expect(badges(b)).toEqual([
      '1 of undefined Ada',
      '2 of undefined Bashir',
      '3 of undefined Chiara',
    ]);
    b = apply(b, removeTag(b, single('e2', week(2))));
    expect(badgeOf(b, 'e3')).toMatchObject({ index: 2, hostName: 'Bashir' });
    expect(sessionOfEvent(b.sessions, 'e2')).toBeUndefined();
  });

  it('a session that was in the plan stays in it, untagged; the numbers stay', () => {
    const b = apply(
      book(),
      tagEvent(book(), single('e3', week(3)), { ...OPTS, makeId: idMaker() }),
    );
    const after = apply(b, removeTag(b, single('e3', week(3))));
    expect(after.sessions.find((s) => s.id === 's3')).toMatchObject({
      status: 'planned',
      index: 3,
    });
    expect(after.sessions.find((s) => s.id === 's3')?.calendarRef).toBeUndefined();
  });

  it('a held session keeps its history: only the link goes', () => {
    const held: Session = {
      ...planned(1),
      status: 'held',
      hostId: 'Chiara',
      presentIds: ['Ada', 'Chiara'],
      calendarRef: { calendarId: 'c@g', eventId: 'h', start: week(1) },
      taggedIn: 'added',
    };
    const writes = removeTag(book([held]), single('h', week(1)));
    const { calendarRef: _ref, taggedIn: _in, ...history } = held;
    expect(writes.sessions).toEqual([history]);
  });
});
