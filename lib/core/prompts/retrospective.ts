// The retrospective deck, written for Crewkit: the two rounds that open a series' end (issue 10,
// "The end of a series": what we liked, what we would improve), each with prompts of its own.
// Not a deck a crew edits: the retrospective asks the same two questions in different words.
// Ids are stable: never renumber or reuse one.
import type { Id, Prompt } from '../model.ts';
import type { PromptLanguage } from './decks.ts';

export type RetrospectiveQuestion = 'liked' | 'change';

export const RETROSPECTIVE_PROMPTS: Record<RetrospectiveQuestion, readonly Prompt[]> = {
  liked: [
    { id: 'rt-l1', depth: 1, text: 'What did you like about meeting as this crew?' },
    { id: 'rt-l2', depth: 1, text: 'Which moment of this series would you like to keep?' },
    { id: 'rt-l3', depth: 1, text: 'What did this crew do that worked for you?' },
  ],
  change: [
    { id: 'rt-c1', depth: 1, text: 'What would you change about how we meet?' },
    { id: 'rt-c2', depth: 1, text: 'What would you like us to try in a next series?' },
    { id: 'rt-c3', depth: 1, text: 'What got in the way of our meetings, and what would help?' },
  ],
};

/** The same questions in German (issue 11, "A second language"), informal "du" as in de.ts. */
const RETROSPECTIVE_TEXT_DE: Readonly<Record<Id, string>> = {
  'rt-l1': 'Was hat dir daran gefallen, dich mit dieser Crew zu treffen?',
  'rt-l2': 'Welchen Moment dieser Reihe möchtest du behalten?',
  'rt-l3': 'Was hat diese Crew getan, das für dich gut war?',
  'rt-c1': 'Was würdest du daran ändern, wie wir uns treffen?',
  'rt-c2': 'Was möchtest du, dass wir in einer nächsten Reihe ausprobieren?',
  'rt-c3': 'Was stand unseren Treffen im Weg, und was würde helfen?',
};

/** A retrospective prompt in `language`, under the same id. */
export function retrospectivePromptIn(prompt: Prompt, language: PromptLanguage): Prompt {
  const text = language === 'de' ? RETROSPECTIVE_TEXT_DE[prompt.id] : undefined;
  return text === undefined ? prompt : { ...prompt, text };
}
