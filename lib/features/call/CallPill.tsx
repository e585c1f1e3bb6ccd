import { useRef } from 'preact/hooks';
import { i18n } from '#i18n';
import type { RoundState } from '../../core/round';
import { shownTime, writeText } from '../../ui/panel/Countdown';
import { nextDisplayChangeAt, stageAt, stageKey, viewAt } from '../../ui/panel/display-clock';
import { slotName } from '../../ui/panel/OrderList';
import { type TickEnvironment, useDisplayTick } from '../../ui/panel/useDisplayTick';

interface CallPillProps {
  round: RoundState | null;
  now: () => number;
  /** What the pill says when no turn is on the floor (the crew's name, or Crewkit). */
  idle: string;
  /** Injected for tests: the browser's timers by default. */
  environment?: TickEnvironment;
}

/**
 * What the collapsed panel shows: the speaker and their time, counting down exactly like the
 * panel (issue 8: the pill showed "Ada 3:00" unchanged for five seconds of a running turn,
 * because only the expanded countdown ticked). Like the large countdown (LiveCountdown), it
 * re-renders only when its shape changes (speaker, paused, overtime, the meeting's next phase);
 * each displayed second in between is written into its time's one text node, with no render.
 * The text is the button's content, so its accessible name follows.
 */
export function CallPill({ round, now, idle, environment }: CallPillProps) {
  const time = useRef<HTMLSpanElement>(null);
  const paint = (at: number) => {
    const stage = stageAt(round, at);
    const span = time.current;
    if (!stage || !span) return;
    writeText(span, shownTime(viewAt(stage, at)));
  };
  // In a meeting, the speaker of the round phase on now (or the phase itself).
  const stage = stageAt(round, now());
  useDisplayTick(
    stage?.status === 'running' || stage?.status === 'paused',
    now,
    (at) => stageKey(stageAt(round, at), at),
    (at) => nextDisplayChangeAt(stageAt(round, at), at),
    environment,
    paint,
  );
  const view = stage && stage.status !== 'ended' ? viewAt(stage, now()) : null;
  if (!view?.current || !view.hasStarted) return <span>{idle}</span>;
  return (
    <span data-testid="pill-time">
      <strong>{slotName(view.current)}</strong> <span ref={time}>{shownTime(view)}</span>
      {view.isPaused && <span class="ck-muted"> {i18n.t('panel.countdown.paused')}</span>}
    </span>
  );
}
