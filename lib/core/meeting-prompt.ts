// The prompt of a meeting's round phase (issue 10): a check-in phase draws from the check-in deck,
// a check-out phase from the check-out deck, each when the phase begins. It is kept with the
// round record beside the phase it belongs to, so a reload shows it and the next phase asks anew.
import type { Id, RoundRecord } from './model';
import type { ShownPrompt } from './prompts/shown';
import { activeTurns, type RoundState } from './round';

export interface MeetingPromptNeed {
  phaseId: Id;
  kind: 'check-in' | 'check-out';
}

/** The deck the phase on now needs a prompt from; null when it needs none. */
export function meetingPromptNeed(state: RoundState): MeetingPromptNeed | null {
  if (state.budget.kind !== 'phases' || !activeTurns(state)) return null;
  const slot = state.entries[state.index]?.slot;
  if (slot?.kind !== 'phase') return null;
  const kind = slot.phaseKind;
  return kind === 'check-in' || kind === 'check-out' ? { phaseId: slot.phaseId, kind } : null;
}

/** The prompt to show for the phase on now: the one kept with the record, if it is that phase's. */
export function meetingPromptOf(round: {
  record: RoundRecord;
  state: RoundState;
}): ShownPrompt | null {
  const need = meetingPromptNeed(round.state);
  const kept = round.record.prompt;
  if (!need || kept?.phaseId !== need.phaseId) return null;
  return { roundId: round.record.id, promptId: kept.id, text: kept.text, kind: need.kind };
}
