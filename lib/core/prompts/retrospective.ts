// The retrospective deck, written for Crewkit: the two rounds that open a series' end (issue 10,
// "The end of a series": what we liked, what we would change), each with prompts of its own.
// Not a deck a crew edits: the retrospective asks the same two questions in different words.
// Ids are stable: never renumber or reuse one.
import type { Prompt } from '../model.ts';

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
