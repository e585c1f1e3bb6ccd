// Ending a round: by hand, by auto-advance, and with a clock that misbehaves.
import { describe, expect, it } from 'vitest';
import { createTurnRound } from './create.ts';
import { applyRoundEvent } from './engine.ts';
import { roundLog } from './log.ts';
import type { RoundEvent, RoundState, Slot } from './types.ts';
import { roundView } from './view.ts';

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

describe('end', () => {
  it('mid-turn logs the current speaker and leaves the rest unreached', () => {
    const state = play(round(), [
      [0, { type: 'start' }],
      [60_000, { type: 'next' }],
      [90_000, { type: 'end' }],
    ]);
    const view = roundView(state, 500_000);
    expect(view).toMatchObject({ hasEnded: true, current: null, roundElapsedMs: 90_000 });
    expect(names(view.upcoming)).toEqual(['cleo']);
    const log = roundLog(state, 500_000);
    expect(log.spokenOrder).toEqual(['ana', 'ben']);
    expect(log.people.map((p) => [p.personId, p.spokeMs, p.passed])).toEqual([
      ['ana', 60_000, false],
      ['ben', 30_000, false],
      ['cleo', 0, false],
    ]);
    expect(applyRoundEvent(state, { type: 'next' }, 600_000)).toEqual(state);
  });

  it('while paused ends at the pause and counts the pause', () => {
    const state = play(round(), [
      [0, { type: 'start' }],
      [10_000, { type: 'pause' }],
      [25_000, { type: 'end' }],
    ]);
    expect(roundLog(state, 30_000)).toMatchObject({ elapsedMs: 25_000, pausedMs: 15_000 });
  });
});

describe('auto-advance', () => {
  const auto = () => ({ ...round(2), autoAdvance: true });

  it('is off by default', () => {
    expect(round().autoAdvance).toBe(false);
  });

  it('moves on at each turn end, exactly, and ends after the last', () => {
    const state = play(auto(), [[0, { type: 'start' }]]);
    const view = roundView(state, 70_000);
    expect(view.current).toMatchObject({ personId: 'ben' });
    expect(view.slotElapsedMs).toBe(10_000);
    const later = applyRoundEvent(state, { type: 'tick' }, 130_000);
    expect(later).toMatchObject({ status: 'ended', endedAt: 120_000 });
  });

  it('waits for the pause to end', () => {
    const state = play(auto(), [
      [0, { type: 'start' }],
      [30_000, { type: 'pause' }],
      [90_000, { type: 'resume' }],
    ]);
    expect(roundView(state, 119_000).current).toMatchObject({ personId: 'ana' });
    expect(roundView(state, 121_000).current).toMatchObject({ personId: 'ben' });
  });
});

it('keeps durations at zero or more when the clock steps backwards', () => {
  const state = play(round(), [
    [10_000, { type: 'start' }],
    [5_000, { type: 'next' }],
  ]);
  expect(roundView(state, 1_000).elapsedBySlot).toMatchObject({ ana: 0, ben: 0 });
});
