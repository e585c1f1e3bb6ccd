import { useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { newId } from '../../core/ids';
import { type Crew, type Deck, type DeckKind, SCHEMA_VERSION } from '../../core/model';
import { BUILTIN_DECKS } from '../../core/prompts';
import type { CrewkitStore } from '../../store/store';
import { Field } from '../common/Field';
import { useStoreQuery } from '../hooks/useStoreQuery';
import { CrewPromptDeck } from './CrewPromptDeck';
import { checkDeckTitle } from './prompt-drafts';
import './CrewPrompts.css';

/** Message names may hold only letters, digits and _ (Chrome refuses the extension otherwise). */
const KIND_KEY = {
  'check-in': 'checkIn',
  'check-out': 'checkOut',
  reflection: 'reflection',
} as const;

export type CrewPromptsStore = Pick<
  CrewkitStore,
  'listDecks' | 'putDeck' | 'deleteDeck' | 'getCrew' | 'putCrew'
>;

export interface CrewPromptsProps {
  crew: Crew;
  store: CrewPromptsStore;
  subscribe: (onChange: () => void, signal: AbortSignal) => void;
  /** Extra notice after each write (the options page's store already announces its writes). */
  announce?: ((crewId: string) => void) | undefined;
}

const KINDS: DeckKind[] = ['check-in', 'check-out', 'reflection'];

function builtinCount(kind: DeckKind): number {
  return BUILTIN_DECKS.filter((deck) => deck.kind === kind).reduce(
    (sum, deck) => sum + deck.prompts.length,
    0,
  );
}

/**
 * The crew's own prompt decks (issue 3, "Prompts"). A deck is stored before the crew lists it:
 * the store refuses a crew whose deckIds name a deck it does not have (lib/store/links.ts).
 */
export function CrewPrompts({ crew, store, subscribe, announce }: CrewPromptsProps) {
  // Bumped after our own writes, so the list is current even before the store's notice arrives.
  const [revision, setRevision] = useState(0);
  const [failure, setFailure] = useState<string>();
  const decks = useStoreQuery(() => store.listDecks(crew.id), subscribe, [
    store,
    crew.id,
    revision,
  ]);
  const all = decks.status === 'ready' ? decks.data : [];
  const ownCount = all.reduce((sum, deck) => sum + deck.prompts.length, 0);

  /** Runs one write; true when it was stored. A refusal is shown, never thrown at the page. */
  const write = async (work: () => Promise<void>): Promise<boolean> => {
    try {
      await work();
      setFailure(undefined);
      return true;
    } catch (error) {
      setFailure(
        i18n.t('common.unexpectedError', {
          detail: error instanceof Error ? error.message : String(error),
        }),
      );
      return false;
    } finally {
      setRevision((n) => n + 1);
    }
  };
  const announced = async (work: () => Promise<void>) => {
    const stored = await write(work);
    if (stored) announce?.(crew.id);
    return stored;
  };

  const createDeck = (kind: DeckKind, title: string) =>
    announced(async () => {
      const deck: Deck = {
        v: SCHEMA_VERSION,
        id: newId(),
        crewId: crew.id,
        kind,
        title,
        prompts: [],
      };
      await store.putDeck(deck);
      try {
        // Read the crew afresh: the prop may predate another tab's edit.
        const current = (await store.getCrew(crew.id)) ?? crew;
        if (!current.deckIds.includes(deck.id)) {
          await store.putCrew({ ...current, deckIds: [...current.deckIds, deck.id] });
        }
      } catch (error) {
        await store.deleteDeck(crew.id, deck.id);
        throw error;
      }
    });

  return (
    <section class="ck-card ck-prompts">
      <details>
        <summary class="ck-prompts__summary">
          <span class="ck-prompts__title">{i18n.t('prompts.title')}</span>{' '}
          {decks.status === 'ready' && (
            <span class="ck-muted">{i18n.t('prompts.ownCount', { count: ownCount })}</span>
          )}
        </summary>
        <p class="ck-muted">
          {i18n.t('prompts.intro', {
            checkIn: builtinCount('check-in'),
            checkOut: builtinCount('check-out'),
            reflection: builtinCount('reflection'),
          })}
        </p>
        {decks.status === 'loading' && <p class="ck-muted">{i18n.t('common.loading')}</p>}
        {decks.status === 'error' && (
          <p class="ck-error" role="alert">
            {i18n.t('options.loadFailed', { detail: decks.message })}
          </p>
        )}
        {failure && (
          <p class="ck-error" role="alert">
            {failure}
          </p>
        )}
        {decks.status === 'ready' && all.length === 0 && <p>{i18n.t('prompts.none')}</p>}
        {KINDS.map((kind) => {
          const ofKind = all
            .filter((deck) => deck.kind === kind)
            .sort((a, b) => a.title.localeCompare(b.title));
          if (ofKind.length === 0) return null;
          return (
            <div key={kind} class="ck-prompts__kind">
              <h4>{i18n.t(`prompts.kindHeading.${KIND_KEY[kind]}`)}</h4>
              {ofKind.map((deck) => (
                <CrewPromptDeck
                  key={deck.id}
                  deck={deck}
                  decks={all}
                  onSave={(changed) => announced(() => store.putDeck(changed))}
                  onDelete={(gone) => announced(() => store.deleteDeck(crew.id, gone.id))}
                />
              ))}
            </div>
          );
        })}
        {decks.status === 'ready' && <NewDeckForm decks={all} onCreate={createDeck} />}
      </details>
    </section>
  );
}

interface NewDeckFormProps {
  decks: readonly Deck[];
  onCreate: (kind: DeckKind, title: string) => Promise<boolean>;
}

function NewDeckForm({ decks, onCreate }: NewDeckFormProps) {
  const [kind, setKind] = useState<DeckKind>('check-in');
  const [title, setTitle] = useState('');
  const [problem, setProblem] = useState<string>();

  const submit = async (event: Event) => {
    event.preventDefault();
    const checked = checkDeckTitle(title, decks);
    if (!checked.ok) {
      setProblem(checked.problem);
      return;
    }
    if (await onCreate(kind, checked.text)) {
      setTitle('');
      setProblem(undefined);
    }
  };

  return (
    <form class="ck-prompts__new" onSubmit={submit} noValidate>
      <h4>{i18n.t('prompts.newDeck')}</h4>
      <div class="ck-row">
        <Field label={i18n.t('prompts.newDeckKind')}>
          {({ id }) => (
            <select
              id={id}
              class="ck-select"
              value={kind}
              onChange={(e) => setKind(e.currentTarget.value as DeckKind)}
            >
              {KINDS.map((each) => (
                <option key={each} value={each}>
                  {i18n.t(`prompts.kind.${KIND_KEY[each]}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={i18n.t('prompts.newDeckTitle')} error={problem}>
          {({ id, describedBy, invalid }) => (
            <input
              id={id}
              class="ck-input"
              value={title}
              aria-describedby={describedBy}
              aria-invalid={invalid}
              onInput={(e) => setTitle(e.currentTarget.value)}
            />
          )}
        </Field>
      </div>
      <button type="submit" class="ck-button">
        {i18n.t('prompts.createDeck')}
      </button>
    </form>
  );
}
