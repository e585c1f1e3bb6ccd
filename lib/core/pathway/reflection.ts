// A host's reflection after hosting (issue 10): a few prompts from the reflection deck, answered
// privately, and the answers crewmates gave to the feedback request, kept with it.
import { newId } from '../ids';
import {
  type Id,
  type IsoTime,
  type Prompt,
  type Reflection,
  type ReflectionAnswer,
  SCHEMA_VERSION,
} from '../model';
import { type PromptLanguage, promptIn } from '../prompts/decks';
import { REFLECTION_PROMPTS } from '../prompts/reflection';

/** What went well, what was hard, which skill to grow next (reflection deck ids). */
export const HOST_REFLECTION_PROMPT_IDS = ['rf-02', 'rf-13', 'rf-16'] as const;

/** The host's reflection prompts, in the UI's language (issue 11). */
export function hostReflectionPrompts(language: PromptLanguage = 'en'): Prompt[] {
  return HOST_REFLECTION_PROMPT_IDS.map((id) => {
    const prompt = REFLECTION_PROMPTS.find((p) => p.id === id);
    if (!prompt) throw new Error(`The reflection deck has no prompt ${id}.`);
    return promptIn(prompt, language);
  });
}

export interface ReflectionDraft {
  crewId: Id;
  sessionId?: Id | undefined;
  memberId: Id;
  /** Answer text by prompt id; empty answers are left out. */
  answers: Record<Id, string>;
  /** Feedback as pasted: one answer per block separated by a blank line. */
  feedbackText: string;
  feedbackFrom?: string | undefined;
}

/**
 * Splits pasted feedback into answers at blank lines, so several crewmates' replies pasted at once
 * stay apart; "Name: text" at the start of a block names who answered when no name was given.
 */
export function feedbackAnswers(
  text: string,
  from: string | undefined,
  receivedAt: IsoTime,
): Reflection['feedback'] {
  return text
    .split(/\r?\n\s*\r?\n/)
    .map((block) => block.trim())
    .filter((block) => block !== '')
    .map((block) => {
      const named = /^([^:\n]{1,60}):\s+([\s\S]+)$/.exec(block);
      const who = from?.trim() || named?.[1]?.trim();
      const body = !from?.trim() && named ? (named[2] ?? block) : block;
      return { ...(who ? { from: who } : {}), text: body.trim(), receivedAt };
    });
}

export function newReflection(
  draft: ReflectionDraft,
  now: IsoTime,
  makeId: () => Id = newId,
  /** The prompts' language as shown: the answer keeps the question it answered, as read. */
  language: PromptLanguage = 'en',
): Reflection {
  const prompts = REFLECTION_PROMPTS.map((prompt) => promptIn(prompt, language));
  const answers: ReflectionAnswer[] = Object.entries(draft.answers)
    .filter(([, text]) => text.trim() !== '')
    .map(([promptId, text]) => ({
      promptId,
      prompt: prompts.find((p) => p.id === promptId)?.text ?? '',
      text: text.trim(),
    }));
  return {
    v: SCHEMA_VERSION,
    id: makeId(),
    crewId: draft.crewId,
    ...(draft.sessionId === undefined ? {} : { sessionId: draft.sessionId }),
    memberId: draft.memberId,
    createdAt: now,
    answers,
    feedback: feedbackAnswers(draft.feedbackText, draft.feedbackFrom, now),
  };
}

/** Adds pasted feedback to a reflection already saved. */
export function withFeedback(
  reflection: Reflection,
  text: string,
  from: string | undefined,
  now: IsoTime,
): Reflection {
  return { ...reflection, feedback: [...reflection.feedback, ...feedbackAnswers(text, from, now)] };
}
