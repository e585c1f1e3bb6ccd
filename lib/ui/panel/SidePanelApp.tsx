import { useEffect, useMemo, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import type { CrewRoundContext } from '../../core/crew-context';
import type { Crew, Settings } from '../../core/model';
import { deckKindFor, promptOf, type ShownPrompt } from '../../core/prompts/shown';
import type { CrewkitStore } from '../../store';
import { loadCrewContext } from '../../store/crew-context';
import { choosePrompt } from '../../store/prompt-choice';
import { browserAudioContext, createChimeScheduler } from '../audio/chime';
import {
  type ActiveRound,
  latestUnfinishedRound,
  newRoundRecord,
  type RoundPort,
  useRoundController,
} from '../round-controller';
import { FacilitationPanel } from './FacilitationPanel';
import type { RoundSetupResult } from './types';

export interface SidePanelAppProps {
  store: CrewkitStore;
  now: () => number;
  /** Calls back after writes made elsewhere (the background applying a shortcut, another panel). */
  subscribe: (onChange: () => void, signal: AbortSignal) => void;
  openOptions: () => void;
  /** Start on a quick round (the popup's "Quick round"). */
  preferQuick?: boolean;
}

interface Loaded {
  settings: Settings;
  crews: Crew[];
  initial: ActiveRound | null;
}

/** The side panel: pick a crew or a quick round, run it, resume it after any reload. */
export function SidePanelApp(props: SidePanelAppProps) {
  const [loaded, setLoaded] = useState<Loaded | { error: string } | null>(null);
  useEffect(() => {
    const { store } = props;
    Promise.all([store.getSettings(), store.listCrews(), store.listRounds()]).then(
      ([settings, crews, rounds]) =>
        setLoaded({
          settings,
          crews: crews.filter((crew) => !crew.archivedAt),
          initial: latestUnfinishedRound(rounds),
        }),
      (error: unknown) => setLoaded({ error: String(error) }),
    );
  }, [props.store]);

  if (!loaded)
    return <p class="ck-root ck-muted ck-sidepanel__loading">{i18n.t('sidepanel.loading')}</p>;
  if ('error' in loaded) {
    return (
      <p class="ck-root ck-error" role="alert">
        {i18n.t('sidepanel.loadFailed', { detail: loaded.error })}
      </p>
    );
  }
  return <SidePanelRound {...props} {...loaded} />;
}

function SidePanelRound({
  store,
  now,
  subscribe,
  openOptions,
  preferQuick,
  settings: initialSettings,
  crews,
  initial,
}: SidePanelAppProps & Loaded) {
  const [settings, setSettings] = useState(initialSettings);
  const [crewId, setCrewId] = useState<string | undefined>(
    initial ? initial.record.crewId : preferQuick ? undefined : crews[0]?.id,
  );
  const [crewContext, setCrewContext] = useState<CrewRoundContext | null>(null);
  const [prompt, setPrompt] = useState<ShownPrompt | null>(null);
  const [saveFailed, setSaveFailed] = useState(false);
  const chime = useMemo(() => createChimeScheduler(browserAudioContext), []);
  useEffect(() => () => chime.dispose(), [chime]);

  const port = useMemo<RoundPort>(
    () => ({ save: (record) => store.putRound(record), load: (c, id) => store.getRound(c, id) }),
    [store],
  );
  const controller = useRoundController({
    port,
    now,
    initial,
    subscribe,
    onSaveError: () => setSaveFailed(true),
  });
  const round = controller.active;

  const crew = crews.find((each) => each.id === crewId);
  useEffect(() => {
    setCrewContext(null);
    if (!crew) return;
    let live = true;
    loadCrewContext(store, crew, now()).then((context) => live && setCrewContext(context));
    return () => {
      live = false;
    };
  }, [crew?.id]);

  const startRound = (result: RoundSetupResult) => {
    const record = newRoundRecord({
      state: result.state,
      kind: result.kind,
      createdAt: new Date(now()).toISOString(),
      crewId: crew?.id,
      sessionId: crew ? crewContext?.sessionId : undefined,
    });
    controller.begin(record);
    if (result.quickRoundNames) {
      const next = { ...settings, quickRoundNames: result.quickRoundNames };
      setSettings(next);
      store.putSettings(next).catch(() => setSaveFailed(true));
    }
    const deckKind = deckKindFor(result.kind);
    setPrompt(null);
    if (deckKind) showPrompt({ roundId: record.id, kind: deckKind });
  };

  const showPrompt = (request: {
    roundId: string;
    kind: ShownPrompt['kind'];
    excludeId?: string;
  }) =>
    choosePrompt(store, {
      ...request,
      crewId: crew?.id,
      seriesProgress: crewContext?.seriesProgress ?? 0,
      random: Math.random,
    }).then(
      (shown) => {
        setPrompt(shown);
        // Kept with the round, so a reload shows the same prompt.
        if (shown) controller.annotate({ prompt: { id: shown.promptId, text: shown.text } });
      },
      () => setPrompt(null),
    );

  const newRound = () => {
    // A round set up but never started leaves nothing worth keeping.
    if (round?.state.status === 'ready') {
      store.deleteRound(round.record.crewId, round.record.id).catch(() => {});
    }
    controller.clear();
    setPrompt(null);
  };

  const shownPrompt = promptOf(prompt, round);
  return (
    <div class="ck-root ck-sidepanel">
      {!round && (
        <div class="ck-sidepanel__picker">
          <label for="ck-round-for">{i18n.t('sidepanel.for')}</label>
          <select
            id="ck-round-for"
            class="ck-select"
            value={crewId ?? ''}
            onChange={(e) => setCrewId(e.currentTarget.value || undefined)}
          >
            <option value="">{i18n.t('sidepanel.quickRound')}</option>
            {crews.map((each) => (
              <option key={each.id} value={each.id}>
                {each.name}
              </option>
            ))}
          </select>
        </div>
      )}
      {saveFailed && (
        <p class="ck-note" role="status">
          {i18n.t('sidepanel.saveFailed')}
        </p>
      )}
      {(!crew || crewContext) && (
        <FacilitationPanel
          key={crew?.id ?? 'quick'}
          round={round?.state ?? null}
          now={now}
          dispatch={controller.dispatch}
          context={crewContext?.context ?? { agreements: [] }}
          prompt={shownPrompt}
          onAnotherPrompt={
            shownPrompt
              ? () =>
                  showPrompt({
                    roundId: shownPrompt.roundId,
                    kind: shownPrompt.kind,
                    excludeId: shownPrompt.promptId,
                  })
              : undefined
          }
          settings={settings}
          setup={{ ...crewContext?.setup, quickRoundNames: settings.quickRoundNames }}
          onStartRound={startRound}
          onNewRound={newRound}
          chime={chime}
        />
      )}
      <footer class="ck-sidepanel__footer">
        <span class="ck-muted">{i18n.t('extName')}</span>
        <button type="button" class="ck-button ck-button--quiet" onClick={openOptions}>
          {i18n.t('sidepanel.crewsAndSettings')}
        </button>
      </footer>
    </div>
  );
}
