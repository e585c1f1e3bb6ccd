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

describe('"Remove tag" on the session a tag started a series for', () => {
  const after = single('next1', week(8));
  const nextOf = (b: CrewBook) => b.series.find((s) => s.id !== 'six');
  const startNext = () =>
    apply(book(), tagEvent(book(), after, { ...OPTS, beyond: 'next', makeId: idMaker('n') }));

  it('"start the next series" by mistake: removing the tag takes that series out too', () => {
    const b = startNext();
    const next = nextOf(b);
    expect(next).toBeDefined();
    const writes = removeTag(b, after);
    expect(writes.dropped?.map((s) => s.id)).toEqual([next?.id]);
    const back = apply(b, writes);
    expect(back.series.map((s) => s.id)).toEqual(['six']);
    expect(back.sessions.filter((s) => s.seriesId !== 'six')).toEqual([]);
    expect(plan(back)).toEqual(plan(book()));
    // and the same event asks again, as it did before
    expect(tagPlan(back, after)).toMatchObject({ full: true, canStartNext: true });
  });

  it('a next series with another tagged session stays, with that one as its first', () => {
    let b = startNext();
    b = apply(b, tagEvent(b, single('next2', week(9)), { ...OPTS, makeId: idMaker('m') }));
    expect(badgeOf(b, 'next2')).toMatchObject({ index: 2, of: 6 });
    const writes = removeTag(b, after);
    expect(writes.dropped).toBeUndefined();
    b = apply(b, writes);
    expect(nextOf(b)).toBeDefined();
    expect(badgeOf(b, 'next2')).toMatchObject({ index: 1, of: 6 });
  });

  it('a next series with a held session stays, and so does that session', () => {
    let b = startNext();
    const heldOne = b.sessions.find((s) => s.seriesId === nextOf(b)?.id && !s.calendarRef);
    if (!heldOne) throw new Error('the next series has planned sessions');
    const held: Session = { ...heldOne, status: 'held', hostId: 'Bashir', presentIds: ['Ada'] };
    b = apply(b, { series: [], sessions: [held] });
    const writes = removeTag(b, after);
    expect(writes.dropped).toBeUndefined();
    // it happened: it keeps all it was, and only closes up to number 1 as the numbers follow starts
    expect(apply(b, writes).sessions.find((s) => s.id === held.id)).toEqual({ ...held, index: 1 });
  });

  it("a crew's first series, started by its first tag, goes with that tag", () => {
    const none = book([], []);
    let b = apply(none, tagEvent(none, single('e1', week(1)), { ...OPTS, makeId: idMaker() }));
    expect(b.series).toHaveLength(1);
    b = apply(b, removeTag(b, single('e1', week(1))));
    expect(b).toEqual(none);
  });

  it('the series the crew planned is never taken out, even with nothing tagged', () => {
    const b = apply(
      book(),
      tagEvent(book(), single('e1', week(1)), { ...OPTS, makeId: idMaker() }),
    );
    const writes = removeTag(b, single('e1', week(1)));
    expect(writes.dropped).toBeUndefined();
    expect(apply(b, writes).series.map((s) => s.id)).toEqual(['six']);
  });
});
