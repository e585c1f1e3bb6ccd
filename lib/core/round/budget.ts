// How long a slot may run before its turn ends.
//
// With a `total` budget the round has T ms in all, and a slot's share is fixed at the moment the
// slot first becomes current (so the countdown never jumps under a speaker):
//
//   share = floor_to_whole_second( max(0, T - used) / stillToSpeak )
//
//   used          = for every OTHER slot, the time it spoke, capped at its own share:
//                   min(spentMs, shareMs). Overtime and +time given to one person therefore come
//                   on top of the round's total and never shrink anyone else's share, while a
//                   person who finishes early leaves the unused time to those after them.
//                   A slot with no share yet (e.g. one that passed to the end) counts its spentMs.
//   stillToSpeak  = slots that are upcoming or current, this one included. People who passed for
//                   real or left are not counted, so a pass or a leave gives the others more; a
//                   join gives them less. Shares already fixed (the current speaker's) stay.
//
// Paused time never counts as spoken. Going back to a slot keeps the share it had. A person who
// passes to the end gets a fresh share when their turn comes, and the seconds they spoke before
// passing count against it (their countdown runs against max(share, time already spoken)).
// Per-person budgets simply give everyone `ms`, whatever happens.
import type { PhaseSlot, RoundBudget, SlotEntry } from './types.ts';

const SECOND = 1000;

export function phaseMs(slot: PhaseSlot): number {
  return Math.round(slot.minutes * 60 * SECOND);
}

function usedOf(entry: SlotEntry): number {
  return Math.min(entry.spentMs, entry.shareMs ?? entry.spentMs);
}

function isStillToSpeak(entry: SlotEntry): boolean {
  return entry.status === 'upcoming' || entry.status === 'current';
}

/** The share the slot at `position` gets when it becomes current. */
export function shareFor(entries: SlotEntry[], position: number, budget: RoundBudget): number {
  const entry = entries[position];
  if (!entry) return 0;
  if (budget.kind === 'per-person') return budget.ms;
  if (budget.kind === 'phases') return entry.slot.kind === 'phase' ? phaseMs(entry.slot) : 0;
  let used = 0;
  let stillToSpeak = 0;
  entries.forEach((other, i) => {
    if (isStillToSpeak(other) || i === position) stillToSpeak += 1;
    if (i !== position) used += usedOf(other);
  });
  const evenShare = Math.max(0, budget.ms - used) / stillToSpeak;
  return Math.floor(evenShare / SECOND) * SECOND;
}

/**
 * What the next upcoming slot would get if the current slot used exactly its share: the figure
 * to show beside the order ("about 2:40 each"). Null for agenda rounds, whose phases differ.
 */
export function projectedShareMs(
  entries: SlotEntry[],
  index: number,
  started: boolean,
  budget: RoundBudget,
): number | null {
  if (budget.kind === 'phases') return null;
  if (!started) return shareFor(entries, index, budget);
  const current = entries[index];
  if (!current) return null;
  const asIfDone = entries.map((entry, i) =>
    i === index
      ? { ...entry, status: 'done' as const, spentMs: Math.max(entry.spentMs, entry.shareMs ?? 0) }
      : entry,
  );
  if (!asIfDone[index + 1]) return null;
  return shareFor(asIfDone, index + 1, budget);
}
