// One round session for every panel (issue 7, "One round-session hook"): the side panel and the
// call panel each had an ~80-line copy of this (start a round, remember quick-round names, pick
// and keep a prompt, drop a round never started) and the copies had drifted. Where things are
// kept differs, so that part is a small backend: the store in extension pages
// (lib/ui/panel/session-backend.ts), messages to the background in a call
// (lib/features/call/backend.ts).
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { meetingPromptNeed, meetingPromptOf } from '../../core/meeting-prompt';
import type { Id } from '../../core/model';
import type { KickoffSchedule } from '../../core/pathway/kickoff-schedule';
import { promptLanguage } from '../../core/prompts/decks';
import { deckKindFor, promptOf, type ShownPrompt } from '../../core/prompts/shown';
import type { RoundEvent } from '../../core/round';
import { type ActiveRound, newRoundRecord } from '../../core/round-records';
import type { RoundSetupResult } from '../panel/types';
import { type RoundPort, useRoundController } from './useRoundController';

/** The rounds that come with a prompt. */
export type PromptKind = 'check-in' | 'check-out';

export interface PromptRequest {
  roundId: Id;
  kind: PromptKind;
  crewId?: Id;
  seriesProgress: number;
  excludeId?: Id;
}

/** What a round session needs from where it runs. */
export interface RoundSessionBackend {
  rounds: RoundPort;
  /** Calls back after rounds were written elsewhere, until the signal aborts. */
  subscribe(onChange: () => void, signal: AbortSignal): void;
  choosePrompt(request: PromptRequest): Promise<ShownPrompt | null>;
  /** Rejects when the names could not be kept (the panel says so). */
  rememberQuickNames(names: string[]): Promise<void>;
  deleteRound(crewId: Id | undefined, roundId: Id): Promise<void>;
}

export interface RoundSessionOptions {
  backend: RoundSessionBackend;
  now: () => number;
  /** The round to resume, if any. */
  initial: ActiveRound | null;
  /** Names typed for the last quick round, as stored. */
  quickRoundNames: string[];
  /** Where a new round belongs: the crew and session it is for, the call it runs in. */
  crewId?: Id | undefined;
  sessionId?: Id | undefined;
  meetCode?: string | undefined;
  /** How far the crew is through its series (0..1): later sessions get deeper prompts. */
  seriesProgress: number;
}

export interface RoundSession {
  round: ActiveRound | null;
  dispatch(event: RoundEvent): void;
  prompt: ShownPrompt | null;
  /** Another prompt for the round on screen; undefined when it has none. */
  anotherPrompt: (() => void) | undefined;
  quickRoundNames: string[];
  /** A save failed: the round goes on, but may not survive a reload. */
  saveFailed: boolean;
  startRound(result: RoundSetupResult): void;
  /** Leave a finished round's summary, or drop a round set up but never started. */
  newRound(): void;
  /** Keep what the host noted in a meeting's phase (the retrospective's answers). */
  keepNote(phaseId: Id, text: string): void;
  /** Keep the schedule the crew agreed in the kickoff (written into the series at its end). */
  keepSchedule(schedule: KickoffSchedule): void;
}

function isPromptKind(kind: string | null): kind is PromptKind {
  return kind === 'check-in' || kind === 'check-out';
}

export function useRoundSession(options: RoundSessionOptions): RoundSession {
  const { backend, now, crewId, seriesProgress } = options;
  const [chosen, setChosen] = useState<ShownPrompt | null>(null);
  const [quickRoundNames, setQuickRoundNames] = useState(options.quickRoundNames);
  const [saveFailed, setSaveFailed] = useState(false);
  const onSaveError = useCallback(() => setSaveFailed(true), []);
  const controller = useRoundController({
    port: backend.rounds,
    now,
    initial: options.initial,
    subscribe: backend.subscribe,
    onSaveError,
  });
  const round = controller.active;

  /** `phaseId`: the prompt is for that meeting phase (kept with it on the record). */
  const showPrompt = (request: Omit<PromptRequest, 'crewId' | 'seriesProgress'>, phaseId?: Id) =>
    backend.choosePrompt({ ...request, ...(crewId ? { crewId } : {}), seriesProgress }).then(
      (shown) => {
        setChosen(shown);
        // Kept with the round, so a reload shows the same prompt.
        if (shown) {
          const kept = { id: shown.promptId, text: shown.text };
          controller.annotate({ prompt: phaseId ? { ...kept, phaseId } : kept });
        }
      },
      () => setChosen(null),
    );

  // A meeting's check-in or check-out phase gets its prompt as it begins (once per phase).
  const need = round ? meetingPromptNeed(round.state) : null;
  const needKey = round && need ? `${round.record.id}/${need.phaseId}` : null;
  const asked = useRef<string | null>(null);
  useEffect(() => {
    if (!round || !need || !needKey || asked.current === needKey) return;
    asked.current = needKey;
    if (round.record.prompt?.phaseId === need.phaseId) return;
    showPrompt({ roundId: round.record.id, kind: need.kind }, need.phaseId);
  }, [needKey]);

  const startRound = (result: RoundSetupResult) => {
    const record = newRoundRecord({
      state: result.state,
      kind: result.kind,
      createdAt: new Date(now()).toISOString(),
      crewId,
      sessionId: crewId ? options.sessionId : undefined,
      meetCode: options.meetCode,
    });
    controller.begin(record);
    if (result.quickRoundNames) {
      setQuickRoundNames(result.quickRoundNames);
      backend.rememberQuickNames(result.quickRoundNames).catch(onSaveError);
    }
    setChosen(null);
    const kind = deckKindFor(result.kind);
    if (isPromptKind(kind)) showPrompt({ roundId: record.id, kind });
  };

  const newRound = () => {
    // A round set up but never started leaves nothing worth keeping.
    if (round?.state.status === 'ready') {
      backend.deleteRound(round.record.crewId, round.record.id).catch(() => {});
    }
    controller.clear();
    setChosen(null);
  };

  const prompt = useMemo(
    () =>
      round?.record.kind === 'agenda'
        ? meetingPromptOf(round, promptLanguage(i18n.t('locale')))
        : promptOf(chosen, round),
    [chosen, round],
  );
  const anotherPrompt =
    prompt && isPromptKind(prompt.kind)
      ? () =>
          showPrompt(
            {
              roundId: prompt.roundId,
              kind: prompt.kind as PromptKind,
              excludeId: prompt.promptId,
            },
            need?.phaseId,
          )
      : undefined;

  const keepNote = (phaseId: Id, text: string) => {
    const notes = round?.record.notes ?? {};
    if ((notes[phaseId] ?? '') === text) return;
    controller.annotate({ notes: { ...notes, [phaseId]: text } });
  };

  const keepSchedule = (schedule: KickoffSchedule) => controller.annotate({ schedule });

  return {
    round,
    keepNote,
    keepSchedule,
    dispatch: controller.dispatch,
    prompt,
    anotherPrompt,
    quickRoundNames,
    saveFailed,
    startRound,
    newRound,
  };
}
