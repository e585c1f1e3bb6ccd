import { describe, expect, it } from 'vitest';
import { createTurnRound } from './create.ts';
import { applyRoundEvent } from './engine.ts';
import { roundLog } from './log.ts';
import type { RoundEvent, RoundState, Slot } from './types.ts';
import { nextChimeAt, roundView } from './view.ts';

const MINUTE = 60_000;
const people = ['ana', 'ben', 'cleo', 'dev'].map((id) => ({
  personId: id,
  name: id.toUpperCase(),
}));

function round(count = 3, perPersonMs = MINUTE, warnBeforeEndMs = 10_000): RoundState {
  return createTurnRound({
    id: 'r1',
    people: people.slice(0, count),
    budget: { kind: 'per-person', ms: perPersonMs },
    warnBeforeEndMs,
  });
}

/** Applies [time, event] pairs in order, as the panel would with a real clock. */
function play(state: RoundState, steps: [number, RoundEvent][]): RoundState {
  return steps.reduce((s, [now, event]) => applyRoundEvent(s, event, now), state);
}

const names = (slots: Slot[]) => slots.map((slot) => (slot.kind === 'turn' ? slot.personId : ''));

describe('a running turn', () => {
  it('counts down from the start and warns before the end', () => {
    const state = play(round(), [[1_000, { type: 'start' }]]);
    const at30s = roundView(state, 31_000);
    expect(at30s.current).toEqual({ kind: 'turn', personId: 'ana', name: 'ANA' });
    expect(at30s.remainingMs).toBe(30_000);
    expect(at30s.slotElapsedMs).toBe(30_000);
    expect(at30s.warningDue).toBe(false);
    expect(roundView(state, 51_000).warningDue).toBe(true);
    expect(names(at30s.upcoming)).toEqual(['ben', 'cleo']);
    expect(nextChimeAt(state)).toBe(61_000);
  });

  it('never shows negative remaining time: overtime counts up instead', () => {
    const state = play(round(), [[0, { type: 'start' }]]);
    const late = roundView(state, 75_000);
    expect(late.remainingMs).toBe(0);
    expect(late.overtimeMs).toBe(15_000);
    expect(late.turnEnded).toBe(true);
    expect(late.warningDue).toBe(false);
    expect(late.current).toMatchObject({ personId: 'ana' });
  });
});

describe('pauses', () => {
  it('move the end of a turn by exactly the paused time', () => {
    const state = play(round(), [
      [0, { type: 'start' }],
      [50_000, { type: 'pause' }],
    ]);
    expect(roundView(state, 70_000)).toMatchObject({ isPaused: true, remainingMs: 10_000 });
    expect(nextChimeAt(state)).toBeNull();
    const resumed = applyRoundEvent(state, { type: 'resume' }, 80_000);
    expect(nextChimeAt(resumed)).toBe(90_000);
    expect(roundView(resumed, 89_000)).toMatchObject({ remainingMs: 1_000, overtimeMs: 0 });
    expect(roundView(resumed, 95_000)).toMatchObject({ remainingMs: 0, overtimeMs: 5_000 });
    expect(roundView(resumed, 95_000).roundPausedMs).toBe(30_000);
  });

  it('freeze overtime while paused after the end of a turn', () => {
    const state = play(round(), [
      [0, { type: 'start' }],
      [65_000, { type: 'pause' }],
    ]);
    expect(roundView(state, 300_000).overtimeMs).toBe(5_000);
    const resumed = applyRoundEvent(state, { type: 'resume' }, 300_000);
    expect(roundView(resumed, 302_000).overtimeMs).toBe(7_000);
    expect(roundView(resumed, 302_000).roundElapsedMs).toBe(302_000);
  });

  it('carry over to the next speaker: next while paused keeps the clock still', () => {
    const state = play(round(), [
      [0, { type: 'start' }],
      [20_000, { type: 'pause' }],
      [25_000, { type: 'next' }],
    ]);
    const view = roundView(state, 40_000);
    expect(view).toMatchObject({ isPaused: true, remainingMs: MINUTE, slotElapsedMs: 0 });
    expect(view.current).toMatchObject({ personId: 'ben' });
    expect(view.elapsedBySlot).toMatchObject({ ana: 20_000, ben: 0 });
  });
});

describe('pass', () => {
  it('moves the person to speak last, then counts a second pass as a real pass', () => {
    const state = play(round(), [
      [0, { type: 'start' }],
      [2_000, { type: 'pass' }],
    ]);
    let view = roundView(state, 2_000);
    expect(view.current).toMatchObject({ personId: 'ben' });
    expect(names(view.upcoming)).toEqual(['cleo', 'ana']);
    const later = play(state, [
      [62_000, { type: 'next' }],
      [122_000, { type: 'next' }],
    ]);
    view = roundView(later, 122_000);
    expect(view.current).toMatchObject({ personId: 'ana' });
    // Ana's two seconds before passing count against her turn.
    expect(view.remainingMs).toBe(58_000);
    const passedAgain = applyRoundEvent(later, { type: 'pass' }, 130_000);
    expect(roundView(passedAgain, 130_000).hasEnded).toBe(true);
    const log = roundLog(passedAgain, 130_000);
    expect(log.people.find((p) => p.personId === 'ana')).toMatchObject({
      passed: true,
      spokeMs: 10_000,
    });
    expect(log.spokenOrder).toEqual(['ben', 'cleo']);
  });

  it('at the last slot is a real pass and ends the round', () => {
    const state = play(round(2), [
      [0, { type: 'start' }],
      [60_000, { type: 'next' }],
      [61_000, { type: 'pass' }],
    ]);
    const view = roundView(state, 90_000);
    expect(view.hasEnded).toBe(true);
    expect(view.done).toEqual([
      { slot: { kind: 'turn', personId: 'ana', name: 'ANA' }, status: 'done', spentMs: 60_000 },
      { slot: { kind: 'turn', personId: 'ben', name: 'BEN' }, status: 'passed', spentMs: 1_000 },
    ]);
    expect(roundLog(state, 90_000).people.map((p) => p.passed)).toEqual([false, true]);
    expect(roundLog(state, 90_000).elapsedMs).toBe(61_000);
  });
});

describe('reorder', () => {
  it('changes the order of those still to speak in the middle of a round', () => {
    const state = play(round(4), [
      [0, { type: 'start' }],
      [10_000, { type: 'reorder', order: ['dev', 'ben', 'cleo'] }],
      [30_000, { type: 'next' }],
    ]);
    const view = roundView(state, 30_000);
    expect(view.current).toMatchObject({ personId: 'dev' });
    expect(names(view.upcoming)).toEqual(['ben', 'cleo']);
  });

  it('ignores an order that moves the current speaker or drops someone', () => {
    const started = play(round(4), [[0, { type: 'start' }]]);
    const movesCurrent = applyRoundEvent(
      started,
      { type: 'reorder', order: ['ana', 'dev', 'ben', 'cleo'] },
      1,
    );
    expect(movesCurrent).toEqual(started);
    expect(applyRoundEvent(started, { type: 'reorder', order: ['dev', 'ben'] }, 1)).toEqual(
      started,
    );
  });

  it('can change who starts before the round begins', () => {
    const state = applyRoundEvent(round(), { type: 'reorder', order: ['cleo', 'ana', 'ben'] }, 0);
    expect(names(roundView(state, 0).upcoming)).toEqual(['cleo', 'ana', 'ben']);
  });
});

describe('add time', () => {
  it('before the end extends the turn', () => {
    const state = play(round(), [
      [0, { type: 'start' }],
      [40_000, { type: 'addTime', ms: 30_000 }],
    ]);
    expect(roundView(state, 40_000).remainingMs).toBe(50_000);
    expect(nextChimeAt(state)).toBe(90_000);
  });

  it('in overtime gives that much time from now and keeps the overtime in the log', () => {
    const state = play(round(), [
      [0, { type: 'start' }],
      [75_000, { type: 'addTime', ms: 30_000 }],
    ]);
    expect(roundView(state, 75_000)).toMatchObject({ remainingMs: 30_000, overtimeMs: 0 });
    expect(roundView(state, 110_000)).toMatchObject({ remainingMs: 0, overtimeMs: 5_000 });
    const ana = roundLog(state, 110_000).people[0];
    expect(ana).toMatchObject({ spokeMs: 110_000, overtimeMs: 20_000, addedMs: 30_000 });
  });

  it('ignores zero, negative and non-finite amounts', () => {
    const state = play(round(), [[0, { type: 'start' }]]);
    for (const ms of [0, -5_000, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(
        roundView(applyRoundEvent(state, { type: 'addTime', ms }, 1_000), 1_000).remainingMs,
      ).toBe(59_000);
    }
  });
});

describe('back', () => {
  it('returns to the previous speaker with their time so far', () => {
    const state = play(round(), [
      [0, { type: 'start' }],
      [50_000, { type: 'next' }],
      [60_000, { type: 'back' }],
    ]);
    const view = roundView(state, 65_000);
    expect(view.current).toMatchObject({ personId: 'ana' });
    expect(view.remainingMs).toBe(5_000);
    expect(view.elapsedBySlot).toMatchObject({ ana: 55_000, ben: 10_000 });
    const forward = applyRoundEvent(state, { type: 'next' }, 70_000);
    expect(roundView(forward, 70_000)).toMatchObject({
      remainingMs: 50_000,
      slotElapsedMs: 10_000,
    });
  });

  it('reopens a round ended by a click too many, counting the gap as paused', () => {
    const state = play(round(1), [
      [0, { type: 'start' }],
      [30_000, { type: 'next' }],
      [40_000, { type: 'back' }],
    ]);
    const view = roundView(state, 45_000);
    expect(view).toMatchObject({ hasEnded: false, slotElapsedMs: 35_000, roundPausedMs: 10_000 });
  });

  it('does nothing on the first speaker', () => {
    const state = play(round(), [[0, { type: 'start' }]]);
    expect(applyRoundEvent(state, { type: 'back' }, 5_000)).toEqual(state);
  });
});
