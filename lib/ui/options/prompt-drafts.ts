// Checks on what a person types for a crew's own prompts and decks, worded for the options page.
// They run before any write so that the store's own refusal (the backup schema: no markup,
// lengths) never reaches the page as an error.
import { i18n } from '#i18n';
import { containsMarkup } from '../../core/backup-schema';
import type { Deck, Id } from '../../core/model';
import { MAX_CUSTOM_PROMPT_CHARS, validateCustomPrompt } from '../../core/prompts';

/** Shorter than the schema's 200: a deck title is read in a select and a heading. */
export const MAX_DECK_TITLE_CHARS = 80;

export type DraftCheck = { ok: true; text: string } | { ok: false; problem: string };

/** Compares texts the way a person reads them: case, spacing and curly quotes aside. */
function sameWords(a: string, b: string): boolean {
  const plain = (text: string) =>
    text.toLocaleLowerCase().replace(/[’‘]/g, "'").replace(/\s+/g, ' ').trim();
  return plain(a) === plain(b);
}

export function checkPromptDraft(draft: string, deck: Deck): DraftCheck {
  const checked = validateCustomPrompt(draft);
  if (!checked.ok) {
    return {
      ok: false,
      problem:
        checked.reason === 'empty'
          ? i18n.t('prompts.problem.promptEmpty')
          : i18n.t('prompts.problem.promptTooLong', {
              max: MAX_CUSTOM_PROMPT_CHARS,
              count: [...draft.trim()].length,
            }),
    };
  }
  if (containsMarkup(checked.text)) {
    return { ok: false, problem: i18n.t('prompts.problem.promptMarkup') };
  }
  if (deck.prompts.some((prompt) => sameWords(prompt.text, checked.text))) {
    return { ok: false, problem: i18n.t('prompts.problem.promptRepeated') };
  }
  return checked;
}

/**
 * Titles are unique within a crew, so that every control named after its deck ("Delete the deck
 * “…”") has a name no other control shares.
 */
export function checkDeckTitle(draft: string, decks: readonly Deck[], ownId?: Id): DraftCheck {
  const title = draft.trim();
  if (title === '') return { ok: false, problem: i18n.t('prompts.problem.titleEmpty') };
  if ([...title].length > MAX_DECK_TITLE_CHARS) {
    return {
      ok: false,
      problem: i18n.t('prompts.problem.titleTooLong', { max: MAX_DECK_TITLE_CHARS }),
    };
  }
  if (containsMarkup(title)) return { ok: false, problem: i18n.t('prompts.problem.titleMarkup') };
  if (decks.some((deck) => deck.id !== ownId && sameWords(deck.title, title))) {
    return { ok: false, problem: i18n.t('prompts.problem.titleRepeated', { title }) };
  }
  return { ok: true, text: title };
}
