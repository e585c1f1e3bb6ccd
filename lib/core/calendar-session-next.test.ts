// The session added at a series' end when one is skipped or cancelled starts at the crew's local
// time across daylight-saving changes (issue 9). Zones are explicit, so these hold on any machine.
// EU 2026: summer time ends Sun 25 Oct, starts Sun 29 Mar; US 2026: ends Sun 1 Nov, starts Sun 8 Mar.
import { describe, expect, it } from 'vitest';
import { book, crew, idMaker, planned, series } from '../../tests/support/calendar-book';
import { cancelInstance, skipSession } from './calendar-session';
import { nextStartInZone } from './calendar-session-next';
import type { Rhythm, Session } from './model';

const weekly: Rhythm = { kind: 'weekly', durationMinutes: 60 };
const monthly: Rhythm = { kind: 'monthly', durationMinutes: 60 };
const BERLIN = 'Europe/Berlin';
const NEW_YORK = 'America/New_York';

describe('one rhythm step after the last session, in the user zone', () => {
  it('Berlin, autumn: Tuesday 18:00 stays 18:00 after the clocks go back (16:00 → 17:00 UTC)', () => {
    expect(nextStartInZone('2026-10-20T16:00:00.000Z', weekly, BERLIN)).toBe(
      '2026-10-27T17:00:00.000Z',
    );
  });

  it('Berlin, spring: 18:00 stays 18:00 after the clocks go forward (17:00 → 16:00 UTC)', () => {
    expect(nextStartInZone('2026-03-24T17:00:00.000Z', weekly, BERLIN)).toBe(
      '2026-03-31T16:00:00.000Z',
    );
  });

  it('New York, autumn and spring: 18:00 local either side of the change', () => {
    expect(nextStartInZone('2026-10-27T22:00:00.000Z', weekly, NEW_YORK)).toBe(
      '2026-11-03T23:00:00.000Z',
    );
    expect(nextStartInZone('2026-03-03T23:00:00.000Z', weekly, NEW_YORK)).toBe(
      '2026-03-10T22:00:00.000Z',
    );
  });

  it('the weeks between the EU and the US change: each zone keeps its own local time', () => {
    // Tue 27 Oct 2026 12:00 in New York is 16:00 UTC; Berlin has changed, New York not yet
    expect(nextStartInZone('2026-10-27T16:00:00.000Z', weekly, NEW_YORK)).toBe(
      '2026-11-03T17:00:00.000Z',
    );
    expect(nextStartInZone('2026-10-20T16:00:00.000Z', weekly, NEW_YORK)).toBe(
      '2026-10-27T16:00:00.000Z',
    );
  });

  it('fortnightly and custom steps, and no change where the zone keeps no summer time', () => {
    const fortnightly: Rhythm = { kind: 'fortnightly', durationMinutes: 60 };
    const tenDays: Rhythm = { kind: 'custom', everyDays: 10, durationMinutes: 60 };
    expect(nextStartInZone('2026-10-20T16:00:00.000Z', fortnightly, BERLIN)).toBe(
      '2026-11-03T17:00:00.000Z',
    );
    expect(nextStartInZone('2026-10-20T16:00:00.000Z', tenDays, BERLIN)).toBe(
      '2026-10-30T17:00:00.000Z',
    );
    expect(nextStartInZone('2026-10-20T09:00:00.000Z', weekly, 'Asia/Tokyo')).toBe(
      '2026-10-27T09:00:00.000Z',
    );
  });

  it('monthly: the same day next month at the same local time, clamped to the month end', () => {
    expect(nextStartInZone('2026-02-24T23:00:00.000Z', monthly, NEW_YORK)).toBe(
      '2026-03-24T22:00:00.000Z',
    );
    expect(nextStartInZone('2026-01-31T17:00:00.000Z', monthly, BERLIN)).toBe(
      '2026-02-28T17:00:00.000Z',
    );
    // the local day counts, not the UTC one: 23:30 on 31 Oct in New York is 1 Nov in UTC
    expect(nextStartInZone('2026-11-01T03:30:00.000Z', monthly, NEW_YORK)).toBe(
      '2026-12-01T04:30:00.000Z',
    );
  });
});

describe('a skip or a cancelled instance in the autumn of a Berlin crew', () => {
  // Three Tuesdays at 18:00 in Berlin: 6, 13 and 20 October 2026, summer time (16:00 UTC)
  const at = (n: number, day: number) =>
    planned(n, `2026-10-${String(day).padStart(2, '0')}T16:00:00.000Z`);
  const autumn = () => ({
    ...book([at(1, 6), at(2, 13), at(3, 20)], [{ ...series, plannedSessions: 3 }]),
    crew: { ...crew, rhythm: weekly },
  });
  const added = (sessions: readonly Session[]) => sessions.find((s) => s.id === 'new1');

  it('the session added for a skip is on Tuesday 27 October at 18:00 Berlin time (17:00 UTC)', () => {
    const writes = skipSession(autumn(), 's2', idMaker(), BERLIN);
    expect(added(writes.sessions)?.startsAt).toBe('2026-10-27T17:00:00.000Z');
    // for a user in New York the same sessions are at noon, and no change falls in that week
    const there = skipSession(autumn(), 's2', idMaker(), NEW_YORK);
    expect(added(there.sessions)?.startsAt).toBe('2026-10-27T16:00:00.000Z');
  });

  it('so is the one added for an instance the calendar cancelled', () => {
    const b = autumn();
    const tagged = b.sessions.map((s) => ({
      ...s,
      calendarRef: {
        calendarId: 'c@g',
        eventId: `rec_${s.id}`,
        recurringEventId: 'rec',
        start: s.startsAt,
      },
    }));
    const writes = cancelInstance({ ...b, sessions: tagged }, 'rec_s1', idMaker(), BERLIN);
    expect(added(writes.sessions)?.startsAt).toBe('2026-10-27T17:00:00.000Z');
  });
});
