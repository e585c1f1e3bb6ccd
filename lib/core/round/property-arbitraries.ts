// What the round engine's property tests share (engine.property.test.ts, meeting.property.test.ts;
// not shipped): the events anyone in a round can cause, the people they are about, the timed
// steps that apply them, and the replay that checks invariants after every step.
import fc from 'fast-check';
import { applyRoundEvent } from './engine.ts';
import type { RoundEvent, RoundState } from './types.ts';

/** People as the engine takes them: the id doubles as the name. */
export const peopleOf = (ids: readonly string[]) => ids.map((id) => ({ personId: id, name: id }));

/**
 * The events of any round: the controls, extra time (a negative or zero amount included, which
 * the engine must refuse), and people of `pool` joining and leaving. Spread into `fc.oneof` with
 * the events a test adds, so each kind stays equally likely.
 */
export function roundEventArbs(pool: readonly string[]): fc.Arbitrary<RoundEvent>[] {
  return [
    fc.constantFrom<RoundEvent>(
      { type: 'start' },
      { type: 'pause' },
      { type: 'resume' },
      { type: 'next' },
      { type: 'back' },
      { type: 'pass' },
      { type: 'end' },
      { type: 'tick' },
    ),
    fc.integer({ min: -1_000, max: 120_000 }).map((ms): RoundEvent => ({ type: 'addTime', ms })),
    fc
      .constantFrom(...pool)
      .map((id): RoundEvent => ({ type: 'join', person: { personId: id, name: id } })),
    fc.constantFrom(...pool).map((id): RoundEvent => ({ type: 'leave', personId: id })),
  ];
}

export interface Step<E> {
  afterMs: number;
  event: E;
}

/** Up to 40 events, each up to `maxGapMs` after the one before. */
export function stepsArb<E>(event: fc.Arbitrary<E>, maxGapMs: number): fc.Arbitrary<Step<E>[]> {
  return fc.array(fc.record({ afterMs: fc.integer({ min: 0, max: maxGapMs }), event }), {
    maxLength: 40,
  });
}

/**
 * Applies the steps from `start` on, calling `check` after each and once more `tail` ms after the
 * last (a round left running, looked at later). `toEvent` turns a generated step into the event
 * the engine gets (identity by default).
 */
export function replay<E>(
  initial: RoundState,
  steps: readonly Step<E>[],
  check: (state: RoundState, now: number) => void,
  options: { start: number; tail: number; toEvent?: (state: RoundState, event: E) => RoundEvent },
): RoundState {
  const toEvent = options.toEvent ?? ((_state: RoundState, event: E) => event as RoundEvent);
  let state = initial;
  let now = options.start;
  for (const step of steps) {
    now += step.afterMs;
    state = applyRoundEvent(state, toEvent(state, step.event), now);
    check(state, now);
  }
  check(state, now + options.tail);
  return state;
}
