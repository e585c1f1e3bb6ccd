// Properties that must hold after any sequence of events at any times.
import fc from 'fast-check';
import { expect, it } from 'vitest';
import { createTurnRound } from './create.ts';
import { applyRoundEvent } from './engine.ts';
import { roundLog } from './log.ts';
import { seededShuffle } from './order.ts';
import { parseRoundState } from './parse.ts';
import { peopleOf, replay, roundEventArbs, stepsArb as stepsOf } from './property-arbitraries.ts';
import { type RoundEvent, type RoundState, slotKey } from './types.ts';
import { roundView } from './view.ts';

const pool = ['p0', 'p1', 'p2', 'p3', 'p4', 'p5'];

type Generated = RoundEvent | { type: 'shuffleUpcoming'; seed: number };

const eventArb: fc.Arbitrary<Generated> = fc.oneof(
  ...roundEventArbs(pool),
  fc.integer().map((seed) => ({ type: 'shuffleUpcoming' as const, seed })),
);

const stepsArb = stepsOf(eventArb, 200_000);

const roundArb = fc
  .record({
    count: fc.integer({ min: 1, max: 4 }),
    total: fc.boolean(),
    ms: fc.integer({ min: 0, max: 600_000 }),
    autoAdvance: fc.boolean(),
  })
  .map(({ count, total, ms, autoAdvance }) =>
    createTurnRound({
      id: 'prop',
      people: peopleOf(pool.slice(0, count)),
      budget: { kind: total ? 'total' : 'per-person', ms },
      autoAdvance,
    }),
  );

/** Turns the generated "shuffle" into a valid reorder of whoever has not spoken yet. */
function toEvent(state: RoundState, event: Generated): RoundEvent {
  if (event.type !== 'shuffleUpcoming') return event;
  const from = state.status === 'ready' ? state.index : state.index + 1;
  const keys = state.entries.slice(from).map((entry) => slotKey(entry.slot));
  return { type: 'reorder', order: seededShuffle(keys, event.seed) };
}

function checkInvariants(state: RoundState, now: number): void {
  const view = roundView(state, now);
  expect(view.remainingMs).toBeGreaterThanOrEqual(0);
  expect(view.overtimeMs).toBeGreaterThanOrEqual(0);
  expect(view.remainingMs > 0 && view.overtimeMs > 0).toBe(false);
  const spoken = Object.values(view.elapsedBySlot).reduce((sum, ms) => sum + ms, 0);
  // Every millisecond of the round is either someone's time at the floor or a pause.
  expect(spoken + view.roundPausedMs).toBe(view.roundElapsedMs);
  const log = roundLog(state, now);
  const logged = log.people.reduce((sum, person) => sum + person.spokeMs, 0);
  expect(logged + log.pausedMs).toBe(log.elapsedMs);
  const keys = state.entries.map((entry) => slotKey(entry.slot));
  expect(new Set(keys).size).toBe(keys.length);
  // Whatever state the engine reaches, it can be saved and loaded again.
  expect(parseRoundState(JSON.parse(JSON.stringify(state)))).toEqual(state);
}

it('accounts for all wall time, never shows negative time, always reloads', () => {
  fc.assert(
    fc.property(
      roundArb,
      stepsArb,
      fc.integer({ min: 0, max: 300_000 }),
      (initial, steps, tail) => {
        replay(initial, steps, checkInvariants, { start: 1_000, tail, toEvent });
      },
    ),
    { numRuns: 600 },
  );
});

it('never changes who is in the round except by join and leave', () => {
  fc.assert(
    fc.property(roundArb, stepsArb, (initial, steps) => {
      let state = initial;
      let now = 0;
      for (const step of steps) {
        now += step.afterMs;
        const event = toEvent(state, step.event);
        const before = state.entries.map((entry) => slotKey(entry.slot)).sort();
        state = applyRoundEvent(state, event, now);
        const after = state.entries.map((entry) => slotKey(entry.slot)).sort();
        if (event.type !== 'join' && event.type !== 'leave') expect(after).toEqual(before);
      }
    }),
    { numRuns: 300 },
  );
});
