// Where a meeting is, for the line above its countdown ("Check-in · 2 of 4 speakers · 38 min left
// in the meeting"). Derived from the stored state and `now` alone, like every view.
import { phaseMs } from './budget.ts';
import { clampNow, currentEntry, settle } from './engine.ts';
import { activeTurns } from './meeting.ts';
import type { PhaseSlot, RoundState } from './types.ts';
import { entryElapsedMs } from './view.ts';

export interface MeetingPlace {
  /** The phase on now. */
  phase: PhaseSlot;
  /** In a phase of turns: the speaker's place among those in the round (1-based). */
  speaker: { at: number; of: number } | null;
  /** The current phase's time left plus every phase still to come (with time given to them). */
  leftMs: number;
  /** The phases not yet run: none means the current phase is the meeting's last. */
  upcomingPhases: number;
  /** A check-out round is on, still to come, or done: the meeting closes with one. */
  hasCheckOut: boolean;
}

/** Null unless an agenda round is running or paused. */
export function meetingPlace(stored: RoundState, now: number): MeetingPlace | null {
  if (stored.budget.kind !== 'phases') return null;
  const at = clampNow(stored, now);
  const state = settle(stored, at);
  const entry = currentEntry(state);
  if (entry?.slot.kind !== 'phase') return null;
  const upcoming = state.entries.slice(state.index + 1).filter((e) => e.status === 'upcoming');
  const laterMs = upcoming.reduce(
    (sum, each) => sum + (each.slot.kind === 'phase' ? phaseMs(each.slot) + each.addedMs : 0),
    0,
  );
  const currentLeftMs = Math.max(0, (entry.allowedMs ?? 0) - entryElapsedMs(state, entry, at));
  const turns = activeTurns(state);
  let speaker: MeetingPlace['speaker'] = null;
  if (turns) {
    const inRound = (e: { status: string }) => e.status !== 'left';
    const of = turns.entries.filter(inRound).length;
    const reached = turns.entries.slice(0, turns.index + 1).filter(inRound).length;
    speaker = { at: Math.min(reached, of), of };
  }
  return {
    phase: entry.slot,
    speaker,
    leftMs: currentLeftMs + laterMs,
    upcomingPhases: upcoming.length,
    hasCheckOut: state.entries.some(
      (each) =>
        each.slot.kind === 'phase' &&
        each.slot.phaseKind === 'check-out' &&
        each.status !== 'skipped',
    ),
  };
}
