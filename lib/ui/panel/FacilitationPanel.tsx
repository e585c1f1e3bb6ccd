import { useEffect, useRef, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { newId as randomId } from '../../core/ids';
import {
  meetingPlace,
  nextChimeAt,
  nextWarningAt,
  type RoundEvent,
  type RoundState,
  roundView,
  settle,
  stageRound,
} from '../../core/round';
import { deepActiveElement, firstTabbable, focusIsFree, useFocusOnChange } from '../common/focus';
import { type AnnounceMoment, announcementFor, momentOf } from './announce';
import { PanelHeader } from './PanelHeader';
import { RoundSetup } from './RoundSetup';
import { RoundStage } from './RoundStage';
import { RoundSummary } from './RoundSummary';
import type { FacilitationPanelProps } from './types';
import { usePanelTick } from './useDisplayTick';
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
    // In a meeting the chime follows the turns of the phase on now.
    const settled = round ? stageRound(settle(round, at)) : null;
    chime.sync(
      {
        turnEndsAt: settled ? nextChimeAt(settled) : null,
        warningAt: settled ? nextWarningAt(settled) : null,
        volume: settings.chimeVolume,
      },
      at,
    );
  };
  // The countdown ticks on its own (LiveCountdown, once per displayed second); the panel re-renders
  // only when what it shows by the clock changes (panelKey: the speaker, a turn's end, the
  // meeting's minutes), issue 8. The chime is planned ahead on the audio clock, so it needs no
  // ticking of its own: syncing after each render (every event, every change of turn) is enough.
  const at = now();
  const settledRound = round ? settle(round, at) : null;
  const stage = settledRound ? stageRound(settledRound) : null;
  usePanelTick(round, now);
  useEffect(() => syncChime(now()));

  const view = round ? roundView(round, at) : null;
  const stageView = stage ? roundView(stage, at) : null;
  const place = round ? meetingPlace(round, at) : null;
  const [announcement, setAnnouncement] = useState('');
  const phaseTitle = place?.phase.title ?? null;
  const before = useRef<AnnounceMoment | null>(stageView ? momentOf(stageView, phaseTitle) : null);
  const pending = useRef<string | null>(null);
  useEffect(() => {
    if (!stageView) {
      before.current = null;
      return;
    }
    const said = before.current ? announcementFor(before.current, stageView, phaseTitle) : null;
    before.current = momentOf(stageView, phaseTitle);
    const host = pending.current;
    pending.current = null;
    const sentence = [host, said].filter(Boolean).join(' ');
    if (sentence) setAnnouncement(sentence);
  });
  // What the host did (skip, move, more time) is said with whatever it changed, and the focus
  // stays on the control used, or, when that one went (a phase skipped), on the meeting's bar.
  const refocus = useRef<Element | null | undefined>(undefined);
  const act = (event: RoundEvent, said: string) => {
    pending.current = said;
    refocus.current = deepActiveElement();
    props.dispatch(event);
  };
  useEffect(() => {
    const used = refocus.current;
    const root = section.current;
    refocus.current = undefined;
    if (used === undefined || !root || !focusIsFree(root, root.ownerDocument)) return;
    const active = deepActiveElement(root.ownerDocument);
    if (active && root.contains(active) && !active.matches(':disabled')) return;
    const label = used?.getAttribute('aria-label');
    const enabled = (within: ParentNode | null | undefined) =>
      within?.querySelector<HTMLElement>('button:not([disabled])') ?? null;
    const same = label
      ? [...root.querySelectorAll<HTMLElement>('button:not([disabled])')].find(
          (b) => b.getAttribute('aria-label') === label,
        )
      : undefined;
    // The control used, else its enabled neighbour (a move to the end), else the meeting's bar.
    const next =
      same ??
      (used?.isConnected ? enabled(used.closest('.ck-order__move')) : null) ??
      enabled(root.querySelector('.ck-meeting__actions'));
    next?.focus();
  });

  // Each stage replaces the one whose button was pressed: the focus goes on to the next stage's
  // first step instead of falling to <body> (tests/e2e/keyboard.e2e.test.ts).
  const section = useRef<HTMLElement>(null);
  useFocusOnChange(stageOf(round), section, (root) => stageFocus(root, stageOf(round)));

  return (
    <section class="ck-root ck-panel" aria-label={i18n.t('panel.label')} ref={section}>
      {(round !== null || context.crewName) && <PanelHeader {...context} />}
      {round === null || view === null || stage === null || stageView === null ? (
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
        <RoundStage
          {...props}
          round={round}
          view={view}
          stage={stage}
          stageView={stageView}
          place={place}
          random={random}
          newId={makeId}
          act={act}
        />
      )}
      <p class="ck-visually-hidden" aria-live="polite" aria-atomic="true">
        {announcement}
      </p>
    </section>
  );
}

type Stage = 'setup' | 'ready' | 'live' | 'ended';

function stageOf(round: RoundState | null): Stage {
  if (!round) return 'setup';
  if (round.status === 'ended') return 'ended';
  return round.status === 'ready' ? 'ready' : 'live';
}

/** Where a keyboard user goes on to when `stage` appears: its first step. */
function stageFocus(root: HTMLElement, stage: Stage): HTMLElement | null {
  const first: Record<Stage, string> = {
    setup: '.ck-setup',
    ready: '.ck-stage__start',
    live: '.ck-controls',
    ended: '#ck-summary-title',
  };
  const el = root.querySelector<HTMLElement>(first[stage]);
  if (!el) return firstTabbable(root);
  return el.matches('button, [tabindex]') ? el : (firstTabbable(el) ?? firstTabbable(root));
}
