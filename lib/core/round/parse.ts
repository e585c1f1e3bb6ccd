// Validating a stored round before the panel uses it: a corrupted or foreign record gives null
// (the panel offers a fresh round) instead of crashing mid-meeting.
import * as v from 'valibot';
import { ROUND_STATE_VERSION, type RoundState, slotKey } from './types.ts';

const duration = v.pipe(v.number(), v.finite(), v.minValue(0));
const instant = v.pipe(v.number(), v.finite());
const text = v.string();

const slotSchema = v.variant('kind', [
  v.object({ kind: v.literal('turn'), personId: v.pipe(text, v.minLength(1)), name: text }),
  v.object({
    kind: v.literal('phase'),
    phaseId: v.pipe(text, v.minLength(1)),
    title: text,
    minutes: duration,
    phaseKind: v.picklist(['check-in', 'check-out', 'round', 'phase']),
  }),
]);

const entrySchema = v.object({
  slot: slotSchema,
  status: v.picklist(['upcoming', 'current', 'done', 'passed', 'left', 'skipped']),
  spentMs: duration,
  shareMs: v.nullable(duration),
  allowedMs: v.nullable(duration),
  addedMs: duration,
  bankedOvertimeMs: duration,
  passes: v.pipe(v.number(), v.integer(), v.minValue(0)),
  // A meeting phase's turn round: a whole round state, checked by parseRoundState itself.
  turns: v.optional(v.unknown()),
});

const personSchema = v.object({ personId: v.pipe(text, v.minLength(1)), name: text });

const budgetSchema = v.variant('kind', [
  v.object({ kind: v.literal('per-person'), ms: duration }),
  v.object({ kind: v.literal('total'), ms: duration }),
  v.object({ kind: v.literal('phases') }),
]);

const stateSchema = v.object({
  v: v.literal(ROUND_STATE_VERSION),
  id: v.pipe(text, v.minLength(1)),
  status: v.picklist(['ready', 'running', 'paused', 'ended']),
  entries: v.array(entrySchema),
  index: v.pipe(v.number(), v.integer(), v.minValue(0)),
  budget: budgetSchema,
  autoAdvance: v.boolean(),
  warnBeforeEndMs: duration,
  startedAt: v.nullable(instant),
  endedAt: v.nullable(instant),
  runningSince: v.nullable(instant),
  pausedAt: v.nullable(instant),
  pausedMs: duration,
  people: v.optional(v.array(personSchema)),
});

/** The rules the reducer relies on, beyond the shape. */
function isCoherent(state: RoundState): boolean {
  const keys = state.entries.map((entry) => slotKey(entry.slot));
  if (new Set(keys).size !== keys.length || state.index > state.entries.length) return false;
  const current = state.entries[state.index];
  const onSlot = current?.status === 'current' && current.allowedMs !== null;
  const currentCount = state.entries.filter((entry) => entry.status === 'current').length;
  switch (state.status) {
    case 'ready':
      return state.startedAt === null && state.index === 0 && currentCount === 0;
    case 'running':
      return (
        onSlot && currentCount === 1 && state.startedAt !== null && state.runningSince !== null
      );
    case 'paused':
      return onSlot && currentCount === 1 && state.startedAt !== null && state.pausedAt !== null;
    case 'ended':
      return state.endedAt !== null && currentCount === 0;
  }
}

/** A meeting's phases may hold turn rounds (one level deep, no people of their own). */
function withTurns(state: v.InferOutput<typeof stateSchema>): RoundState | null {
  const entries: RoundState['entries'] = [];
  for (const { turns, ...entry } of state.entries) {
    if (turns === undefined) {
      entries.push(entry);
      continue;
    }
    const inner = parseRoundState(turns);
    const fits =
      inner !== null &&
      state.budget.kind === 'phases' &&
      entry.slot.kind === 'phase' &&
      inner.budget.kind !== 'phases' &&
      inner.people === undefined;
    if (!fits) return null;
    entries.push({ ...entry, turns: inner });
  }
  const { people, ...rest } = state;
  return { ...rest, entries, ...(people ? { people } : {}) };
}

export function parseRoundState(input: unknown): RoundState | null {
  const result = v.safeParse(stateSchema, input);
  if (!result.success) return null;
  const state = withTurns(result.output);
  return state && isCoherent(state) ? state : null;
}
