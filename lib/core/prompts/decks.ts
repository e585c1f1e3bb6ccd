// The decks Crewkit ships. They are not stored (model.ts, Deck): they have no crewId and fixed
// ids, so a crew's usage record and its list of switched-off decks can point at them.
import { type Deck, type Id, SCHEMA_VERSION } from '../model.ts';
import { CHECK_IN_PROMPTS } from './check-in.ts';
import { CHECK_OUT_PROMPTS } from './check-out.ts';
import { PROMPT_TEXT_DE } from './de.ts';
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

/** The languages the built-in decks are written in; any other language gets English. */
export type PromptLanguage = 'en' | 'de';

/** The deck language for a locale tag ('de', 'de-AT', 'en-GB', …): German or English. */
export function promptLanguage(locale: string | undefined): PromptLanguage {
  return locale?.toLowerCase().split(/[-_]/)[0] === 'de' ? 'de' : 'en';
}

const TRANSLATIONS: Record<PromptLanguage, Readonly<Record<Id, string>>> = {
  en: {},
  de: PROMPT_TEXT_DE,
};
const DECK_TITLES_DE: Record<Id, string> = {
  [BUILTIN_CHECK_IN_DECK_ID]: 'Check-in',
  [BUILTIN_CHECK_OUT_DECK_ID]: 'Check-out',
  [BUILTIN_REFLECTION_DECK_ID]: 'Reflexion',
};

/**
 * A built-in prompt in `language`: same id and depth, so what a crew has used counts whichever
 * language it was shown in. Prompts of a crew's own decks are returned as written.
 */
export function promptIn<P extends { id: Id; text: string }>(
  prompt: P,
  language: PromptLanguage,
): P {
  const text = TRANSLATIONS[language][prompt.id];
  return text === undefined ? prompt : { ...prompt, text };
}

/** The built-in decks in `language`. */
export function builtinDecks(language: PromptLanguage = 'en'): readonly Deck[] {
  if (language === 'en') return BUILTIN_DECKS;
  return BUILTIN_DECKS.map((deck) => ({
    ...deck,
    title: DECK_TITLES_DE[deck.id] ?? deck.title,
    prompts: deck.prompts.map((prompt) => promptIn(prompt, language)),
  }));
}

/** The built-in decks (in `language`) followed by a crew's own, ready for pickPrompt. */
export function withBuiltinDecks(
  customDecks: readonly Deck[],
  language: PromptLanguage = 'en',
): Deck[] {
  const custom = customDecks.filter((deck) => !isBuiltinDeckId(deck.id));
  return [...builtinDecks(language), ...custom];
}
