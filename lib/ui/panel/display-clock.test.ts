import { describe, expect, it } from 'vitest';
import { applyRoundEvent, createTurnRound, type RoundState } from '../../core/round';
import { displayKey, nextDisplayChangeAt, nextPanelChangeAt, panelKey } from './display-clock';

const people = ['ana', 'ben'].map((id) => ({ personId: id, name: id }));

function started(perPersonMs: number, warnBeforeEndMs = 0, autoAdvance = false): RoundState {
  const ready = createTurnRound({
    id: 'r1',
    people,
    budget: { kind: 'per-person', ms: perPersonMs },
    warnBeforeEndMs,
    autoAdvance,
  });
  return applyRoundEvent(ready, { type: 'start' }, 1_000);
}

/**
 * Follows the clock as the countdown does (Date.now is whole milliseconds; the timer is aimed at
 * the next whole millisecond at or after the predicted change) and checks every change of the
 * screen happens exactly at a wake: never between two wakes.
 */
function checkEveryChange(round: RoundState, from: number, to: number): number {
  let changes = 0;
  let at = from;
  while (at < to) {
    const next = nextDisplayChangeAt(round, at);
    expect(next).not.toBeNull();
    const wake = at + Math.max(1, Math.ceil((next as number) - at));
    // Nothing changes before the predicted moment...
    for (let probe = at + 1; probe < wake; probe += 1) {
      expect(displayKey(round, probe)).toBe(displayKey(round, at));
    }
    // ...and something does at it.
    expect(displayKey(round, wake)).not.toBe(displayKey(round, at));
    changes += 1;
    at = wake;
  }
  return changes;
}

describe('the next moment the countdown changes', () => {
  it('is each rollover of the shown second, never earlier or later', () => {
    const round = started(10_000);
    // 10 s of turn: "0:10" .. "0:01" then "0:00"/overtime and five overtime seconds.
    expect(checkEveryChange(round, 1_000, 16_000)).toBeGreaterThanOrEqual(15);
    expect(nextDisplayChangeAt(round, 1_000)).toBe(2_000);
    expect(nextDisplayChangeAt(round, 1_400)).toBe(2_000);
  });

  it('stops at the soft warning when it comes between two seconds', () => {
    const round = started(10_000, 2_500);
    expect(nextDisplayChangeAt(round, 8_000)).toBe(8_500);
    checkEveryChange(round, 1_000, 12_000);
  });

  it('follows a turn of a fractional length and auto-advance to the next speaker', () => {
    const round = started(3_333.5, 0, true);
    checkEveryChange(round, 1_000, 7_000);
  });

  it('is null while nothing moves by the clock: paused, ended, not started', () => {
    const round = started(10_000);
    expect(nextDisplayChangeAt(applyRoundEvent(round, { type: 'pause' }, 3_000), 4_000)).toBeNull();
    expect(nextDisplayChangeAt(applyRoundEvent(round, { type: 'end' }, 3_000), 4_000)).toBeNull();
    expect(nextDisplayChangeAt(null, 4_000)).toBeNull();
  });
});

describe('what the panel around the countdown shows', () => {
  it('stays the same while the seconds run, and changes at the warning, the end and the next speaker', () => {
    const round = started(10_000, 3_000, true);
    // Seconds tick in the countdown only.
    expect(displayKey(round, 2_500)).not.toBe(displayKey(round, 4_500));
    expect(panelKey(round, 2_500)).toBe(panelKey(round, 4_500));
    // The soft warning (3 s before the end at 11 s), then the next speaker by auto-advance.
    expect(panelKey(round, 7_900)).not.toBe(panelKey(round, 8_100));
    expect(panelKey(round, 10_900)).not.toBe(panelKey(round, 11_100));
  });
});

describe('the next moment the panel around the countdown changes', () => {
  /** Walks the clock by the panel's own wakes and checks the panel never changes between two. */
  function checkPanelWakes(round: RoundState, from: number, to: number): number {
    let wakes = 0;
    let at = from;
    while (at < to) {
      const next = nextPanelChangeAt(round, at);
      const wake = next === null ? to : at + Math.max(1, Math.ceil(next - at));
      for (let probe = at + 1; probe < Math.min(wake, to); probe += 7) {
        expect(panelKey(round, probe)).toBe(panelKey(round, at));
      }
      wakes += 1;
      at = wake;
    }
    return wakes;
  }

  it('is the warning and the end of each turn, not every second', () => {
    const round = started(10_000, 3_000, true);
    // Two turns of 10 s with a warning each: a handful of wakes, not twenty.
    expect(checkPanelWakes(round, 1_000, 21_500)).toBeLessThanOrEqual(8);
    expect(nextPanelChangeAt(round, 2_000)).toBe(8_000);
    expect(nextPanelChangeAt(round, 8_500)).toBe(11_000);
  });

  it('without a warning or auto-advance: the end of the turn, then nothing until an event', () => {
    const round = started(10_000);
    expect(nextPanelChangeAt(round, 1_000)).toBe(11_000);
    expect(nextPanelChangeAt(round, 11_000)).toBe(11_001);
    expect(nextPanelChangeAt(round, 12_000)).toBeNull();
    checkPanelWakes(round, 1_000, 20_000);
    expect(nextPanelChangeAt(applyRoundEvent(round, { type: 'pause' }, 3_000), 4_000)).toBeNull();
  });
});
