// Planned sessions keep the first session's local time across daylight-saving changes (issue 9).
// Change dates (seen 2026-12, tz database): Europe/Berlin leaves summer time 2026-10-25 and
// enters it 2027-03-28 (02:00 → 03:00); America/New_York 2026-11-01 and 2027-03-14.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Crew, type Rhythm, SCHEMA_VERSION, type Series } from './model';
import { continueSeries } from './pathway/retrospective';
import { addDays, localParts, zonedInstant } from './pathway/zoned-time';
import { occurrenceStartMs, planSessions, rhythmStepDays, sessionStartAt } from './series';

const weekly: Rhythm = { kind: 'weekly', durationMinutes: 60 };
const fortnightly: Rhythm = { kind: 'fortnightly', durationMinutes: 60 };
const monthly: Rhythm = { kind: 'monthly', durationMinutes: 60 };

const at = (rhythm: Rhythm, first: string, n: number, zone: string) =>
  new Date(occurrenceStartMs(first, rhythm, n, zone)).toISOString();
const dates = (rhythm: Rhythm, first: string, ns: number[], zone: string) =>
  ns.map((n) => at(rhythm, first, n, zone));

describe('occurrences in a time zone', () => {
  it('keeps Tuesdays 18:00 in Berlin when summer time ends and begins', () => {
    // 20 Oct 2026 18:00 CEST = 16:00Z; from 27 Oct 18:00 is CET = 17:00Z.
    expect(dates(weekly, '2026-10-20T16:00:00.000Z', [0, 1, 2], 'Europe/Berlin')).toEqual([
      '2026-10-20T16:00:00.000Z',
      '2026-10-27T17:00:00.000Z',
      '2026-11-03T17:00:00.000Z',
    ]);
    expect(dates(weekly, '2027-03-23T17:00:00.000Z', [0, 1], 'Europe/Berlin')).toEqual([
      '2027-03-23T17:00:00.000Z',
      '2027-03-30T16:00:00.000Z',
    ]);
    // The old UTC stepping, kept for callers without a zone, is what showed 17:00 in Berlin.
    expect(at(weekly, '2026-10-20T16:00:00.000Z', 1, 'UTC')).toBe('2026-10-27T16:00:00.000Z');
  });

  it('keeps fortnightly 19:00 in New York across both changes', () => {
    expect(dates(fortnightly, '2026-10-27T23:00:00.000Z', [0, 1], 'America/New_York')).toEqual([
      '2026-10-27T23:00:00.000Z',
      '2026-11-11T00:00:00.000Z',
    ]);
    expect(dates(fortnightly, '2027-03-03T00:00:00.000Z', [0, 1], 'America/New_York')).toEqual([
      '2027-03-03T00:00:00.000Z',
      '2027-03-16T23:00:00.000Z',
    ]);
  });

  it('keeps the local day of the month and time monthly, clamped to short months', () => {
    expect(dates(monthly, '2026-09-15T16:00:00.000Z', [0, 2, 6, 7], 'Europe/Berlin')).toEqual([
      '2026-09-15T16:00:00.000Z',
      '2026-11-15T17:00:00.000Z',
      '2027-03-15T17:00:00.000Z',
      '2027-04-15T16:00:00.000Z',
    ]);
    expect(dates(monthly, '2027-01-31T17:00:00.000Z', [1, 3], 'Europe/Berlin')).toEqual([
      '2027-02-28T17:00:00.000Z',
      '2027-04-30T16:00:00.000Z',
    ]);
    // Sat 31 Oct 22:00 EDT is 1 Nov in UTC: the month steps from the local date, to 30 Nov.
    expect(dates(monthly, '2026-11-01T02:00:00.000Z', [1, 5], 'America/New_York')).toEqual([
      '2026-12-01T03:00:00.000Z',
      '2027-04-01T02:00:00.000Z',
    ]);
  });

  it('moves a time the spring change skips an hour forward, and back after it', () => {
    // Sundays 02:30: on 28 Mar 2027 Berlin clocks jump 02:00 → 03:00, so that one is 03:30 CEST.
    const berlin = dates(weekly, '2027-03-21T01:30:00.000Z', [1, 2], 'Europe/Berlin');
    expect(berlin).toEqual(['2027-03-28T01:30:00.000Z', '2027-04-04T00:30:00.000Z']);
    expect(localParts(Date.parse(berlin[0] ?? ''), 'Europe/Berlin').time).toBe('03:30');
    const ny = dates(weekly, '2027-03-07T07:30:00.000Z', [1, 2], 'America/New_York');
    expect(ny).toEqual(['2027-03-14T07:30:00.000Z', '2027-03-21T06:30:00.000Z']);
  });

  it('carries seconds of the first start, and numbers sessions from the series start', () => {
    expect(at(weekly, '2026-10-20T16:00:07.250Z', 1, 'Europe/Berlin')).toBe(
      '2026-10-27T17:00:07.250Z',
    );
    const series = { startsAt: '2026-10-20T16:00:00.000Z' } as Series;
    expect(sessionStartAt(series, weekly, 2, 'Europe/Berlin')).toBe('2026-10-27T17:00:00.000Z');
  });

  it('keeps the local time and steps the local date, for any zone, rhythm and start', () => {
    const zones = ['Europe/Berlin', 'America/New_York', 'Australia/Sydney', 'Asia/Kolkata', 'UTC'];
    const rhythms = fc.oneof(
      fc.constant<Rhythm>(weekly),
      fc.constant<Rhythm>(fortnightly),
      fc.integer({ min: 1, max: 40 }).map<Rhythm>((everyDays) => ({
        kind: 'custom',
        everyDays,
        durationMinutes: 60,
      })),
    );
    fc.assert(
      fc.property(
        fc.constantFrom(...zones),
        rhythms,
        fc.integer({ min: 0, max: 4 * 365 }),
        fc.integer({ min: 6 * 60, max: 22 * 60 }),
        fc.integer({ min: 0, max: 80 }),
        (zone, rhythm, dayOffset, minuteOfDay, n) => {
          // A local start between 06:00 and 22:00, away from any zone's change of clocks.
          const day = addDays('2026-01-01', dayOffset);
          const guess = Date.parse(`${day}T00:00:00.000Z`) + minuteOfDay * 60_000;
          const first = new Date(guess).toISOString();
          const local = localParts(guess, zone);
          const occ = localParts(occurrenceStartMs(first, rhythm, n, zone), zone);
          expect(occ.time).toBe(local.time);
          expect(occ.date).toBe(addDays(local.date, n * (rhythmStepDays(rhythm) ?? 0)));
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('zonedInstant at the changes of clocks', () => {
  const iso = (ms: number) => new Date(ms).toISOString();
  it('moves a skipped time forward west of UTC too', () => {
    // 14 Mar 2027 New York: 02:00 EST → 03:00 EDT; 02:30 is read as 03:30 EDT.
    expect(iso(zonedInstant('2027-03-14', '02:30', 'America/New_York'))).toBe(
      '2027-03-14T07:30:00.000Z',
    );
  });
  it('takes the first of a time the autumn change shows twice', () => {
    expect(iso(zonedInstant('2026-10-25', '02:30', 'Europe/Berlin'))).toBe(
      '2026-10-25T00:30:00.000Z',
    );
    expect(iso(zonedInstant('2026-11-01', '01:30', 'America/New_York'))).toBe(
      '2026-11-01T05:30:00.000Z',
    );
  });
});

describe('planSessions in a time zone', () => {
  const crew = (rhythm: Rhythm): Crew => ({
    v: SCHEMA_VERSION,
    id: 'crew-1',
    name: 'Tuesday Crew',
    members: [],
    callerId: 'a',
    rhythm,
    roles: [],
    agreements: [],
    deckIds: [],
    createdAt: '2026-01-01T00:00:00.000Z',
  });
  const series: Series = {
    v: SCHEMA_VERSION,
    id: 'series-1',
    crewId: 'crew-1',
    title: 'Six meetings',
    plannedSessions: 6,
    startsAt: '2026-10-13T16:00:00.000Z',
    createdAt: '2026-10-01T00:00:00.000Z',
  };
  const localTimes = (zone: string, sessions: { startsAt: string }[]) =>
    sessions.map((s) => localParts(Date.parse(s.startsAt), zone));

  it('plans a six-session series at 18:00 Berlin time before and after summer time ends', () => {
    const planned = planSessions(
      crew(weekly),
      series,
      [],
      '2026-10-01T00:00:00.000Z',
      0,
      undefined,
      'Europe/Berlin',
    );
    expect(localTimes('Europe/Berlin', planned)).toEqual(
      ['2026-10-13', '2026-10-20', '2026-10-27', '2026-11-03', '2026-11-10', '2026-11-17'].map(
        (date) => ({ date, time: '18:00' }),
      ),
    );
  });

  it('plans the rest after existing sessions on the same local rhythm dates', () => {
    const all = planSessions(
      crew(weekly),
      series,
      [],
      series.createdAt,
      0,
      undefined,
      'Europe/Berlin',
    );
    const rest = planSessions(
      crew(weekly),
      series,
      all.slice(0, 2),
      '2026-10-22T12:00:00.000Z',
      0,
      undefined,
      'Europe/Berlin',
    );
    expect(rest.map((s) => [s.index, s.startsAt])).toEqual(
      all.slice(2).map((s) => [s.index, s.startsAt]),
    );
    // A crew back after a pause gets its next sessions from the next rhythm date, still 18:00.
    const later = planSessions(
      crew(weekly),
      { ...series, plannedSessions: undefined },
      all.slice(0, 2),
      '2027-04-01T12:00:00.000Z',
      2,
      undefined,
      'Europe/Berlin',
    );
    expect(localTimes('Europe/Berlin', later)).toEqual([
      { date: '2027-04-06', time: '18:00' },
      { date: '2027-04-13', time: '18:00' },
    ]);
  });
});

describe('the next series after a retrospective, in a time zone', () => {
  it('plans the continued series at the crew’s local time after summer time ends', () => {
    const crew: Crew = {
      v: SCHEMA_VERSION,
      id: 'crew-1',
      name: 'Tuesday Crew',
      members: ['a', 'b'].map((id) => ({ id, name: id, joinedAt: '2026-01-01T00:00:00.000Z' })),
      callerId: 'a',
      rhythm: weekly,
      roles: [],
      agreements: [],
      deckIds: [],
      createdAt: '2026-01-01T00:00:00.000Z',
    };
    const finished: Series = {
      v: SCHEMA_VERSION,
      id: 'series-1',
      crewId: 'crew-1',
      title: 'Two meetings',
      plannedSessions: 2,
      startsAt: '2026-10-13T16:00:00.000Z',
      createdAt: '2026-10-01T00:00:00.000Z',
    };
    const held = planSessions(
      crew,
      finished,
      [],
      finished.createdAt,
      0,
      undefined,
      'Europe/Berlin',
    ).map((s) => ({ ...s, status: 'held' as const }));
    const result = continueSeries({
      crew,
      series: finished,
      sessions: held,
      now: '2026-10-21T12:00:00.000Z',
      title: 'Next two',
      timeZone: 'Europe/Berlin',
    });
    expect(
      [result.series, ...result.sessions].map((s) =>
        localParts(Date.parse(s.startsAt), 'Europe/Berlin'),
      ),
    ).toEqual([
      { date: '2026-10-27', time: '18:00' },
      { date: '2026-10-27', time: '18:00' },
      { date: '2026-11-03', time: '18:00' },
    ]);
  });
});
