import { i18n } from '#i18n';
import { type RoundState, roundView, settle, stageRound } from '../../core/round';
import { formatOvertime, formatRemaining } from '../../ui/panel/format';
import { slotName } from '../../ui/panel/OrderList';
import { useRoundTick } from '../../ui/panel/useDisplayTick';

interface CallPillProps {
  round: RoundState | null;
  now: () => number;
  /** What the pill says when no turn is on the floor (the crew's name, or Crewkit). */
  idle: string;
}

/**
 * What the collapsed panel shows: the speaker and their time, counting down exactly like the
 * panel (issue 8: the pill showed "Ada 3:00" unchanged for five seconds of a running turn,
 * because only the expanded countdown ticked). It ticks on its own, once per displayed second.
 */
export function CallPill({ round, now, idle }: CallPillProps) {
  // In a meeting, the speaker of the round phase on now (or the phase itself).
  const stage = round ? stageRound(settle(round, now())) : null;
  useRoundTick(stage, now);
  const view = stage && stage.status !== 'ended' ? roundView(stage, now()) : null;
  if (!view?.current || !view.hasStarted) return <span>{idle}</span>;
  const time =
    view.overtimeMs > 0
      ? i18n.t('panel.countdown.over', { time: formatOvertime(view.overtimeMs) })
      : formatRemaining(view.remainingMs);
  return (
    <span data-testid="pill-time">
      <strong>{slotName(view.current)}</strong> <span>{time}</span>
      {view.isPaused && <span class="ck-muted"> {i18n.t('panel.countdown.paused')}</span>}
    </span>
  );
}
