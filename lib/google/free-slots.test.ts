import { describe, expect, it } from 'vitest';
import { proposeWeeklySlots, type SlotQuery } from './free-slots';

const QUERY: SlotQuery = {
  from: '2026-11-30T23:00:00.000Z', // Monday night; candidates Tue 1 Dec to Mon 7 Dec
  weeks: 3,
  durationMinutes: 60,
  timeZone: 'Europe/Berlin',
  hours: [9, 18],
};

const busy = (...ranges: [string, string][]) => ({
  busy: ranges.map(([start, end]) => ({ start, end })),
});

describe('free-slot proposals', () => {
  it('counts a calendar that is not shared as unknown, never as free', () => {
    const proposals = proposeWeeklySlots(
      {
        calendars: {
          'ada@example.org': busy(),
          'dev@example.org': { errors: [{ domain: 'global', reason: 'notFound' }] },
        },
      },
      QUERY,
    );
    expect(proposals).toHaveLength(3);
    for (const p of proposals) {
      expect(p).toMatchObject({ freeFor: 1, visible: 1, notShared: 1, busy: [] });
      expect(p.unknown).toEqual(['dev@example.org']);
    }
  });

  it('proposes different days, each free at every occurrence, nearest the planned hour', () => {
    // Ada is busy on Tuesday evenings in the third week only: Tuesday 18:00 does not suit her.
    const proposals = proposeWeeklySlots(
      {
        calendars: {
          'ada@example.org': busy(['2026-12-15T16:30:00Z', '2026-12-15T18:00:00Z']),
          'ben@example.org': busy(),
        },
      },
      { ...QUERY, preferHour: 18 },
    );
    const starts = proposals.map((p) => p.start);
    // Berlin is UTC+1 in December: 18:00 local is 17:00Z.
    expect(starts).toEqual([
      '2026-12-02T17:00:00.000Z',
      '2026-12-03T17:00:00.000Z',
      '2026-12-04T17:00:00.000Z',
    ]);
    expect(new Set(starts.map((s) => s.slice(0, 10))).size).toBe(3);
    expect(proposals.every((p) => p.freeFor === 2 && p.busy.length === 0)).toBe(true);
  });

  it('says who is busy when no time suits everyone', () => {
    const allWeek: [string, string] = ['2026-11-30T00:00:00Z', '2026-12-31T00:00:00Z'];
    const [first] = proposeWeeklySlots(
      { calendars: { 'ada@example.org': busy(allWeek), 'ben@example.org': busy() } },
      QUERY,
    );
    expect(first).toMatchObject({ freeFor: 1, visible: 2, busy: ['ada@example.org'] });
  });

  it('checks the occurrences at the crew’s rhythm (fortnightly: weeks 1, 3, 5)', () => {
    // Busy on Tuesday in week 2 only: fine for a fortnightly crew, not for a weekly one.
    const calendars = {
      'ada@example.org': busy(['2026-12-08T16:00:00Z', '2026-12-08T19:00:00Z']),
    };
    const tuesday = (rhythm: SlotQuery['rhythm']) =>
      proposeWeeklySlots({ calendars }, { ...QUERY, hours: [18], rhythm }, 7).find(
        (p) => p.start === '2026-12-01T17:00:00.000Z',
      );
    expect(tuesday({ kind: 'fortnightly', durationMinutes: 60 })?.freeFor).toBe(1);
    expect(tuesday({ kind: 'weekly', durationMinutes: 60 })?.freeFor).toBe(0);
  });
});
