import { useEffect, useRef, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { newId as randomId } from '../../core/ids';
import {
  nextChimeAt,
  nextWarningAt,
  type RoundState,
  type RoundView,
  roundView,
  seededShuffle,
  settle,
  slotKey,
} from '../../core/round';
import { type AnnounceMoment, announcementFor, momentOf } from './announce';
import { Controls } from './Controls';
import { LiveCountdown } from './Countdown';
import { formatRemaining } from './format';
import { OrderList, slotName } from './OrderList';
import { PanelHeader } from './PanelHeader';
import { PeopleChanges } from './PeopleChanges';
import { PromptCard } from './PromptCard';
import { RoundSetup } from './RoundSetup';
import { RoundSummary } from './RoundSummary';
import type { FacilitationPanelProps } from './types';
import { useStageTick } from './useDisplayTick';
import './panel.css';

/**
 * The facilitation panel: round setup, the running round and its summary. It does not care where
 * it is mounted; the host page passes the round, the clock and a `dispatch` for engine events.
 */
export function FacilitationPanel(props: FacilitationPanelProps) {
  const { round, now, context, settings, chime } = props;
  const random = props.random ?? Math.random;
  const makeId = props.newId ?? (() => randomId());

  const syncChime = (at: number) => {
    if (!chime) return;
    const settled = round ? settle(round, at) : null;
    chime.sync(
      {
        turnEndsAt: settled ? nextChimeAt(settled) : null,
        warningAt: settled ? nextWarningAt(settled) : null,
        volume: settings.chimeVolume,
      },
      at,
    );
  };
  // The countdown ticks on its own (LiveCountdown); the panel re-renders when the speaker or the
  // turn's state changes. The chime is planned ahead on the audio clock, so it needs no ticking of
  // its own: syncing after each render (every event, every change of turn) is enough.
  useStageTick(round, now);
  useEffect(() => syncChime(now()));

  const view = round ? roundView(round, now()) : null;
  const [announcement, setAnnouncement] = useState('');
  const before = useRef<AnnounceMoment | null>(view ? momentOf(view) : null);
  useEffect(() => {
    if (!view) {
      before.current = null;
      return;
    }
    const said = before.current ? announcementFor(before.current, view) : null;
    before.current = momentOf(view);
    if (said) setAnnouncement(said);
  });

  return (
    <section class="ck-root ck-panel" aria-label={i18n.t('panel.label')}>
      {(round !== null || context.crewName) && <PanelHeader {...context} />}
      {round === null || view === null ? (
        <RoundSetup
          source={props.setup}
          settings={settings}
          newId={makeId}
          random={random}
          onReady={props.onStartRound}
        />
      ) : round.status === 'ended' ? (
        <RoundSummary round={round} now={now} onNewRound={props.onNewRound} />
      ) : (
        <RoundStage {...props} round={round} view={view} random={random} />
      )}
      <p class="ck-visually-hidden" aria-live="polite" aria-atomic="true">
        {announcement}
      </p>
    </section>
  );
}

interface RoundStageProps extends FacilitationPanelProps {
  round: RoundState;
  view: RoundView;
  random: () => number;
}

/** The round before its start (order shown, can be changed) and while it runs. */
function RoundStage({
  round,
  view,
  dispatch,
  prompt,
  onAnotherPrompt,
  onNewRound,
  random,
  inCall,
  now,
}: RoundStageProps) {
  const isReady = round.status === 'ready';
  const isAgenda = round.budget.kind === 'phases';
  const first = round.entries[0]?.slot;
  const next = view.upcoming[0];
  const shuffle = () => {
    const keys = round.entries.map((entry) => slotKey(entry.slot));
    dispatch({ type: 'reorder', order: seededShuffle(keys, Math.floor(random() * 2 ** 31)) });
  };

  return (
    <div class="ck-stage">
      {/* First in the stage, so the host sees an arrival without scrolling. */}
      <PeopleChanges round={round} inCall={inCall} dispatch={dispatch} />
      {prompt && !isAgenda && (
        <PromptCard text={prompt.text} onAnother={isReady ? onAnotherPrompt : undefined} />
      )}
      {isReady ? (
        <div class="ck-stage__ready">
          <p class="ck-stage__who">
            {first &&
              (isAgenda
                ? i18n.t('panel.stage.firstPhase', { name: slotName(first) })
                : i18n.t('panel.stage.firstSpeaker', { name: slotName(first) }))}
          </p>
          {view.upcomingShareMs !== null && (
            <p class="ck-muted">
              {i18n.t('panel.stage.each', { time: formatRemaining(view.upcomingShareMs) })}
            </p>
          )}
          <div class="ck-stage__actions">
            <button
              type="button"
              class="ck-button ck-button--primary ck-stage__start"
              onClick={() => dispatch({ type: 'start' })}
            >
              {i18n.t('panel.stage.start')}
            </button>
            {!isAgenda && (
              <button type="button" class="ck-button" onClick={shuffle}>
                {i18n.t('panel.stage.shuffle')}
              </button>
            )}
            <button type="button" class="ck-button ck-button--quiet" onClick={onNewRound}>
              {i18n.t('panel.stage.changeSetup')}
            </button>
          </div>
        </div>
      ) : (
        <div class="ck-stage__live">
          <p class="ck-stage__speaker" data-testid="current-speaker">
            {view.current ? slotName(view.current) : ''}
          </p>
          <LiveCountdown round={round} now={now} />
          <Controls
            isPaused={view.isPaused}
            canPass={view.current?.kind === 'turn'}
            canGoBack={round.index > 0}
            nextName={next ? slotName(next) : null}
            dispatch={dispatch}
          />
        </div>
      )}
      <OrderList
        round={round}
        elapsedBySlot={view.elapsedBySlot}
        canReorder={round.status !== 'ended'}
        dispatch={dispatch}
      />
    </div>
  );
}
