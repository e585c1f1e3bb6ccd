// "Skip this session", "Undo skip" and an instance cancelled in the calendar (issue 9): the
// numbers after it close up, the rotation moves on, the series keeps its length.
import { describe, expect, it } from 'vitest';
import {
  apply,
  badges,
  book,
  DAY,
  idMaker,
  instance,
  NOW,
  plan,
  planned,
  series,
  week,
} from '../../tests/support/calendar-book';
import {
  adoptInstance,
  type CrewBook,
  cancelInstance,
  changeHost,
  sessionOfEvent,
  skipSession,
  tagEvent,
  undoSkip,
} from './calendar-session';
import type { Session } from './model';

const OPTS = { now: NOW, seriesTitle: 'Tuesday Crew' };

/** The six-session series tagged on the recurring event, instances 1..n seen. */
function taggedSeries(n = 6, makeId = idMaker()): CrewBook {
  let b = apply(book(), tagEvent(book(), instance(1), { ...OPTS, makeId }));
  for (let i = 2; i <= n; i++) b = apply(b, adoptInstance(b, instance(i), makeId));
  return b;
}
const idOf = (b: CrewBook, n: number) => sessionOfEvent(b.sessions, instance(n).eventId)?.id ?? '';

describe('skip this session', () => {
  it('the next instance takes its number and the host planned for it; the series keeps six', () => {
    const makeId = idMaker('added');
    let b = taggedSeries();
    expect(badges(b)).toEqual([
      '1 of 6 Ada',
      '2 of 6 Bashir',
      '3 of 6 Chiara',
      '4 of 6 Dmitri',
      '5 of 6 Eun-ji',
      '6 of 6 Ada',
    ]);
    b = apply(b, skipSession(b, idOf(b, 3), makeId));
    // "3 of 6" is now the fourth instance, with Chiara, who was to host the skipped one
    expect(badges(b)).toEqual([
      '1 of 6 Ada',
      '2 of 6 Bashir',
      '3 of 6 Chiara',
      '4 of 6 Dmitri',
      '5 of 6 Eun-ji',
    ]);
    expect(sessionOfEvent(b.sessions, instance(4).eventId)?.index).toBe(3);
    // a sixth session is planned a week after the last; the seventh instance becomes it
    expect(plan(b).at(-1)).toBe('6 01-12T18:00 Ada');
    b = apply(b, adoptInstance(b, instance(7), makeId));
    expect(badges(b).at(-1)).toBe('6 of 6 Ada');
    expect(sessionOfEvent(b.sessions, instance(7).eventId)?.id).toBe('added1');
  });

  it('undo skip: numbers and hosts as before; the seventh instance is no session again', () => {
    let b = taggedSeries();
    const before = badges(b);
    b = apply(b, skipSession(b, idOf(b, 3), idMaker('added')));
    b = apply(b, adoptInstance(b, instance(7), idMaker('x')));
    b = apply(b, undoSkip(b, idOf(b, 3)));
    expect(badges(b)).toEqual(before);
    expect(plan(b)).toHaveLength(6);
    expect(sessionOfEvent(b.sessions, instance(7).eventId)).toBeUndefined();
    // and seen again, it stays out: the series is full
    expect(adoptInstance(b, instance(7))).toBeNull();
  });

  it('a host chosen by hand for the skipped session hosts the next one; undo gives it back', () => {
    let b = taggedSeries(4);
    b = apply(b, changeHost(b, idOf(b, 2), 'Eun-ji'));
    expect(badges(b)).toEqual(['1 of 6 Ada', '2 of 6 Eun-ji', '3 of 6 Bashir', '4 of 6 Chiara']);
    b = apply(b, skipSession(b, idOf(b, 2), idMaker()));
    expect(badges(b)).toEqual(['1 of 6 Ada', '2 of 6 Eun-ji', '3 of 6 Bashir']);
    b = apply(b, undoSkip(b, idOf(b, 2)));
    expect(badges(b)).toEqual(['1 of 6 Ada', '2 of 6 Eun-ji', '3 of 6 Bashir', '4 of 6 Chiara']);
  });

  it('a held session cannot be skipped; a skipped one is no crew session', () => {
    const held: Session = { ...planned(1), status: 'held', hostId: 'Ada' };
    const b = book([held, ...[2, 3, 4, 5, 6].map((n) => planned(n))]);
    expect(skipSession(b, 's1').sessions).toEqual([]);
    const skipped = apply(b, skipSession(b, 's2', idMaker()));
    expect(skipSession(skipped, 's2').sessions).toEqual([]);
    expect(plan(skipped).map((line) => line.slice(0, 1))).toEqual(['1', '2', '3', '4', '5', '6']);
    expect(undoSkip(b, 's3').sessions).toEqual([]);
  });

  it('a moved instance skipped: the numbers follow the starts the calendar shows', () => {
    let b = apply(book(), tagEvent(book(), instance(1), { ...OPTS, makeId: idMaker() }));
    // instance 2 moved to the Thursday, instance 3 as scheduled
    b = apply(b, adoptInstance(b, instance(2, 2 * DAY)));
    b = apply(b, adoptInstance(b, instance(3)));
    expect(sessionOfEvent(b.sessions, instance(2).eventId)?.startsAt).toBe(week(2, 2 * DAY));
    b = apply(b, skipSession(b, idOf(b, 2), idMaker()));
    expect(badges(b)).toEqual(['1 of 6 Ada', '2 of 6 Bashir']);
    expect(sessionOfEvent(b.sessions, instance(3).eventId)?.index).toBe(2);
  });
});

describe('an instance cancelled in the calendar', () => {
  it('renumbers what follows like a skip; a held session stays as it happened', () => {
    let b = taggedSeries();
    b = apply(b, cancelInstance(b, instance(2).eventId, idMaker()));
    expect(sessionOfEvent(b.sessions, instance(2).eventId)?.status).toBe('cancelled');
    expect(badges(b).slice(0, 2)).toEqual(['1 of 6 Ada', '2 of 6 Bashir']);
    expect(undoSkip(b, idOf(b, 2)).sessions).toEqual([]);
    const held = apply(b, {
      series: [],
      sessions: [{ ...(b.sessions.find((s) => s.id === idOf(b, 1)) as Session), status: 'held' }],
    });
    expect(cancelInstance(held, instance(1).eventId).sessions).toEqual([]);
    expect(cancelInstance(held, 'not-a-session').sessions).toEqual([]);
  });
});

describe('daylight saving', () => {
  // Berlin, 2027: 18:00 is 17:00 UTC until 28 March, 16:00 UTC after. The crew's plan steps in
  // UTC; the calendar's instances keep 18:00 local.
  const berlin = (day: string, utcHour: number) => `2027-${day}T${utcHour}:00:00.000Z`;
  const days = [
    ['03-09', 17],
    ['03-16', 17],
    ['03-23', 17],
    ['03-30', 16],
    ['04-06', 16],
    ['04-13', 16],
    ['04-20', 16],
  ] as const;
  const local = (n: number) => berlin(days[n - 1]?.[0] ?? '', days[n - 1]?.[1] ?? 0);
  const spring = { ...series, startsAt: berlin('03-09', 17) };
  const springBook = () =>
    book(
      [1, 2, 3, 4, 5, 6].map((n) =>
        planned(n, new Date(Date.parse(spring.startsAt) + (n - 1) * 7 * DAY).toISOString()),
      ),
      [spring],
    );
  const seen = (n: number) => instance(n, 0, local(n));

  it('instances across the change keep their local time; a skip renumbers them all the same', () => {
    let b = apply(springBook(), tagEvent(springBook(), seen(1), { ...OPTS, makeId: idMaker() }));
    for (const n of [2, 3, 4, 5, 6]) b = apply(b, adoptInstance(b, seen(n)));
    const starts = () =>
      [1, 2, 3, 4, 5, 6].map((n) => sessionOfEvent(b.sessions, seen(n).eventId)?.startsAt);
    expect(starts()).toEqual([1, 2, 3, 4, 5, 6].map(local));
    b = apply(
      b,
      skipSession(b, sessionOfEvent(b.sessions, seen(3).eventId)?.id ?? '', idMaker('p')),
    );
    expect(badges(b)).toEqual([
      '1 of 6 Ada',
      '2 of 6 Bashir',
      '3 of 6 Chiara',
      '4 of 6 Dmitri',
      '5 of 6 Eun-ji',
    ]);
    expect(sessionOfEvent(b.sessions, seen(4).eventId)?.index).toBe(3);
    // the session planned for the skip lies a week after the last one, in summer time too
    expect(b.sessions.find((s) => s.id === 'p1')?.startsAt).toBe(local(7));
    b = apply(b, adoptInstance(b, seen(7)));
    expect(sessionOfEvent(b.sessions, seen(7).eventId)?.id).toBe('p1');
    expect(badges(b).at(-1)).toBe('6 of 6 Ada');
  });
});
