import { describe, expect, it } from 'vitest';
import { congregationOverview, hostingSpread, notHostedYet } from './congregation';
import { crewOfFour, sessionsOf, starterSeries } from './test-data';

const harbour = crewOfFour();
const willow = crewOfFour('willow', ['Noor', 'Pia', 'Rui', 'Sam']);
const hs = starterSeries(harbour);
const ws = starterSeries(willow, '2026-10-08T18:00:00.000Z');
// Harbour: Noor and Tomás hosted. Willow: Pia hosted. Noor is in both crews.
const sessions = [
  ...sessionsOf(harbour, hs, [{ hostIndex: 0 }, { hostIndex: 1 }]),
  ...sessionsOf(willow, ws, [{ hostIndex: 1 }]),
];

describe('how far hosting has spread', () => {
  it('counts each person once across crews: 3 of 7 have hosted', () => {
    expect(hostingSpread([harbour, willow], sessions)).toEqual({
      members: 7,
      hosted: 3,
      share: 3 / 7,
    });
  });

  it('is nothing for nobody, and leaves archived crews and members who left out', () => {
    expect(hostingSpread([], [])).toEqual({ members: 0, hosted: 0, share: 0 });
    const left = {
      ...harbour,
      members: harbour.members.map((m, i) =>
        i === 3 ? { ...m, leftAt: '2026-11-01T00:00:00.000Z' } : m,
      ),
    };
    const archived = { ...willow, archivedAt: '2026-11-01T00:00:00.000Z' };
    expect(hostingSpread([left, archived], sessions)).toEqual({
      members: 3,
      hosted: 2,
      share: 2 / 3,
    });
  });

  it('names who has not hosted yet, with their crews, in crew order', () => {
    expect(notHostedYet([harbour, willow], sessions)).toEqual([
      { personKey: 'name:ines', name: 'Ines', crewNames: ['Harbour Crew'] },
      { personKey: 'name:kwame', name: 'Kwame', crewNames: ['Harbour Crew'] },
      { personKey: 'name:rui', name: 'Rui', crewNames: ['Willow Crew'] },
      { personKey: 'name:sam', name: 'Sam', crewNames: ['Willow Crew'] },
    ]);
  });
});

describe('the congregation overview', () => {
  it('gives each crew its next session and host from the rotation', () => {
    const rows = congregationOverview(
      [willow, harbour],
      [hs, ws],
      sessions,
      '2026-10-14T12:00:00.000Z',
    );
    expect(rows.map((r) => [r.crewName, r.next?.startsAt, r.next?.hostName, r.overdue])).toEqual([
      ['Harbour Crew', '2026-10-20T17:30:00.000Z', 'Ines', false],
      ['Willow Crew', '2026-10-15T18:00:00.000Z', 'Noor', false],
    ]);
    expect(rows[0]?.lastMetAt).toBe('2026-10-13T17:30:00.000Z');
  });

  it('flags a weekly crew that has not met for more than a week and a day', () => {
    const at = (now: string) =>
      congregationOverview(
        [harbour],
        [hs],
        sessions.filter((s) => s.crewId === 'harbour'),
        now,
      )[0];
    // Last met 13 Oct 17:30; due by 20 Oct 17:30, plus a day's grace.
    expect(at('2026-10-21T17:30:00.000Z')?.overdue).toBe(false);
    const late = at('2026-10-21T17:31:00.000Z');
    expect(late?.overdue).toBe(true);
    expect(late?.daysSinceMet).toBe(8);
  });

  it('counts a crew that never met from the day it was made; monthly crews get their month', () => {
    const monthly = { ...harbour, rhythm: { kind: 'monthly' as const, durationMinutes: 60 } };
    const row = (now: string) => congregationOverview([monthly], [], [], now)[0];
    expect(row('2026-10-30T09:00:00.000Z')?.overdue).toBe(false);
    expect(row('2026-10-30T09:00:01.000Z')?.overdue).toBe(true);
    expect(row('2026-10-30T09:00:01.000Z')?.lastMetAt).toBeUndefined();
  });
});
