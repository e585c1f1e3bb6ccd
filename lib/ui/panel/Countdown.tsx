import type { RefObject } from 'preact';
import { useRef } from 'preact/hooks';
import { i18n } from '#i18n';
import { nextChimeAt, type RoundState } from '../../core/round';
import { viewAt } from './display-clock';
import { formatOvertime, formatRemaining } from './format';
import { useCountdownTick } from './useDisplayTick';

interface CountdownProps {
  overtimeMs: number;
  warningDue: boolean;
  isPaused: boolean;
  /** When the turn ends (ms since the epoch); null while paused. For embedders and checks. */
  endsAt: number | null;
  /** Where LiveCountdown paints the time and the ring's length. */
  timeRef: RefObject<HTMLSpanElement | null>;
  ringRef: RefObject<SVGCircleElement | null>;
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

/** The text a countdown shows at `at`: the time left, or the overtime counting up. */
export function shownTime(view: { remainingMs: number; overtimeMs: number }): string {
  return view.overtimeMs > 0
    ? i18n.t('panel.countdown.over', { time: formatOvertime(view.overtimeMs) })
    : formatRemaining(view.remainingMs);
}

/** How far the ring is drawn: full in overtime, else the share of the turn still left. */
function ringOffset(view: { remainingMs: number; overtimeMs: number; allowedMs: number }): string {
  const fraction =
    view.overtimeMs > 0 || view.allowedMs <= 0 ? 1 : view.remainingMs / view.allowedMs;
  return String(CIRCUMFERENCE * (1 - fraction));
}

/** Rewrites an element's one text node in place: no node is removed or created. */
export function writeText(element: Element, text: string): void {
  const shown = element.firstChild;
  if (shown?.nodeType === 3 /* TEXT_NODE */) {
    if ((shown as Text).data !== text) (shown as Text).data = text;
  } else element.textContent = text;
}

/**
 * The countdown of a running round. It re-renders only when its shape changes (speaker, paused,
 * warning, overtime); each displayed second in between is written straight into its text and
 * ring (`paint`), with no component render at all (issue 8: a Preact render of the countdown
 * each second cost about 1 ms on a large call page). Preact never holds the changing text, so
 * it can never put back a stale second when it renders for another reason.
 */
export function LiveCountdown({ round, now }: { round: RoundState; now: () => number }) {
  const time = useRef<HTMLSpanElement>(null);
  const ring = useRef<SVGCircleElement>(null);
  const paint = (at: number) => {
    const view = viewAt(round, at);
    const text = shownTime(view);
    if (time.current) writeText(time.current, text);
    const offset = ringOffset(view);
    if (ring.current && ring.current.getAttribute('stroke-dashoffset') !== offset) {
      ring.current.setAttribute('stroke-dashoffset', offset);
    }
  };
  useCountdownTick(round, now, paint);
  const view = viewAt(round, now());
  return (
    <Countdown
      overtimeMs={view.overtimeMs}
      warningDue={view.warningDue}
      isPaused={view.isPaused}
      endsAt={nextChimeAt(round)}
      timeRef={time}
      ringRef={ring}
    />
  );
}

/**
 * The large countdown with a progress ring. In overtime the ring is full in the warm colour, a
 * bell shows, and the text counts up ("+0:12 over"): colour, icon and words together. The time
 * and the ring's length are painted by LiveCountdown through the refs.
 */
function Countdown({ overtimeMs, warningDue, isPaused, endsAt, timeRef, ringRef }: CountdownProps) {
  const isOver = overtimeMs > 0;
  const modifier = isOver ? ' ck-countdown--over' : warningDue ? ' ck-countdown--warn' : '';
  return (
    <div class={`ck-countdown${modifier}${isPaused ? ' ck-countdown--paused' : ''}`}>
      <svg class="ck-countdown__ring" viewBox="0 0 120 120" aria-hidden="true">
        <circle class="ck-countdown__track" cx="60" cy="60" r={RADIUS} />
        <circle
          ref={ringRef}
          class="ck-countdown__progress"
          cx="60"
          cy="60"
          r={RADIUS}
          stroke-dasharray={CIRCUMFERENCE}
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
          {/* Keyed: Preact must not reuse one span for the other, as it holds painted text. */}
          {isOver ? (
            <span key="over" class="ck-countdown__over">
              <BellIcon />
              <span ref={timeRef} />
            </span>
          ) : (
            <span key="left" ref={timeRef} />
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
