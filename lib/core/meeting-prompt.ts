// The prompt of a meeting's round phase (issue 10): a check-in phase draws from the check-in deck,
// a check-out phase from the check-out deck, each when the phase begins; it is kept with the round
// record beside the phase it belongs to, so a reload shows it and the next phase asks anew. The
// retrospective's two rounds ask their questions from the retrospective deck.
import type { Id, RoundRecord } from './model';
import type { PromptLanguage } from './prompts/decks';
import {
  RETROSPECTIVE_PROMPTS,
  type RetrospectiveQuestion,
  retrospectivePromptIn,
} from './prompts/retrospective';
import type { ShownPrompt } from './prompts/shown';
import { activeTurns, type RoundState } from './round';

/**
 * The retrospective session's round phases, by their ids in lib/core/starter-series.ts
 * ("What we liked", "What we would improve").
 */
export const RETROSPECTIVE_PHASES: Readonly<Record<Id, RetrospectiveQuestion>> = {
  liked: 'liked',
  improve: 'change',
};

export interface MeetingPromptNeed {
  phaseId: Id;
  kind: 'check-in' | 'check-out';
}

function phaseOnNow(state: RoundState) {
  if (state.budget.kind !== 'phases' || !activeTurns(state)) return null;
  const slot = state.entries[state.index]?.slot;
  return slot?.kind === 'phase' ? slot : null;
}

/** The deck the phase on now needs a prompt from; null when it needs none. */
export function meetingPromptNeed(state: RoundState): MeetingPromptNeed | null {
  const slot = phaseOnNow(state);
  const kind = slot?.phaseKind;
  return slot && (kind === 'check-in' || kind === 'check-out')
    ? { phaseId: slot.phaseId, kind }
    : null;
}

/** The retrospective question the phase on now asks, if it is one of the retrospective's. */
export function retrospectiveQuestion(state: RoundState): RetrospectiveQuestion | null {
  const slot = phaseOnNow(state);
  return slot && slot.phaseKind === 'round' ? (RETROSPECTIVE_PHASES[slot.phaseId] ?? null) : null;
}

/** The same wording for the whole meeting (and after a reload), different across meetings. */
function retrospectivePrompt(round: { record: RoundRecord; state: RoundState }) {
  const question = retrospectiveQuestion(round.state);
  if (!question) return null;
  const prompts = RETROSPECTIVE_PROMPTS[question];
  const seed = [...round.record.id].reduce((sum, char) => sum + char.charCodeAt(0), 0);
  const prompt = prompts[seed % prompts.length];
  return prompt ? { question, prompt } : null;
}

/** The prompt to show for the phase on now. */
export function meetingPromptOf(
  round: { record: RoundRecord; state: RoundState },
  language: PromptLanguage = 'en',
): ShownPrompt | null {
  const retro = retrospectivePrompt(round);
  if (retro) {
    const { id, text } = retrospectivePromptIn(retro.prompt, language);
    return { roundId: round.record.id, promptId: id, text, kind: 'reflection' };
  }
  const need = meetingPromptNeed(round.state);
  const kept = round.record.prompt;
  if (!need || kept?.phaseId !== need.phaseId) return null;
  return { roundId: round.record.id, promptId: kept.id, text: kept.text, kind: need.kind };
}
