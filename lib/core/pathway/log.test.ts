import { describe, expect, it } from 'vitest';
import { hostingLog, hostingsByMonth, peopleAcrossCrews, personKeyOf } from './log';
import { crewOfFour, sessionsOf, starterSeries } from './test-data';

const harbour = crewOfFour();
const series = starterSeries(harbour);
// Noor, Tomás, Ines, Kwame host 1-4; session 5: Noor again with Kwame away; 6 still planned.
const sessions = sessionsOf(harbour, series, [
  { hostIndex: 0, timekeeperIndex: 3 },
  { hostIndex: 1, timekeeperIndex: 0 },
  { hostIndex: 2, timekeeperIndex: 1 },
  { hostIndex: 3, timekeeperIndex: 2 },
  { hostIndex: 0, timekeeperIndex: 1, awayIndex: 3 },
]);
const noor = personKeyOf({ name: 'Noor' });

describe('the hosting log', () => {
  it('lists what Noor called, hosted and kept time for, oldest first', () => {
    const log = hostingLog(noor, {
      crews: [harbour],
      sessions,
      rounds: [
        { sessionId: 'harbour-s1-1', kind: 'check-in' },
        { sessionId: 'harbour-s1-1', kind: 'check-out' },
        { sessionId: 'harbour-s1-2', kind: 'check-in' },
      ],
    });
    expect(log.entries.map((e) => [e.kind, e.index, e.roles, e.groupSize, e.roundsRun])).toEqual([
      ['called', undefined, ['caller'], 4, 0],
      ['session', 1, ['host'], 4, 2],
      ['session', 2, ['timekeeper'], 4, 0],
      ['session', 5, ['host'], 3, 0],
    ]);
    expect(log.sessionsHosted).toBe(2);
    expect(log.roleCounts).toEqual({ caller: 1, host: 2, timekeeper: 1 });
    expect(log.crewsHosted).toBe(1);
    expect(log.roundsRun).toBe(2);
  });

  it('counts no planned session: a turn to come is not a hosting yet', () => {
    const log = hostingLog(personKeyOf({ name: 'Tomás' }), { crews: [harbour], sessions });
    expect(log.entries.filter((e) => e.roles.includes('host')).map((e) => e.index)).toEqual([2]);
  });

  it('follows one person across crews by e-mail, or by name as people read it', () => {
    const other = crewOfFour('willow', ['noor ', 'Pia', 'Rui', 'Sam']);
    const otherSeries = starterSeries(other);
    const otherSessions = sessionsOf(other, otherSeries, [{ hostIndex: 0 }]);
    const log = hostingLog(noor, {
      crews: [harbour, other],
      sessions: [...sessions, ...otherSessions],
    });
    expect(log.sessionsHosted).toBe(3);
    expect(log.crewsHosted).toBe(2);
    expect(personKeyOf({ name: 'Zoë', email: 'ZOE@example.org ' })).toBe('email:zoe@example.org');
    const people = peopleAcrossCrews([harbour, other]);
    expect(people.find((p) => p.key === noor)?.memberships.map((m) => m.crewName)).toEqual([
      'Harbour Crew',
      'Willow Crew',
    ]);
    expect(people).toHaveLength(7);
  });

  it('counts hostings per month, with empty months in between', () => {
    const spread = sessionsOf(harbour, starterSeries(harbour, '2026-10-27T17:30:00.000Z'), [
      { hostIndex: 0 },
    ]);
    const late = { ...spread[0], id: 'late', index: 7, startsAt: '2027-01-05T17:30:00.000Z' };
    const log = hostingLog(noor, { crews: [harbour], sessions: [...spread, late] as never });
    expect(hostingsByMonth(log)).toEqual([
      { month: '2026-10', hostings: 1 },
      { month: '2026-11', hostings: 0 },
      { month: '2026-12', hostings: 0 },
      { month: '2027-01', hostings: 1 },
    ]);
  });
});
