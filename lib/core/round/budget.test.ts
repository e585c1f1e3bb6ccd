import { describe, expect, it } from 'vitest';
import type { AgendaPhase } from '../model.ts';
import { createAgendaRound, createTurnRound } from './create.ts';
import { applyRoundEvent } from './engine.ts';
import { roundLog } from './log.ts';
import type { RoundEvent, RoundState } from './types.ts';
import { nextChimeAt, nextWarningAt, roundView } from './view.ts';

const MINUTE = 60_000;
const person = (id: string) => ({ personId: id, name: id });

function play(state: RoundState, steps: [number, RoundEvent][]): RoundState {
  return steps.reduce((s, [now, event]) => applyRoundEvent(s, event, now), state);
}

/** Twelve minutes for the round, split among those still to speak. */
function twelveMinutes(ids: string[]): RoundState {
  return createTurnRound({
    id: 'even',
    people: ids.map(person),
    budget: { kind: 'total', ms: 12 * MINUTE },
  });
}

describe('a total split evenly', () => {
  it('shows each person their share before the start', () => {
    expect(roundView(twelveMinutes(['a', 'b', 'c']), 0).upcomingShareMs).toBe(4 * MINUTE);
  });

  it('gives time left unused by an early finisher to those after', () => {
    const state = play(twelveMinutes(['a', 'b', 'c']), [
      [0, { type: 'start' }],
      [3 * MINUTE, { type: 'next' }],
    ]);
    expect(roundView(state, 3 * MINUTE).allowedMs).toBe(4.5 * MINUTE);
  });

  it('does not take one person’s overtime from the others', () => {
    const state = play(twelveMinutes(['a', 'b', 'c']), [
      [0, { type: 'start' }],
      [6 * MINUTE, { type: 'next' }],
    ]);
    expect(roundView(state, 6 * MINUTE).allowedMs).toBe(4 * MINUTE);
  });

  it('recomputes for those waiting when someone joins, keeping the current share', () => {
    const state = play(twelveMinutes(['a', 'b', 'c']), [
      [0, { type: 'start' }],
      [4 * MINUTE, { type: 'next' }],
      [5 * MINUTE, { type: 'join', person: person('d') }],
    ]);
    const view = roundView(state, 5 * MINUTE);
    expect(view.allowedMs).toBe(4 * MINUTE);
    expect(view.upcomingShareMs).toBe(2 * MINUTE);
    const next = applyRoundEvent(state, { type: 'next' }, 8 * MINUTE);
    expect(roundView(next, 8 * MINUTE)).toMatchObject({ allowedMs: 2 * MINUTE });
    expect(roundView(next, 8 * MINUTE).current).toMatchObject({ personId: 'c' });
  });

  it('recomputes when someone leaves before speaking', () => {
    const state = play(twelveMinutes(['a', 'b', 'c', 'd']), [
      [0, { type: 'start' }],
      [3 * MINUTE, { type: 'leave', personId: 'c' }],
    ]);
    expect(roundView(state, 3 * MINUTE).upcomingShareMs).toBe(4.5 * MINUTE);
    expect(roundLog(state, 3 * MINUTE).people.map((p) => p.personId)).toEqual(['a', 'b', 'd']);
  });

  it('recomputes when someone passes for real', () => {
    const state = play(twelveMinutes(['a', 'b', 'c']), [
      [0, { type: 'start' }],
      [0, { type: 'pass' }],
      [MINUTE, { type: 'reorder', order: ['a', 'c'] }],
      [4 * MINUTE, { type: 'next' }],
    ]);
    // a passed once, was moved up again, and passes for real: c gets all that is left.
    expect(roundView(state, 4 * MINUTE).current).toMatchObject({ personId: 'a' });
    expect(roundView(state, 4 * MINUTE).upcomingShareMs).toBe(4 * MINUTE);
    const realPass = applyRoundEvent(state, { type: 'pass' }, 4 * MINUTE);
    expect(roundView(realPass, 4 * MINUTE).current).toMatchObject({ personId: 'c' });
    expect(roundView(realPass, 4 * MINUTE).allowedMs).toBe(8 * MINUTE);
    expect(roundLog(realPass, 5 * MINUTE).people.map((p) => [p.personId, p.passed])).toEqual([
      ['b', false],
      ['a', true],
      ['c', false],
    ]);
  });

  it('gives a person who passed to the end a fresh share when their turn comes', () => {
    const state = play(twelveMinutes(['a', 'b', 'c', 'd']), [
      [0, { type: 'start' }],
      [10_000, { type: 'pass' }],
      [10_000, { type: 'leave', personId: 'd' }],
      [MINUTE + 10_000, { type: 'next' }],
      [2 * MINUTE + 10_000, { type: 'next' }],
    ]);
    // b and c used one minute each; a's 10 s count against a's fresh share of 10 minutes.
    const view = roundView(state, 2 * MINUTE + 10_000);
    expect(view.current).toMatchObject({ personId: 'a' });
    expect(view).toMatchObject({ allowedMs: 10 * MINUTE, remainingMs: 10 * MINUTE - 10_000 });
  });

  it('rounds shares down to whole seconds', () => {
    const state = createTurnRound({
      id: 'odd',
      people: ['a', 'b', 'c'].map(person),
      budget: { kind: 'total', ms: 10 * MINUTE },
    });
    expect(roundView(state, 0).upcomingShareMs).toBe(200_000);
  });
});

describe('join and leave', () => {
  const started = play(twelveMinutes(['a', 'b', 'c']), [[0, { type: 'start' }]]);

  it('ignores a person already in the round and leaving the current speaker', () => {
    expect(applyRoundEvent(started, { type: 'join', person: person('b') }, 1)).toEqual(started);
    expect(applyRoundEvent(started, { type: 'leave', personId: 'a' }, 1)).toEqual(started);
  });

  it('keeps in the log someone who had the floor, then left', () => {
    const state = play(started, [
      [5_000, { type: 'pass' }],
      [6_000, { type: 'leave', personId: 'a' }],
    ]);
    const log = roundLog(state, 6_000);
    expect(log.people.map((p) => [p.personId, p.spokeMs, p.left])).toEqual([
      ['a', 5_000, true],
      ['b', 1_000, false],
      ['c', 0, false],
    ]);
    const back = applyRoundEvent(state, { type: 'join', person: person('a') }, 7_000);
    expect(roundView(back, 7_000).upcoming.map((s) => s.kind === 'turn' && s.personId)).toEqual([
      'c',
      'a',
    ]);
  });
});

describe('an agenda round', () => {
  const caseClinic: AgendaPhase[] = [
    ['set-up', 3],
    ['intention', 10],
    ['stillness', 2],
    ['mirroring', 10],
    ['dialogue', 20],
    ['closing', 10],
  ].map(([id, minutes]) => ({
    id: String(id),
    title: String(id),
    guidance: '',
    minutes: Number(minutes),
    kind: id === 'closing' ? 'round' : 'phase',
  }));

  it('runs each phase for its own minutes', () => {
    const state = play(createAgendaRound({ id: 'cc', phases: caseClinic, warnBeforeEndMs: 0 }), [
      [0, { type: 'start' }],
      [3 * MINUTE, { type: 'next' }],
    ]);
    const view = roundView(state, 4 * MINUTE);
    expect(view.current).toMatchObject({ phaseId: 'intention', minutes: 10 });
    expect(view.remainingMs).toBe(9 * MINUTE);
    expect(view.upcomingShareMs).toBeNull();
    expect(nextChimeAt(state)).toBe(13 * MINUTE);
    expect(nextWarningAt(state)).toBeNull();
    expect(roundLog(state, 4 * MINUTE).phases[0]).toEqual({
      phaseId: 'set-up',
      title: 'set-up',
      spentMs: 3 * MINUTE,
      overtimeMs: 0,
      skipped: false,
    });
  });

  it('does not let a person join a list of phases, nor pass a phase', () => {
    const state = play(createAgendaRound({ id: 'cc', phases: caseClinic }), [
      [0, { type: 'start' }],
    ]);
    expect(applyRoundEvent(state, { type: 'join', person: person('x') }, 1)).toEqual(state);
    expect(applyRoundEvent(state, { type: 'pass' }, 1)).toEqual(state);
  });

  it('warns before a phase ends', () => {
    const state = play(
      createAgendaRound({ id: 'cc', phases: caseClinic, warnBeforeEndMs: 30_000 }),
      [[0, { type: 'start' }]],
    );
    expect(nextWarningAt(state)).toBe(150_000);
  });
});
