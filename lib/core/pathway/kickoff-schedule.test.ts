import { describe, expect, it } from 'vitest';
import { type RoundRecord, SCHEMA_VERSION, type Session } from '../model';
import { planRotation } from '../rotation';
import { applyRoundEvent, createAgendaRound, type RoundState } from '../round';
import { STARTER_SERIES } from '../starter-series';
import {
  type KickoffSchedule,
  scheduleIntoSeries,
  scheduleOfMeetings,
  schedulePhaseOn,
} from './kickoff-schedule';
import { crewOfFour, sessionsOf, starterSeries } from './test-data';

const crew = crewOfFour();
const series = starterSeries(crew);
const [m1, m2, m3, m4] = crew.members.map((m) => m.id);
// The kickoff (session 1, 6 Oct 2026, a Tuesday) held, five sessions planned weekly after it.
const afterKickoff = sessionsOf(crew, series, [{ hostIndex: 0 }]);
const kickoffId = afterKickoff[0]?.id ?? '';
const byIndex = (sessions: Session[], index: number) => sessions.find((s) => s.index === index);
const apply = (sessions: Session[], schedule: KickoffSchedule | undefined) =>
  scheduleIntoSeries(crew, sessions, kickoffId, schedule);
const merged = (sessions: Session[], written: Session[]) =>
  sessions.map((s) => written.find((w) => w.id === s.id) ?? s);

// Every other Tuesday at 19:00 in Berlin from 20 October: summer time ends on 25 October 2026.
const fortnightly: KickoffSchedule = {
  nextDate: '2026-10-20',
  time: '19:00',
  everyWeeks: 2,
  timeZone: 'Europe/Berlin',
};

function meeting(schedule: KickoffSchedule | undefined, createdAt: string): RoundRecord {
  return {
    v: SCHEMA_VERSION,
    id: `r-${createdAt}`,
    crewId: crew.id,
    sessionId: kickoffId,
    kind: 'agenda',
    createdAt,
    ...(schedule ? { schedule } : {}),
    state: {},
  };
}

describe("the kickoff's schedule", () => {
  it('is asked for in the "Schedule and hosting" phase only', () => {
    const kickoff = STARTER_SERIES.sessions[0]?.agenda ?? [];
    const people = crew.members.map((m) => ({ personId: m.id, name: m.name }));
    let state: RoundState = createAgendaRound({ id: 'k', phases: kickoff, people });
    const seen = [schedulePhaseOn(state)];
    state = applyRoundEvent(state, { type: 'start' }, 0);
    for (const phase of kickoff) {
      seen.push(schedulePhaseOn(state));
      state = applyRoundEvent(state, { type: 'skipPhase', phaseId: phase.id }, 1000);
    }
    expect(seen).toEqual([false, false, false, false, true, false]);
  });

  it('leaves the series as it is when none was noted', () => {
    expect(scheduleOfMeetings([meeting(undefined, '2026-10-06T18:00:00Z')], kickoffId)).toBe(
      undefined,
    );
    expect(apply(afterKickoff, undefined)).toBeUndefined();
  });

  it("moves the coming sessions to the agreed dates at the crew's time, across daylight saving", () => {
    const written = apply(afterKickoff, fortnightly);
    const after = merged(afterKickoff, written?.sessions ?? []);
    expect(after.map((s) => [s.index, s.startsAt])).toEqual([
      [1, '2026-10-06T17:30:00.000Z'],
      // 19:00 summer time is 17:00 UTC; 19:00 winter time 18:00 UTC.
      [2, '2026-10-20T17:00:00.000Z'],
      [3, '2026-11-03T18:00:00.000Z'],
      [4, '2026-11-17T18:00:00.000Z'],
      [5, '2026-12-01T18:00:00.000Z'],
      [6, '2026-12-15T18:00:00.000Z'],
    ]);
    expect(written?.crew?.rhythm).toEqual({ kind: 'fortnightly', durationMinutes: 60 });
    // The kickoff itself is not rewritten.
    expect(written?.sessions.map((s) => s.index)).toEqual([2, 3, 4, 5, 6]);
  });

  it('never moves a held session, and starts after the last one held', () => {
    const twoHeld = sessionsOf(crew, series, [{ hostIndex: 0 }, { hostIndex: 1 }]);
    const early = { ...fortnightly, nextDate: '2026-10-08', everyWeeks: 1, time: '18:30' };
    const written = apply(twoHeld, early);
    expect(written?.sessions.some((s) => s.status === 'held')).toBe(false);
    const after = merged(twoHeld, written?.sessions ?? []);
    expect(byIndex(after, 2)?.startsAt).toBe('2026-10-13T17:30:00.000Z');
    // 8 October is before session 2 (13 October): the schedule's dates begin on the 15th.
    expect(after.slice(2).map((s) => s.startsAt.slice(0, 16))).toEqual([
      '2026-10-15T16:30',
      '2026-10-22T16:30',
      '2026-10-29T17:30',
      '2026-11-05T17:30',
    ]);
    expect(written?.crew).toBeUndefined();
  });

  it('begins after the kickoff when the next meeting noted lies long before it', () => {
    const yearBefore = { ...fortnightly, nextDate: '2025-10-21' };
    const after = merged(afterKickoff, apply(afterKickoff, yearBefore)?.sessions ?? []);
    // Every other Tuesday from 21 October 2025 falls on 20 October 2026 again: the first after
    // the kickoff (6 October 2026, itself no such Tuesday).
    expect(after.slice(1).map((s) => s.startsAt.slice(0, 10))).toEqual([
      '2026-10-20',
      '2026-11-03',
      '2026-11-17',
      '2026-12-01',
      '2026-12-15',
    ]);
  });

  it('keeps the one set last, and changes nothing when written again', () => {
    const weekly = { ...fortnightly, everyWeeks: 1, time: '20:00' };
    const rounds = [
      meeting(fortnightly, '2026-10-06T17:31:00Z'),
      meeting(weekly, '2026-10-06T17:45:00Z'),
      meeting(undefined, '2026-10-06T18:10:00Z'),
    ];
    expect(scheduleOfMeetings(rounds, kickoffId)).toEqual(weekly);
    const first = apply(afterKickoff, scheduleOfMeetings(rounds, kickoffId));
    expect(byIndex(first?.sessions ?? [], 3)?.startsAt).toBe('2026-10-27T19:00:00.000Z');
    const written = merged(afterKickoff, first?.sessions ?? []);
    const again = scheduleIntoSeries(
      first?.crew ?? crew,
      written,
      kickoffId,
      scheduleOfMeetings(rounds, kickoffId),
    );
    expect(again).toEqual({ sessions: [] });
  });

  it('pins a host only where the crew chose someone other than the rotation', () => {
    const hostIds = [m3, m2, m4, m1, m4] as string[];
    const written = apply(afterKickoff, { ...fortnightly, hostIds });
    const after = merged(afterKickoff, written?.sessions ?? []);
    const plan = planRotation({ crew, sessions: after });
    expect(after.slice(1).map((s) => plan.find((a) => a.sessionId === s.id)?.hostId)).toEqual(
      hostIds,
    );
    // Sessions 3, 4 and 5 follow from the rotation once session 2 is Ines's.
    expect(after.map((s) => s.pinnedHostId)).toEqual([
      undefined,
      m3,
      undefined,
      undefined,
      undefined,
      m4,
    ]);
  });

  it("keeps a calendar event's time, and numbers the coming sessions in date order", () => {
    const tagged = afterKickoff.map((s) =>
      s.index === 4
        ? {
            ...s,
            calendarRef: { calendarId: 'primary', eventId: 'e4', start: s.startsAt },
          }
        : s,
    );
    const after = merged(tagged, apply(tagged, fortnightly)?.sessions ?? []);
    const order = [...after].sort((a, b) => a.index - b.index);
    expect(order.map((s) => [s.index, s.id.slice(-1), s.startsAt.slice(0, 10)])).toEqual([
      [1, '1', '2026-10-06'],
      [2, '2', '2026-10-20'],
      // Session 4's event (27 October) now comes third.
      [3, '4', '2026-10-27'],
      [4, '3', '2026-11-03'],
      [5, '5', '2026-11-17'],
      [6, '6', '2026-12-01'],
    ]);
  });
});
