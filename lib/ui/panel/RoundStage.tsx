import { i18n } from '#i18n';
import { retrospectiveQuestion } from '../../core/meeting-prompt';
import { kickoffNoteOf } from '../../core/pathway/kickoff';
import { schedulePhaseOn } from '../../core/pathway/kickoff-schedule';
import {
  type MeetingPlace,
  type RoundEvent,
  type RoundState,
  type RoundView,
  seededShuffle,
  slotKey,
} from '../../core/round';
import { AgendaList } from './AgendaList';
import { Controls } from './Controls';
import { LiveCountdown } from './Countdown';
import { formatRemaining } from './format';
import { MeetingBar } from './MeetingBar';
import { OrderList, slotName } from './OrderList';
import { PeopleChanges } from './PeopleChanges';
import { PhaseNotes } from './PhaseNotes';
import { PromptCard } from './PromptCard';
import { ScheduleFields } from './ScheduleFields';
import type { FacilitationPanelProps } from './types';

export interface RoundStageProps
  extends Pick<
    FacilitationPanelProps,
    | 'dispatch'
    | 'prompt'
    | 'onAnotherPrompt'
    | 'onNewRound'
    | 'inCall'
    | 'now'
    | 'notes'
    | 'onNote'
    | 'scheduleProposal'
    | 'schedule'
    | 'onSchedule'
  > {
  round: RoundState;
  /** The view of the agenda (or of the round, when it is not an agenda). */
  view: RoundView;
  /** What runs the countdown and the order: a meeting phase's turns, else `round` itself. */
  stage: RoundState;
  stageView: RoundView;
  place: MeetingPlace | null;
  random: () => number;
  newId: () => string;
  /** An engine event with the sentence the live region says after it. */
  act: (event: RoundEvent, said: string) => void;
}

/** The round (or the meeting) before its start, order shown and changeable, and while it runs. */
export function RoundStage({
  round,
  view,
  stage,
  stageView,
  place,
  dispatch,
  act,
  prompt,
  onAnotherPrompt,
  onNewRound,
  random,
  newId,
  inCall,
  now,
  notes,
  onNote,
  scheduleProposal,
  schedule,
  onSchedule,
}: RoundStageProps) {
  const isReady = round.status === 'ready';
  const isAgenda = round.budget.kind === 'phases';
  const hasTurns = stage !== round;
  const first = round.entries[0]?.slot;
  const next = stageView.upcoming[0] ?? (hasTurns ? view.upcoming[0] : undefined);
  // The kickoff's intentions (a round) and agreements (a timed block) are noted too (issue 10).
  const question = (hasTurns ? retrospectiveQuestion(round) : null) ?? kickoffNoteOf(round);
  const phaseId = place?.phase.phaseId;
  const shuffle = () => {
    const keys = round.entries.map((entry) => slotKey(entry.slot));
    dispatch({ type: 'reorder', order: seededShuffle(keys, Math.floor(random() * 2 ** 31)) });
  };

  return (
    <div class="ck-stage">
      {/* First in the stage, so the host sees an arrival without scrolling. */}
      <PeopleChanges round={stage} people={round.people} inCall={inCall} dispatch={dispatch} />
      {prompt && (!isAgenda || hasTurns) && (
        <PromptCard
          text={prompt.text}
          onAnother={isReady || hasTurns ? onAnotherPrompt : undefined}
        />
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
          {place && <MeetingBar place={place} act={act} newId={newId} />}
          <p class="ck-stage__speaker" data-testid="current-speaker">
            {stageView.current ? slotName(stageView.current) : ''}
          </p>
          {/* Ticks on its own each second; the rest of the stage renders on changes (issue 8). */}
          <LiveCountdown round={stage} now={now} />
          <Controls
            isPaused={stageView.isPaused}
            canPass={stageView.current?.kind === 'turn'}
            canGoBack={stage.index > 0 || round.index > 0}
            nextName={next ? slotName(next) : null}
            endsMeeting={isAgenda}
            dispatch={dispatch}
          />
        </div>
      )}
      {question && phaseId && onNote && (
        <PhaseNotes
          phaseId={phaseId}
          question={question}
          text={notes?.[phaseId] ?? ''}
          onKeep={onNote}
        />
      )}
      {scheduleProposal && onSchedule && schedulePhaseOn(round) && (
        <ScheduleFields proposal={scheduleProposal} schedule={schedule} onKeep={onSchedule} />
      )}
      {hasTurns && (
        <OrderList
          round={stage}
          elapsedBySlot={stageView.elapsedBySlot}
          canReorder={true}
          dispatch={dispatch}
        />
      )}
      {isAgenda ? (
        <AgendaList round={round} elapsedBySlot={view.elapsedBySlot} act={act} />
      ) : (
        <OrderList
          round={round}
          elapsedBySlot={view.elapsedBySlot}
          canReorder={round.status !== 'ended'}
          dispatch={dispatch}
        />
      )}
    </div>
  );
}
