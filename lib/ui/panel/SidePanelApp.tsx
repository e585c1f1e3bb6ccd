import { useEffect, useMemo, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import type { CrewRoundContext } from '../../core/crew-context';
import type { Crew, Settings } from '../../core/model';
import type { CrewkitStore } from '../../store';
import { loadCrewContext } from '../../store/crew-context';
import { keepMeetingOutcomes } from '../../store/meeting-outcomes';
import { browserAudioContext, createChimeScheduler } from '../audio/chime';
import { type ActiveRound, latestUnfinishedRound, useRoundSession } from '../round-controller';
import { FacilitationPanel } from './FacilitationPanel';
import { storeSessionBackend } from './session-backend';

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
  settings,
  crews,
  initial,
}: SidePanelAppProps & Loaded) {
  const [crewId, setCrewId] = useState<string | undefined>(
    initial ? initial.record.crewId : preferQuick ? undefined : crews[0]?.id,
  );
  const [crewContext, setCrewContext] = useState<CrewRoundContext | null>(null);
  const chime = useMemo(() => createChimeScheduler(browserAudioContext), []);
  useEffect(() => () => chime.dispose(), [chime]);

  const backend = useMemo(() => storeSessionBackend(store, subscribe), [store, subscribe]);
  const crew = crews.find((each) => each.id === crewId);
  const session = useRoundSession({
    backend,
    now,
    initial,
    quickRoundNames: settings.quickRoundNames,
    crewId: crew?.id,
    sessionId: crewContext?.sessionId,
    seriesProgress: crewContext?.seriesProgress ?? 0,
  });
  const { round } = session;
  const scheduleSaved = useMeetingOutcomes(store, round);

  useEffect(() => {
    setCrewContext(null);
    if (!crew) return;
    let live = true;
    loadCrewContext(store, crew, now()).then((context) => live && setCrewContext(context));
    return () => {
      live = false;
    };
  }, [crew?.id]);

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
      {session.saveFailed && (
        <p class="ck-note" role="status">
          {i18n.t('sidepanel.saveFailed')}
        </p>
      )}
      {scheduleSaved && (
        <p class="ck-note ck-note--ok ck-sidepanel__note" role="status">
          {i18n.t('call.scheduleSaved')}
        </p>
      )}
      {(!crew || crewContext) && (
        <FacilitationPanel
          key={crew?.id ?? 'quick'}
          round={round?.state ?? null}
          now={now}
          dispatch={session.dispatch}
          context={crewContext?.context ?? { agreements: [] }}
          prompt={session.prompt}
          onAnotherPrompt={session.anotherPrompt}
          settings={settings}
          setup={{ ...crewContext?.setup, quickRoundNames: session.quickRoundNames }}
          onStartRound={session.startRound}
          onNewRound={session.newRound}
          notes={round?.record.notes}
          onNote={session.keepNote}
          scheduleProposal={crewContext?.schedule}
          schedule={round?.record.schedule}
          onSchedule={session.keepSchedule}
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

/**
 * A crew's meeting that ends here leaves its outcomes in the crew and series as a call's end does
 * (the kickoff's notes and schedule, lib/store/meeting-outcomes.ts); whether a schedule was saved.
 */
function useMeetingOutcomes(store: CrewkitStore, round: ActiveRound | null): boolean {
  const [saved, setSaved] = useState<string | null>(null);
  const { record, state } = round ?? {};
  const ended =
    record?.kind === 'agenda' && state?.status === 'ended' && record.crewId && record.sessionId
      ? { roundId: record.id, crewId: record.crewId, sessionId: record.sessionId }
      : null;
  useEffect(() => {
    if (!ended) return;
    let live = true;
    keepMeetingOutcomes(store, ended.crewId, ended.sessionId).then(
      ({ scheduleSaved }) => live && scheduleSaved && setSaved(ended.roundId),
      () => {},
    );
    return () => {
      live = false;
    };
  }, [ended?.roundId]);
  return saved !== null && saved === record?.id;
}
