import { describe, expect, it } from 'vitest';
import { createTurnRound } from './create.ts';
import { applyRoundEvent } from './engine.ts';
import { parseRoundState } from './parse.ts';
import type { RoundState } from './types.ts';

const people = ['ana', 'ben'].map((id) => ({ personId: id, name: id }));
const ready = createTurnRound({ id: 'r', people, budget: { kind: 'per-person', ms: 60_000 } });
const running = applyRoundEvent(ready, { type: 'start' }, 1_000);
const stored = (state: RoundState): unknown => JSON.parse(JSON.stringify(state));

describe('parseRoundState', () => {
  it('accepts a round as saved, in every status', () => {
    const paused = applyRoundEvent(running, { type: 'pause' }, 2_000);
    const ended = applyRoundEvent(paused, { type: 'end' }, 3_000);
    for (const state of [ready, running, paused, ended]) {
      expect(parseRoundState(stored(state))).toEqual(state);
    }
  });

  const corruptions: [string, (raw: Record<string, unknown>) => unknown][] = [
    ['not an object', () => 'round'],
    ['null', () => null],
    ['an unknown version', (raw) => ({ ...raw, v: 99 })],
    ['a missing field', ({ entries: _dropped, ...raw }) => raw],
    ['a negative duration', (raw) => ({ ...raw, pausedMs: -1 })],
    ['an index past the end', (raw) => ({ ...raw, index: 5 })],
    ['running without a clock', (raw) => ({ ...raw, runningSince: null })],
    ['an unknown status', (raw) => ({ ...raw, status: 'sleeping' })],
    ['NaN as a time', (raw) => ({ ...raw, startedAt: Number.NaN })],
    [
      'the same person twice',
      (raw) => ({
        ...raw,
        entries: [...(raw.entries as unknown[]), (raw.entries as unknown[])[1]],
      }),
    ],
  ];

  for (const [what, corrupt] of corruptions) {
    it(`rejects ${what}`, () => {
      expect(parseRoundState(corrupt(stored(running) as Record<string, unknown>))).toBeNull();
    });
  }
});
