import { i18n } from '#i18n';
import { nextChimeAt, type RoundState, roundView } from '../../core/round';
import { formatOvertime, formatRemaining } from './format';
import { useRoundTick } from './useDisplayTick';

interface CountdownProps {
  remainingMs: number;
  overtimeMs: number;
  allowedMs: number;
  warningDue: boolean;
  isPaused: boolean;
  /** When the turn ends (ms since the epoch); null while paused. For embedders and checks. */
  endsAt: number | null;
}

const RADIUS = 52;
const CIRCUMFERENCE = 2 * Math.PI * RADIUS;

/** A hand-drawn bell: overtime shows it beside the text, never colour alone. */
function BellIcon() {
  return (
    <svg class="ck-countdown__icon" viewBox="0 0 24 24" width="18" height="18" aria-hidden="true">
      <path
        d="M12 3a6 6 0 0 0-6 6v3.5L4.5 16h15L18 12.5V9a6 6 0 0 0-6-6zm-2 15a2 2 0 0 0 4 0"
        fill="none"
        stroke="currentColor"
        stroke-width="1.8"
        stroke-linejoin="round"
      />
    </svg>
  );
}

/**
 * The countdown of a running round, ticking on its own once per displayed second, so the panel
 * around it re-renders only when the speaker or the turn's state changes (issue 8).
 */
export function LiveCountdown({ round, now }: { round: RoundState; now: () => number }) {
  useRoundTick(round, now);
  const view = roundView(round, now());
  return (
    <Countdown
      remainingMs={view.remainingMs}
      overtimeMs={view.overtimeMs}
      allowedMs={view.allowedMs}
      warningDue={view.warningDue}
      isPaused={view.isPaused}
      endsAt={nextChimeAt(round)}
    />
  );
}

/**
 * The large countdown with a progress ring. In overtime the ring is full in the warm colour, a
 * bell shows, and the text counts up ("+0:12 over"): colour, icon and words together.
 */
export function Countdown({
  remainingMs,
  overtimeMs,
  allowedMs,
  warningDue,
  isPaused,
  endsAt,
}: CountdownProps) {
  const isOver = overtimeMs > 0;
  const fraction = isOver || allowedMs <= 0 ? 1 : remainingMs / allowedMs;
  const modifier = isOver ? ' ck-countdown--over' : warningDue ? ' ck-countdown--warn' : '';
  return (
    <div class={`ck-countdown${modifier}${isPaused ? ' ck-countdown--paused' : ''}`}>
      <svg class="ck-countdown__ring" viewBox="0 0 120 120" aria-hidden="true">
        <circle class="ck-countdown__track" cx="60" cy="60" r={RADIUS} />
        <circle
          class="ck-countdown__progress"
          cx="60"
          cy="60"
          r={RADIUS}
          stroke-dasharray={CIRCUMFERENCE}
          stroke-dashoffset={CIRCUMFERENCE * (1 - fraction)}
          transform="rotate(-90 60 60)"
        />
      </svg>
      <div class="ck-countdown__face">
        <div
          class="ck-countdown__time"
          role="timer"
          aria-label={
            isOver ? i18n.t('panel.countdown.overLabel') : i18n.t('panel.countdown.leftLabel')
          }
          data-ends-at={endsAt ?? undefined}
        >
          {isOver ? (
            <span class="ck-countdown__over">
              <BellIcon />
              {i18n.t('panel.countdown.over', { time: formatOvertime(overtimeMs) })}
            </span>
          ) : (
            formatRemaining(remainingMs)
          )}
        </div>
        <p class="ck-countdown__note">
          {isPaused
            ? i18n.t('panel.countdown.paused')
            : isOver
              ? i18n.t('panel.countdown.timeIsUp')
              : warningDue
                ? i18n.t('panel.countdown.nearlyTime')
                : i18n.t('panel.countdown.left')}
        </p>
      </div>
    </div>
  );
}
