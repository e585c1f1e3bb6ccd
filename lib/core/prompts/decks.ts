// The decks Crewkit ships. They are not stored (model.ts, Deck): they have no crewId and fixed
// ids, so a crew's usage record and its list of switched-off decks can point at them.
import { type Deck, type Id, SCHEMA_VERSION } from '../model.ts';
import { CHECK_IN_PROMPTS } from './check-in.ts';
import { CHECK_OUT_PROMPTS } from './check-out.ts';
import { REFLECTION_PROMPTS } from './reflection.ts';

export const BUILTIN_CHECK_IN_DECK_ID: Id = 'builtin-check-in';
export const BUILTIN_CHECK_OUT_DECK_ID: Id = 'builtin-check-out';
export const BUILTIN_REFLECTION_DECK_ID: Id = 'builtin-reflection';

export const BUILTIN_DECKS: readonly Deck[] = [
  {
    v: SCHEMA_VERSION,
    id: BUILTIN_CHECK_IN_DECK_ID,
    kind: 'check-in',
    title: 'Check-in',
    prompts: CHECK_IN_PROMPTS,
  },
  {
    v: SCHEMA_VERSION,
    id: BUILTIN_CHECK_OUT_DECK_ID,
    kind: 'check-out',
    title: 'Check-out',
    prompts: CHECK_OUT_PROMPTS,
  },
  {
    v: SCHEMA_VERSION,
    id: BUILTIN_REFLECTION_DECK_ID,
    kind: 'reflection',
    title: 'Reflection',
    prompts: REFLECTION_PROMPTS,
  },
];

export function isBuiltinDeckId(deckId: Id): boolean {
  return BUILTIN_DECKS.some((deck) => deck.id === deckId);
}

/** The built-in decks followed by a crew's own, ready for pickPrompt. */
export function withBuiltinDecks(customDecks: readonly Deck[]): Deck[] {
  const custom = customDecks.filter((deck) => !isBuiltinDeckId(deck.id));
  return [...BUILTIN_DECKS, ...custom];
}
