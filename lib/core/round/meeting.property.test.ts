// Properties of a meeting (an agenda whose round phases run turn by turn) after any sequence of
// events at any times, the host's changes to the agenda included.
import fc from 'fast-check';
import { expect, it } from 'vitest';
import type { AgendaPhase } from '../model.ts';
import { createAgendaRound } from './create.ts';
import { activeTurns } from './meeting.ts';
import { meetingPlace } from './meeting-view.ts';
import { parseRoundState } from './parse.ts';
import { peopleOf, replay, roundEventArbs, stepsArb } from './property-arbitraries.ts';
import type { RoundEvent, RoundState } from './types.ts';
import { roundView } from './view.ts';

const pool = ['p0', 'p1', 'p2', 'p3', 'p4'];
const phaseIds = ['a', 'b', 'c', 'd', 'x'];

const eventArb: fc.Arbitrary<RoundEvent> = fc.oneof(
  ...roundEventArbs(pool),
  fc.constantFrom(...phaseIds).map((phaseId): RoundEvent => ({ type: 'skipPhase', phaseId })),
  fc
    .record({ phaseId: fc.constantFrom(...phaseIds), delta: fc.constantFrom<-1 | 1>(-1, 1) })
    .map(({ phaseId, delta }): RoundEvent => ({ type: 'movePhase', phaseId, delta })),
  fc
    .record({ phaseId: fc.constantFrom(...phaseIds), ms: fc.integer({ min: -1, max: 300_000 }) })
    .map(({ phaseId, ms }): RoundEvent => ({ type: 'addPhaseTime', phaseId, ms })),
  fc.constant<RoundEvent>({
    type: 'addPhase',
    phase: { phaseId: 'x', title: 'x', minutes: 2, phaseKind: 'check-out' },
  }),
);

const meetingArb = fc
  .record({
    kinds: fc.array(
      fc.constantFrom<AgendaPhase['kind']>('check-in', 'check-out', 'round', 'phase'),
      {
        minLength: 1,
        maxLength: 4,
      },
    ),
    minutes: fc.array(fc.integer({ min: 1, max: 20 }), { minLength: 4, maxLength: 4 }),
    count: fc.integer({ min: 0, max: 4 }),
    autoAdvance: fc.boolean(),
  })
  .map(({ kinds, minutes, count, autoAdvance }) =>
    createAgendaRound({
      id: 'prop',
      phases: kinds.map((kind, i) => ({
        id: phaseIds[i] ?? 'z',
        kind,
        minutes: minutes[i] ?? 1,
        title: `phase ${i}`,
        guidance: '',
      })),
      people: peopleOf(pool.slice(0, count)),
      autoAdvance,
    }),
  );

function accountsForAllTime(state: RoundState, now: number): void {
  const view = roundView(state, now);
  const ran = Object.values(view.elapsedBySlot).reduce((sum, ms) => sum + ms, 0);
  expect(ran + view.roundPausedMs).toBe(view.roundElapsedMs);
}

function checkInvariants(state: RoundState, now: number): void {
  accountsForAllTime(state, now);
  const live = activeTurns(state);
  state.entries.forEach((entry, i) => {
    if (!entry.turns) return;
    accountsForAllTime(entry.turns, now);
    const isLive = entry.turns.status === 'running' || entry.turns.status === 'paused';
    // Only the current phase's turns run, and they run (or rest) with the meeting.
    if (isLive) expect(i === state.index && entry.turns === live).toBe(true);
  });
  if (live && state.status !== 'ended') expect(live.status).toBe(state.status);
  const place = meetingPlace(state, now);
  if (place) expect(place.leftMs).toBeGreaterThanOrEqual(0);
  expect(parseRoundState(JSON.parse(JSON.stringify(state)))).toEqual(state);
}

it('a meeting accounts for all its time, in its phases and their turns, and always reloads', () => {
  fc.assert(
    fc.property(
      meetingArb,
      stepsArb(eventArb, 400_000),
      fc.integer({ min: 0, max: 3_000_000 }),
      (initial, steps, tail) => {
        replay(initial, steps, checkInvariants, { start: 1_000, tail });
      },
    ),
    { numRuns: 500 },
  );
});
