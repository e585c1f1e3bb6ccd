import { useEffect, useMemo, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { type CallPeople, callPeople } from '../../core/call-people';
import type { CallPanelState, NextHostQuestion } from '../../messaging/protocol';
import type { CallFacts } from '../../sites/adapter';
import { browserAudioContext, createChimeScheduler } from '../../ui/audio/chime';
import { FacilitationPanel } from '../../ui/panel/FacilitationPanel';
import type { RoundSetupResult } from '../../ui/panel/types';
import { activeRoundOf, useRoundSession } from '../../ui/round-controller';
import type { Observable } from '../feature';
import type { CallBackend } from './backend';
import { CallPill } from './CallPill';
import { FloatingWindow } from './FloatingWindow';
import type { FrameLayout, Viewport } from './frame-protocol';
import { NextHostDialog } from './NextHostDialog';
import { TalkAtCallEnd, TalkBalance } from './TalkBalance';
import type { TalkSampling } from './talk-sampler';
import { useTalkEstimate } from './useTalkEstimate';
import type { PanelPlacement } from './window-position';

export interface CallPanelAppProps {
  facts: Observable<CallFacts>;
  backend: CallBackend;
  state: CallPanelState;
  placement: PanelPlacement;
  /** Set once the call ended: the host confirms who hosts next time. */
  nextHost: Observable<NextHostQuestion | null>;
  onClose: () => void;
  /** Put the prompt into the call's chat box; false when the chat is not open. */
  fillChat?: ((text: string) => Promise<boolean>) | undefined;
  /** The user opened the panel from the launcher: the focus moves into it. */
  takeFocus?: boolean | undefined;
  now: () => number;
  /** The call page's viewport, and where the panel's frame is to sit in it (FloatingWindow). */
  viewport: Viewport;
  onLayout: (layout: FrameLayout) => void;
  /** Looks at the call's tiles for the talk-time estimate (the call page's panel script does). */
  sampleTalk: TalkSampling;
}

function useObservable<T>(source: Observable<T>): T {
  const [value, setValue] = useState(source.get());
  useEffect(() => {
    setValue(source.get());
    return source.subscribe(setValue);
  }, [source]);
  return value;
}

/** The facilitation panel floating over the call, fed by the call's roster. */
export function CallPanelApp(props: CallPanelAppProps) {
  const { backend, state, now } = props;
  const facts = useObservable(props.facts);
  const nextHost = useObservable(props.nextHost);
  const settings = state.settings;
  const [copied, setCopied] = useState<'chat' | 'clipboard' | null>(null);
  const chime = useMemo(() => createChimeScheduler(browserAudioContext), []);
  useEffect(() => () => chime.dispose(), [chime]);

  const crew = state.crew;
  const session = useRoundSession({
    backend,
    now,
    initial: activeRoundOf(state.activeRound ?? undefined),
    quickRoundNames: state.settings.quickRoundNames,
    crewId: crew?.id,
    sessionId: state.crewContext?.sessionId,
    meetCode: facts.meetingCode ?? undefined,
    seriesProgress: state.crewContext?.seriesProgress ?? 0,
  });
  const round = session.round;
  const estimateOn = settings.speakingEstimate === true && facts.site === 'meet';
  const talk = useTalkEstimate({
    keepTalkEstimate: backend.keepTalkEstimate,
    crewId: crew?.id,
    sessionId: state.crewContext?.sessionId,
    roster: facts.roster,
    members: crew?.members,
    ended: nextHost !== null,
  });
  const readable = facts.rosterSource !== 'none' && facts.roster.length > 0;
  const people: CallPeople | null =
    crew && readable ? callPeople(facts.roster, crew.members) : null;
  const guestsOnly = !crew && readable ? callPeople(facts.roster, []) : null;

  const startRound = (result: RoundSetupResult) => {
    session.startRound(result);
    setCopied(null);
  };

  const copyPrompt = async (text: string) => {
    if (await props.fillChat?.(text)) {
      setCopied('chat');
      return;
    }
    try {
      await navigator.clipboard.writeText(text);
      setCopied('clipboard');
    } catch {
      setCopied(null);
    }
  };

  const shownPrompt = session.prompt;
  // The window is Crewkit's; the crew's name heads the panel inside it.
  const title = i18n.t('call.title');
  const setupPeople = people
    ? [...people.members, ...people.guests]
    : guestsOnly
      ? guestsOnly.guests
      : undefined;

  return (
    <FloatingWindow
      placement={props.placement}
      title={title}
      onClose={props.onClose}
      takeFocus={props.takeFocus}
      viewport={props.viewport}
      onLayout={props.onLayout}
      pill={<CallPill round={round?.state ?? null} now={now} idle={crew?.name ?? title} />}
    >
      {nextHost && <NextHostDialog question={nextHost} backend={backend} />}
      {nextHost && estimateOn && <TalkAtCallEnd talk={talk} />}
      {!readable && facts.callState === 'in-call' && (
        <p class="ck-note" role="status">
          {i18n.t('call.rosterUnreadable')}
        </p>
      )}
      {people && people.absent.length > 0 && !round && (
        <p class="ck-muted ck-call__absent">
          {i18n.t('call.absent', { names: people.absent.map((p) => p.name).join(', ') })}
        </p>
      )}
      {session.saveFailed && (
        <p class="ck-note" role="status">
          {i18n.t('sidepanel.saveFailed')}
        </p>
      )}
      <FacilitationPanel
        round={round?.state ?? null}
        now={now}
        dispatch={session.dispatch}
        context={state.crewContext?.context ?? { agreements: crew?.agreements ?? [] }}
        prompt={shownPrompt}
        onAnotherPrompt={session.anotherPrompt}
        settings={settings}
        setup={{
          ...state.crewContext?.setup,
          members: setupPeople,
          quickRoundNames: session.quickRoundNames,
        }}
        inCall={setupPeople}
        onStartRound={startRound}
        onNewRound={session.newRound}
        notes={round?.record.notes}
        onNote={session.keepNote}
        scheduleProposal={state.crewContext?.schedule}
        schedule={round?.record.schedule}
        onSchedule={session.keepSchedule}
        chime={chime}
      />
      {estimateOn && readable && (
        <TalkBalance roster={facts.roster} talk={talk} sample={props.sampleTalk} />
      )}
      {shownPrompt && facts.callState === 'in-call' && round?.state.status !== 'ended' && (
        <div class="ck-call__copy">
          <button type="button" class="ck-button" onClick={() => copyPrompt(shownPrompt.text)}>
            {i18n.t('call.copyToChat')}
          </button>
          <span role="status" class="ck-muted">
            {copied === 'chat' && i18n.t('call.copiedToChat')}
            {copied === 'clipboard' && i18n.t('call.copiedToClipboard')}
          </span>
        </div>
      )}
    </FloatingWindow>
  );
}
