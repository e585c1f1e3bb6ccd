// Changing who is in the round and in what order, mid-round included. Only slots nobody has
// had the floor in yet can move or leave without a trace; the log keeps everyone who spoke.
import { newEntry } from './create.ts';
import { type RoundState, type SlotEntry, slotKey } from './types.ts';

/** First slot position the host may still reorder or remove: nobody there has had the floor. */
function firstMovable(state: RoundState): number {
  return state.status === 'ready' ? state.index : state.index + 1;
}

export function reorder(draft: RoundState, order: string[]): boolean {
  const from = firstMovable(draft);
  const movable = draft.entries.slice(from);
  const byKey = new Map(movable.map((entry) => [slotKey(entry.slot), entry]));
  if (order.length !== movable.length || new Set(order).size !== order.length) return false;
  const reordered = order.map((key) => byKey.get(key));
  if (reordered.some((entry) => entry === undefined)) return false;
  draft.entries = [...draft.entries.slice(0, from), ...(reordered as SlotEntry[])];
  return true;
}

export function join(draft: RoundState, personId: string, name: string): boolean {
  if (draft.status === 'ended' || draft.budget.kind === 'phases' || personId === '') return false;
  const at = draft.entries.findIndex((entry) => slotKey(entry.slot) === personId);
  const existing = draft.entries[at];
  if (!existing) {
    draft.entries.push(newEntry({ kind: 'turn', personId, name }));
    return true;
  }
  if (existing.status !== 'left') return false;
  // Someone who left after a moment at the floor came back: they wait at the end again.
  draft.entries.splice(at, 1);
  if (at < draft.index) draft.index -= 1;
  existing.status = 'upcoming';
  draft.entries.push(existing);
  return true;
}

export function leave(draft: RoundState, personId: string): boolean {
  if (draft.status === 'ended') return false;
  const at = draft.entries.findIndex((entry) => slotKey(entry.slot) === personId);
  const entry = draft.entries[at];
  if (!entry || at < firstMovable(draft) || entry.status !== 'upcoming') return false;
  draft.entries.splice(at, 1);
  if (entry.spentMs > 0) {
    // They had the floor for a moment (then passed or were stepped back over): keep it logged.
    entry.status = 'left';
    draft.entries.splice(draft.index, 0, entry);
    draft.index += 1;
  }
  return true;
}
