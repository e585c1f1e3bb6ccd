import { useEffect, useRef, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { newId } from '../../core/ids';
import type { Deck, PromptDepth } from '../../core/model';
import { Field } from '../common/Field';
import { checkDeckTitle, checkPromptDraft } from './prompt-drafts';

interface CrewPromptDeckProps {
  deck: Deck;
  /** Every deck of the crew, to keep titles unique. */
  decks: readonly Deck[];
  onSave: (deck: Deck) => Promise<boolean>;
  onDelete: (deck: Deck) => Promise<boolean>;
}

export const DEPTH_NAMES: Record<PromptDepth, 'light' | 'middle' | 'deep'> = {
  1: 'light',
  2: 'middle',
  3: 'deep',
};
const DEPTHS: PromptDepth[] = [1, 2, 3];

/** One of the crew's own decks: its prompts, adding and removing one, renaming, deleting. */
export function CrewPromptDeck({ deck, decks, onSave, onDelete }: CrewPromptDeckProps) {
  const [draft, setDraft] = useState('');
  const [depth, setDepth] = useState<PromptDepth>(1);
  const [promptProblem, setPromptProblem] = useState<string>();
  const promptField = useRef<HTMLTextAreaElement>(null);

  const addPrompt = async (event: Event) => {
    event.preventDefault();
    const checked = checkPromptDraft(draft, deck);
    if (!checked.ok) {
      setPromptProblem(checked.problem);
      promptField.current?.focus();
      return;
    }
    const prompt = { id: newId(), text: checked.text, depth };
    if (await onSave({ ...deck, prompts: [...deck.prompts, prompt] })) {
      setDraft('');
      setPromptProblem(undefined);
    }
  };

  const removePrompt = async (promptId: string) => {
    await onSave({ ...deck, prompts: deck.prompts.filter((prompt) => prompt.id !== promptId) });
    // The removed prompt's button is gone; keep the keyboard in this deck.
    promptField.current?.focus();
  };

  return (
    <section class="ck-prompt-deck" aria-label={deck.title}>
      <DeckHeading deck={deck} decks={decks} onSave={onSave} onDelete={onDelete} />
      {deck.prompts.length === 0 ? (
        <p class="ck-muted">{i18n.t('prompts.emptyDeck')}</p>
      ) : (
        <ul class="ck-prompt-deck__prompts">
          {deck.prompts.map((prompt) => (
            <li key={prompt.id} class="ck-prompt-deck__prompt">
              <span class="ck-prompt-deck__text">{prompt.text}</span>
              <span class="ck-badge">{i18n.t(`prompts.depth.${DEPTH_NAMES[prompt.depth]}`)}</span>
              <button
                type="button"
                class="ck-button ck-button--quiet ck-button--icon"
                aria-label={i18n.t('prompts.removePrompt', { prompt: prompt.text })}
                title={i18n.t('prompts.removePrompt', { prompt: prompt.text })}
                onClick={() => removePrompt(prompt.id)}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <form class="ck-prompt-deck__add" onSubmit={addPrompt} noValidate>
        <Field
          label={i18n.t('prompts.newPrompt', { deck: deck.title })}
          hint={i18n.t('prompts.newPromptHint')}
          error={promptProblem}
        >
          {({ id, describedBy, invalid }) => (
            <textarea
              ref={promptField}
              id={id}
              class="ck-textarea ck-input--wide"
              rows={2}
              value={draft}
              aria-describedby={describedBy}
              aria-invalid={invalid}
              onInput={(e) => setDraft(e.currentTarget.value)}
            />
          )}
        </Field>
        <div class="ck-row">
          <select
            class="ck-select"
            aria-label={i18n.t('prompts.newPromptDepth', { deck: deck.title })}
            value={String(depth)}
            onChange={(e) => setDepth(Number(e.currentTarget.value) as PromptDepth)}
          >
            {DEPTHS.map((each) => (
              <option key={each} value={String(each)}>
                {i18n.t(`prompts.depth.${DEPTH_NAMES[each]}`)}
              </option>
            ))}
          </select>
          <button
            type="submit"
            class="ck-button"
            aria-label={i18n.t('prompts.addPromptTo', { deck: deck.title })}
          >
            {i18n.t('prompts.addPrompt')}
          </button>
        </div>
      </form>
    </section>
  );
}

/** The deck's title with rename, and delete asked twice (as "Delete everything" is). */
function DeckHeading({ deck, decks, onSave, onDelete }: CrewPromptDeckProps) {
  const [renaming, setRenaming] = useState(false);
  const [title, setTitle] = useState(deck.title);
  const [titleProblem, setTitleProblem] = useState<string>();
  const [confirmDelete, setConfirmDelete] = useState(false);
  const renameButton = useRef<HTMLButtonElement>(null);
  const titleField = useRef<HTMLInputElement>(null);
  const keepButton = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (renaming) titleField.current?.focus();
  }, [renaming]);
  useEffect(() => {
    if (confirmDelete) keepButton.current?.focus();
  }, [confirmDelete]);

  const stopRenaming = () => {
    setRenaming(false);
    setTitleProblem(undefined);
    // Focus goes back to the button that opened the field, once it is rendered again.
    requestAnimationFrame(() => renameButton.current?.focus());
  };

  const saveTitle = async (event: Event) => {
    event.preventDefault();
    const checked = checkDeckTitle(title, decks, deck.id);
    if (!checked.ok) {
      setTitleProblem(checked.problem);
      return;
    }
    if (checked.text === deck.title || (await onSave({ ...deck, title: checked.text }))) {
      stopRenaming();
    }
  };

  if (renaming) {
    return (
      <form class="ck-prompt-deck__rename" onSubmit={saveTitle} noValidate>
        <Field label={i18n.t('prompts.renameTitle', { deck: deck.title })} error={titleProblem}>
          {({ id, describedBy, invalid }) => (
            <input
              ref={titleField}
              id={id}
              class="ck-input"
              value={title}
              aria-describedby={describedBy}
              aria-invalid={invalid}
              onInput={(e) => setTitle(e.currentTarget.value)}
            />
          )}
        </Field>
        <div class="ck-row">
          <button
            type="submit"
            class="ck-button ck-button--primary"
            aria-label={i18n.t('prompts.saveTitleOf', { deck: deck.title })}
          >
            {i18n.t('prompts.saveTitle')}
          </button>
          <button
            type="button"
            class="ck-button"
            aria-label={i18n.t('prompts.keepTitle', { deck: deck.title })}
            onClick={stopRenaming}
          >
            {i18n.t('common.cancel')}
          </button>
        </div>
      </form>
    );
  }

  return (
    <div class="ck-prompt-deck__head">
      <h5 class="ck-prompt-deck__title">
        {deck.title}{' '}
        <span class="ck-muted">
          {i18n.t('prompts.deckCount', deck.prompts.length, { count: deck.prompts.length })}
        </span>
      </h5>
      {!confirmDelete ? (
        <div class="ck-row">
          <button
            ref={renameButton}
            type="button"
            class="ck-button"
            aria-label={i18n.t('prompts.renameDeck', { deck: deck.title })}
            onClick={() => {
              setTitle(deck.title);
              setRenaming(true);
            }}
          >
            {i18n.t('prompts.rename')}
          </button>
          <button
            type="button"
            class="ck-button ck-button--danger"
            aria-label={i18n.t('prompts.deleteDeck', { deck: deck.title })}
            onClick={() => setConfirmDelete(true)}
          >
            {i18n.t('prompts.delete')}
          </button>
        </div>
      ) : (
        <div class="ck-note" role="alertdialog" aria-labelledby={`ck-delete-${deck.id}`}>
          <p id={`ck-delete-${deck.id}`}>
            {i18n.t('prompts.deleteQuestion', deck.prompts.length, {
              deck: deck.title,
              count: deck.prompts.length,
            })}
          </p>
          <div class="ck-row">
            <button
              type="button"
              class="ck-button ck-button--danger"
              onClick={async () => {
                if (!(await onDelete(deck))) setConfirmDelete(false);
              }}
            >
              {i18n.t('prompts.deleteConfirm', { deck: deck.title })}
            </button>
            <button
              ref={keepButton}
              type="button"
              class="ck-button"
              aria-label={i18n.t('prompts.keepDeck', { deck: deck.title })}
              onClick={() => setConfirmDelete(false)}
            >
              {i18n.t('prompts.deleteKeep')}
            </button>
          </div>
        </div>
      )}
    </div>
  );
}
