import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Crew, type Rhythm, SCHEMA_VERSION, type Series, type Session } from './model';
import { planRotation } from './rotation';
import {
  occurrenceStartMs,
  planSessions,
  rhythmStepDays,
  sessionLabel,
  sessionStartAt,
  sessionsOfSeries,
  upcomingHosts,
} from './series';

const weekly: Rhythm = { kind: 'weekly', durationMinutes: 60 };

function crew(rhythm: Rhythm = weekly): Crew {
  return {
    v: SCHEMA_VERSION,
    id: 'crew-1',
    name: 'Crew',
    members: [],
    callerId: 'a',
    rhythm,
    roles: [],
    agreements: [],
    deckIds: [],
    createdAt: '2026-01-01T00:00:00.000Z',
  };
}

function series(overrides: Partial<Series> = {}): Series {
  return {
    v: SCHEMA_VERSION,
    id: 'series-1',
    crewId: 'crew-1',
    title: 'Six meetings',
    plannedSessions: 6,
    startsAt: '2026-12-01T18:00:00.000Z',
    createdAt: '2026-11-20T00:00:00.000Z',
    ...overrides,
  };
}

function counter(): () => string {
  let n = 0;
  return () => `s${++n}`;
}

const at = (rhythm: Rhythm, first: string, n: number) =>
  new Date(occurrenceStartMs(first, rhythm, n)).toISOString();

describe('rhythm dates', () => {
  it('steps weekly, fortnightly and custom by whole days', () => {
    expect(rhythmStepDays(weekly)).toBe(7);
    expect(at(weekly, '2026-12-01T18:00:00.000Z', 3)).toBe('2026-12-22T18:00:00.000Z');
    const fortnightly: Rhythm = { kind: 'fortnightly', durationMinutes: 60 };
    expect(at(fortnightly, '2026-12-01T18:00:00.000Z', 2)).toBe('2026-12-29T18:00:00.000Z');
    const every10: Rhythm = { kind: 'custom', everyDays: 10, durationMinutes: 60 };
    expect(at(every10, '2026-12-25T09:30:00.000Z', 1)).toBe('2027-01-04T09:30:00.000Z');
  });

  it('keeps the day of the month monthly, clamped to short months', () => {
    const monthly: Rhythm = { kind: 'monthly', durationMinutes: 60 };
    const dates = [0, 1, 2, 3, 12, 13].map((n) => at(monthly, '2027-01-31T07:15:00.000Z', n));
    expect(dates).toEqual([
      '2027-01-31T07:15:00.000Z',
      '2027-02-28T07:15:00.000Z',
      '2027-03-31T07:15:00.000Z',
      '2027-04-30T07:15:00.000Z',
      '2028-01-31T07:15:00.000Z',
      '2028-02-29T07:15:00.000Z',
    ]);
    expect(at(monthly, '2026-11-15T18:00:00.000Z', 2)).toBe('2027-01-15T18:00:00.000Z');
  });

  it('numbers sessions from the series start', () => {
    expect(sessionStartAt(series(), weekly, 1)).toBe('2026-12-01T18:00:00.000Z');
    expect(sessionStartAt(series(), weekly, 6)).toBe('2027-01-05T18:00:00.000Z');
  });
});

describe('planSessions', () => {
  it('plans every session of a six-meeting series', () => {
    const planned = planSessions(crew(), series(), [], '2026-11-26T10:00:00.000Z', 3, counter());
    expect(planned.map((s) => [s.id, s.index, s.startsAt])).toEqual([
      ['s1', 1, '2026-12-01T18:00:00.000Z'],
      ['s2', 2, '2026-12-08T18:00:00.000Z'],
      ['s3', 3, '2026-12-15T18:00:00.000Z'],
      ['s4', 4, '2026-12-22T18:00:00.000Z'],
      ['s5', 5, '2026-12-29T18:00:00.000Z'],
      ['s6', 6, '2027-01-05T18:00:00.000Z'],
    ]);
    expect(planned[0]).toEqual({
      v: SCHEMA_VERSION,
      id: 's1',
      crewId: 'crew-1',
      seriesId: 'series-1',
      index: 1,
      startsAt: '2026-12-01T18:00:00.000Z',
      status: 'planned',
      awayIds: [],
    });
  });

  it('continues after existing sessions and plans nothing when complete', () => {
    const all = planSessions(crew(), series(), [], '2026-11-26T10:00:00.000Z', 0, counter());
    const firstTwo = all.slice(0, 2);
    const rest = planSessions(crew(), series(), firstTwo, '2026-11-26T10:00:00.000Z', 0, counter());
    expect(rest.map((s) => [s.index, s.startsAt])).toEqual(
      all.slice(2).map((s) => [s.index, s.startsAt]),
    );
    expect(planSessions(crew(), series(), all, '2026-11-26T10:00:00.000Z', 5)).toEqual([]);
  });

  it('keeps `count` sessions ahead for an open-ended series', () => {
    const open = series({ plannedSessions: undefined });
    const first = planSessions(crew(), open, [], '2026-11-26T10:00:00.000Z', 3, counter());
    expect(first.map((s) => s.index)).toEqual([1, 2, 3]);
    // A week after the first session, two planned sessions remain ahead: one more is needed.
    const later = planSessions(crew(), open, first, '2026-12-02T10:00:00.000Z', 3, counter());
    expect(later.map((s) => [s.index, s.startsAt])).toEqual([[4, '2026-12-22T18:00:00.000Z']]);
  });

  it('does not plan into the past after a pause', () => {
    const open = series({ plannedSessions: undefined });
    const first = planSessions(crew(), open, [], '2026-11-26T10:00:00.000Z', 1, counter());
    const held: Session[] = first.map((s) => ({ ...s, status: 'held' }));
    const next = planSessions(crew(), open, held, '2027-01-10T12:00:00.000Z', 2, counter());
    expect(next.map((s) => [s.index, s.startsAt])).toEqual([
      [2, '2027-01-12T18:00:00.000Z'],
      [3, '2027-01-19T18:00:00.000Z'],
    ]);
  });

  it('ignores sessions of other series', () => {
    const other = planSessions(crew(), series({ id: 'other' }), [], '2026-11-26T10:00:00.000Z', 0);
    expect(sessionsOfSeries(other, 'series-1')).toEqual([]);
    const planned = planSessions(crew(), series(), other, '2026-11-26T10:00:00.000Z', 0);
    expect(planned.map((s) => s.index)).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('always plans future sessions strictly after the last one, in rhythm order', () => {
    const rhythms = fc.oneof(
      fc.constant<Rhythm>(weekly),
      fc.constant<Rhythm>({ kind: 'monthly', durationMinutes: 60 }),
      fc.integer({ min: 1, max: 365 }).map<Rhythm>((everyDays) => ({
        kind: 'custom',
        everyDays,
        durationMinutes: 60,
      })),
    );
    fc.assert(
      fc.property(
        rhythms,
        fc.integer({ min: 1, max: 5 }),
        fc.integer({ min: 0, max: 800 }),
        fc.integer({ min: 1, max: 4 }),
        (rhythm, existing, daysLater, count) => {
          const open = series({ plannedSessions: undefined });
          const start = planSessions(crew(rhythm), open, [], open.startsAt, existing, counter());
          const now = new Date(Date.parse(open.startsAt) + daysLater * 86_400_000).toISOString();
          const next = planSessions(crew(rhythm), open, start, now, count + existing, counter());
          const lastStart = start.at(-1)?.startsAt ?? '';
          const upcoming = start.filter((s) => s.startsAt >= now).length;
          expect(next).toHaveLength(count + existing - upcoming);
          let previous = Math.max(Date.parse(lastStart), Date.parse(now) - 1);
          // No rhythm slot is skipped: the first new session is within one step of the threshold.
          const maxGapDays = rhythmStepDays(rhythm) ?? 31;
          const firstNew = next[0];
          if (firstNew) {
            expect(Date.parse(firstNew.startsAt) - previous).toBeLessThanOrEqual(
              maxGapDays * 86_400_000,
            );
          }
          for (const [offset, session] of next.entries()) {
            expect(session.index).toBe(existing + 1 + offset);
            expect(Date.parse(session.startsAt)).toBeGreaterThan(previous);
            previous = Date.parse(session.startsAt);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('sessionLabel', () => {
  it('says "3 of 6" for a planned series and "3" for an open-ended one', () => {
    expect(sessionLabel({ index: 3 }, series())).toEqual({ index: 3, of: 6 });
    expect(sessionLabel({ index: 3 }, series({ plannedSessions: undefined }))).toEqual({
      index: 3,
    });
  });
});

describe('upcomingHosts', () => {
  it('lists who hosts each planned session and why, with names and "n of m"', () => {
    const withMembers: Crew = {
      ...crew(),
      roles: ['timekeeper'],
      members: ['Ana', 'Bo', 'Chidi'].map((name) => ({
        id: name.toLowerCase(),
        name,
        joinedAt: '2026-11-01T00:00:00.000Z',
      })),
      callerId: 'bo',
    };
    const planned = planSessions(
      withMembers,
      series(),
      [],
      '2026-11-26T10:00:00.000Z',
      0,
      counter(),
    );
    const sessions: Session[] = planned.map((s) =>
      s.index === 1
        ? { ...s, status: 'held', hostId: 'bo', presentIds: ['ana', 'bo', 'chidi'] }
        : s,
    );
    // The held first session recorded no timekeeper, so Ana (first in the timekeeper order,
    // one place behind the caller Bo) still has her first turn to come.
    const assignments = planRotation({ crew: withMembers, sessions });
    const rows = upcomingHosts(withMembers, series(), sessions, [...assignments].reverse());
    expect(rows.map((r) => [r.index, r.of, r.hostName, r.reason.code])).toEqual([
      [2, 6, 'Chidi', 'not-hosted-yet'],
      [3, 6, 'Ana', 'not-hosted-yet'],
      [4, 6, 'Bo', 'longest-since-hosting'],
      [5, 6, 'Chidi', 'longest-since-hosting'],
      [6, 6, 'Ana', 'longest-since-hosting'],
    ]);
    expect(rows[0]).toEqual({
      sessionId: 's2',
      index: 2,
      of: 6,
      startsAt: '2026-12-08T18:00:00.000Z',
      hostId: 'chidi',
      hostName: 'Chidi',
      reason: { code: 'not-hosted-yet' },
      roles: {
        timekeeper: {
          memberId: 'ana',
          memberName: 'Ana',
          reason: { code: 'first-time-in-role', role: 'timekeeper' },
        },
      },
      notes: [],
    });
  });
});
