import { useState } from 'preact/hooks';
import { i18n } from '#i18n';
import type { Crew, Id } from '../../core/model';
import type { CrewkitStore } from '../../store/store';
import { useFocusOnMount } from '../common/focus';
import { useLazy } from '../hooks/useLazy';
import { useStoreQuery } from '../hooks/useStoreQuery';
import type { CommandBinding } from '../panel/ShortcutsInfo';
import { usePageRoute } from '../pathway/page-hash';
import { usePathwayPrefetch } from '../pathway/pathway-prefetch';
import type { CalendarSyncBrowser } from './CalendarSync';
import { CrewEditor } from './CrewEditor';
import { CrewView } from './CrewView';
import type { JitsiHostsBrowser } from './JitsiHosts';
import type { RemindersBrowser } from './Reminders';
import './options.css';

export interface OptionsAppProps {
  store: CrewkitStore;
  now: () => number;
  /** Calls back when the store changes elsewhere (another page, the background). */
  subscribe: (onChange: () => void, signal: AbortSignal) => void;
  /** The keyboard shortcuts and where this browser lets people change them. */
  shortcuts?: { getCommands: () => Promise<CommandBinding[]>; isFirefox: boolean } | undefined;
  /** Host permissions and the Jitsi script registrations (browser APIs, from the entry point). */
  jitsi?: JitsiHostsBrowser | undefined;
  /** The browser's side of the Google Calendar sync section; without it the section is left out. */
  calendarSync?: CalendarSyncBrowser | undefined;
  /** The browser's side of the reminders section. */
  reminders?: RemindersBrowser | undefined;
}

type Mode = { kind: 'view' } | { kind: 'new' } | { kind: 'edit'; crewId: Id };

/** The options page: crews on the left, the chosen crew's sessions and hosts on the right. */
export function OptionsApp({
  store,
  now,
  subscribe,
  shortcuts,
  jitsi,
  calendarSync,
  reminders,
}: OptionsAppProps) {
  const crews = useStoreQuery(() => store.listCrews(), subscribe, [store]);
  const [selectedId, setSelectedId] = useState<Id | undefined>();
  const [mode, setMode] = useState<Mode>({ kind: 'view' });
  const [showArchived, setShowArchived] = useState(false);
  const [saveError, setSaveError] = useState<string | undefined>();
  // The editor is gone once saved or cancelled: what replaces it takes the focus, not <body>.
  const [returnFocus, setReturnFocus] = useState(false);
  const closeEditor = () => {
    setReturnFocus(true);
    setMode({ kind: 'view' });
  };

  const [route, openPage] = usePageRoute();
  const pathwayRead = usePathwayPrefetch(store, subscribe, route.page === 'pathway');
  const Pathway = useLazy(
    () => import('../pathway/PathwayPage').then((m) => m.PathwayPage),
    route.page === 'pathway',
  );
  const Secondary = useLazy(
    () => import('./SecondarySections').then((m) => m.SecondarySections),
    crews.status !== 'loading',
  );

  const all = crews.status === 'ready' ? crews.data : [];
  const visible = all
    .filter((c) => showArchived || !c.archivedAt)
    .sort((a, b) => a.name.localeCompare(b.name));
  const selected = all.find((c) => c.id === selectedId) ?? visible[0];

  const save = async (crew: Crew) => {
    try {
      // Decks are added to the crew outside this form: keep the stored list, not the form's copy.
      const stored = await store.getCrew(crew.id);
      await store.putCrew(stored ? { ...crew, deckIds: stored.deckIds } : crew);
      setSaveError(undefined);
      setSelectedId(crew.id);
      closeEditor();
    } catch (error) {
      setSaveError(i18n.t('common.unexpectedError', { detail: (error as Error).message }));
    }
  };

  return (
    <div class="ck-root ck-options">
      <header class="ck-options__header">
        <h1>{i18n.t('extName')}</h1>
        <p class="ck-muted">{i18n.t('options.tagline')}</p>
        <nav class="ck-tabs" aria-label={i18n.t('options.pagesNav')}>
          {(['crews', 'pathway'] as const).map((page) => (
            <button
              key={page}
              type="button"
              class="ck-tabs__tab"
              aria-current={route.page === page ? 'page' : undefined}
              onClick={() => openPage(page)}
            >
              {page === 'crews' ? i18n.t('options.crewsNav') : i18n.t('pathway.tab')}
            </button>
          ))}
        </nav>
      </header>
      {route.page === 'pathway' && Pathway && (
        <Pathway
          store={store}
          now={now}
          subscribe={subscribe}
          reflect={route.reflect}
          prefetched={pathwayRead}
        />
      )}
      <div class="ck-options__layout" hidden={route.page === 'pathway'}>
        <nav class="ck-options__nav" aria-label={i18n.t('options.crewsNav')}>
          <h2>{i18n.t('options.yourCrews')}</h2>
          {crews.status === 'loading' && <p class="ck-muted">{i18n.t('common.loading')}</p>}
          {crews.status === 'error' && (
            <p class="ck-error" role="alert">
              {i18n.t('options.loadFailed', { detail: crews.message })}
            </p>
          )}
          <ul class="ck-crew-list">
            {visible.map((crew) => (
              <li key={crew.id}>
                <button
                  type="button"
                  class="ck-crew-list__item"
                  aria-current={
                    selected?.id === crew.id && mode.kind === 'view' ? 'page' : undefined
                  }
                  onClick={() => {
                    setSelectedId(crew.id);
                    setReturnFocus(false);
                    setMode({ kind: 'view' });
                  }}
                >
                  <span>{crew.name}</span>
                  {crew.archivedAt && <span class="ck-badge">{i18n.t('options.archived')}</span>}
                </button>
              </li>
            ))}
          </ul>
          <button
            type="button"
            class="ck-button ck-button--primary"
            onClick={() => setMode({ kind: 'new' })}
          >
            {i18n.t('options.newCrew')}
          </button>
          <label class="ck-check">
            <input
              type="checkbox"
              checked={showArchived}
              onChange={(e) => setShowArchived(e.currentTarget.checked)}
            />
            {i18n.t('options.showArchived')}
          </label>
        </nav>
        <main class="ck-options__main">
          {saveError && (
            <p class="ck-error" role="alert">
              {saveError}
            </p>
          )}
          {mode.kind === 'new' && <CrewEditor now={now} onSave={save} onCancel={closeEditor} />}
          {mode.kind === 'edit' && (
            <CrewEditor
              crew={all.find((c) => c.id === mode.crewId)}
              now={now}
              onSave={save}
              onCancel={closeEditor}
            />
          )}
          {/* Left out while the pathway shows: it would load the crew's sessions for nothing. */}
          {mode.kind === 'view' && selected && route.page === 'crews' && (
            <CrewView
              key={selected.id}
              crew={selected}
              store={store}
              now={now}
              subscribe={subscribe}
              takeFocus={returnFocus}
              onEdit={() => setMode({ kind: 'edit', crewId: selected.id })}
            />
          )}
          {mode.kind === 'view' && crews.status === 'ready' && !selected && (
            <Welcome takeFocus={returnFocus} onSetUp={() => setMode({ kind: 'new' })} />
          )}
          {Secondary && route.page === 'crews' && (
            <Secondary
              store={store}
              now={now}
              shortcuts={shortcuts}
              jitsi={jitsi}
              calendarSync={calendarSync}
              reminders={reminders}
            />
          )}
        </main>
      </div>
    </div>
  );
}

function Welcome({ takeFocus, onSetUp }: { takeFocus: boolean; onSetUp: () => void }) {
  const button = useFocusOnMount<HTMLButtonElement>(takeFocus);
  return (
    <section class="ck-card ck-welcome">
      <h2>{i18n.t('options.welcomeTitle')}</h2>
      <p>{i18n.t('options.welcomeText')}</p>
      <button ref={button} type="button" class="ck-button ck-button--primary" onClick={onSetUp}>
        {i18n.t('options.setUpFirst')}
      </button>
    </section>
  );
}
