// Prompts and decks: import from 'lib/core/prompts'.
export { type CustomPromptCheck, MAX_CUSTOM_PROMPT_CHARS, validateCustomPrompt } from './custom.ts';
export {
  BUILTIN_CHECK_IN_DECK_ID,
  BUILTIN_CHECK_OUT_DECK_ID,
  BUILTIN_DECKS,
  BUILTIN_REFLECTION_DECK_ID,
  builtinDecks,
  isBuiltinDeckId,
  type PromptLanguage,
  promptIn,
  promptLanguage,
  withBuiltinDecks,
} from './decks.ts';
export {
  type PickedPrompt,
  type PickPromptRequest,
  pickPrompt,
  preferredDepth,
  progressThroughSeries,
} from './picker.ts';
