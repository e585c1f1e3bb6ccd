import { describe, expect, it } from 'vitest';
import { CONGREGATION_CREWS, ladderOf, rungOfGroupSize } from './ladder';
import type { HostingLog, LogEntry } from './log';

function logOf(hostings: { crewId: string; size: number }[]): HostingLog {
  const entries: LogEntry[] = hostings.map((h, i) => ({
    kind: 'session',
    crewId: h.crewId,
    crewName: h.crewId,
    sessionId: `s${i}`,
    index: i + 1,
    at: new Date(Date.UTC(2026, 0, 1 + i)).toISOString(),
    roles: ['host'],
    groupSize: h.size,
    roundsRun: 0,
  }));
  return {
    personKey: 'name:x',
    entries,
    sessionsHosted: entries.length,
    roleCounts: { host: entries.length },
    crewsHosted: new Set(hostings.map((h) => h.crewId)).size,
    roundsRun: 0,
  };
}

describe('the ladder by group size', () => {
  it('places 2 as a pair, 3 to 8 as a crew and more as a larger group', () => {
    expect([1, 2, 3, 8, 9, 40].map(rungOfGroupSize)).toEqual([
      'pair',
      'pair',
      'crew',
      'crew',
      'larger-group',
      'larger-group',
    ]);
  });

  it('starts everyone with a crew, also after hosting only a pair', () => {
    expect(ladderOf(logOf([])).next).toBe('start-with-a-crew');
    expect(ladderOf(logOf([])).reached).toBeUndefined();
    const pair = ladderOf(logOf([{ crewId: 'a', size: 2 }]));
    expect(pair.next).toBe('start-with-a-crew');
    expect(pair.reached).toBe('pair');
  });

  it('after a first crew meeting, asks for feedback; then another crew; then a larger group', () => {
    expect(ladderOf(logOf([{ crewId: 'a', size: 4 }])).next).toBe('ask-for-feedback');
    const twice = logOf([
      { crewId: 'a', size: 4 },
      { crewId: 'a', size: 3 },
    ]);
    expect(ladderOf(twice).next).toBe('host-another-crew');
    const twoCrews = logOf([
      { crewId: 'a', size: 4 },
      { crewId: 'b', size: 5 },
    ]);
    expect(ladderOf(twoCrews).next).toBe('try-a-larger-group');
    const larger = logOf([
      { crewId: 'a', size: 4 },
      { crewId: 'b', size: 12 },
    ]);
    expect(ladderOf(larger).next).toBe('ready-for-congregation');
    expect(ladderOf(larger).reached).toBe('larger-group');
  });

  it(`reaches the congregation rung after hosting in ${CONGREGATION_CREWS} crews`, () => {
    const ladder = ladderOf(
      logOf([
        { crewId: 'a', size: 4 },
        { crewId: 'b', size: 5 },
        { crewId: 'c', size: 6 },
      ]),
    );
    expect(ladder.rungs).toEqual([
      { rung: 'pair', reached: false, count: 0 },
      { rung: 'crew', reached: true, count: 3 },
      { rung: 'larger-group', reached: false, count: 0 },
      { rung: 'congregation', reached: true, count: 3 },
    ]);
    expect(ladder.reached).toBe('congregation');
    expect(ladder.next).toBe('grow-other-hosts');
  });

  it('only counts hosting, not keeping time', () => {
    const log = logOf([{ crewId: 'a', size: 4 }]);
    const entry = log.entries[0];
    if (entry) entry.roles = ['timekeeper'];
    expect(ladderOf(log).rungs[1]).toEqual({ rung: 'crew', reached: false, count: 0 });
  });
});
