// The end-of-turn chime, generated with Web Audio (no audio file) and scheduled AHEAD on the
// audio clock: the audio thread plays it on time even while the page's JavaScript is throttled
// or frozen in a background tab (DESIGN.md, "One round engine"; issue 3, "Reliability").
//
// `sync` is called with the latest turn end after every event and on every display tick; it only
// touches the audio graph when the plan changed (pause, +time, next, back, volume), so calling it
// often is cheap.
//
// The audio clock is kept running only while a sound is near (issue 8): a running AudioContext
// renders every 2.7 ms, sound or silence, in the panel's process and in the browser's audio
// service. Measured on tests/bench/pages/meet-call-load.ts with a round running (2026-12-03):
// those two processes used about 35 ms of CPU per second for the whole turn, and the call page's
// own main thread read ~1.10 of the page alone, against ~1.0 with no context. So while the page
// is visible (its timers on time), a sound further away than PLAN_AHEAD_MS waits unplanned, a
// timer plans it PLAN_AHEAD_MS before, and the context is suspended once nothing is sounding or
// near. When the page is hidden, where timers may be throttled or the page's JavaScript frozen,
// every sound ahead is planned on the audio clock at once, as before (chime-lag-ms).

export interface ChimePlan {
  /** When the current turn ends, in ms on the same clock as `nowMs` (Date.now); null: none. */
  turnEndsAt: number | null;
  /** When the soft warning is due (same clock); null: no warning. */
  warningAt: number | null;
  /** 0 (muted) to 1. */
  volume: number;
}

export interface ScheduledChimes {
  /** Audio-clock time (seconds) at which the chime starts, or null. */
  chimeAt: number | null;
  warningAt: number | null;
}

export interface ChimeScheduler {
  sync(plan: ChimePlan, nowMs: number): void;
  scheduled(): ScheduledChimes;
  dispose(): void;
}

/** The parts of AudioContext the chime uses, so tests can pass a small fake. */
export type ChimeAudioContext = Pick<
  AudioContext,
  | 'currentTime'
  | 'state'
  | 'resume'
  | 'suspend'
  | 'close'
  | 'createOscillator'
  | 'createGain'
  | 'destination'
>;

/** A chime up to this late (a slow event loop) still plays, at once; later ones are dropped. */
const LATE_GRACE_MS = 500;
/** The chime is soft: peak gain at full volume. */
const CHIME_PEAK = 0.22;
const WARNING_PEAK = 0.12;

interface Voice {
  oscillator: OscillatorNode;
  gain: GainNode;
}

interface Scheduled {
  key: string;
  /** Audio-clock start; NaN when nothing is on the audio clock (deferred, or long over). */
  at: number;
  voices: Voice[];
  /** When it sounds (ms, the plan's clock), while it waits unplanned (too far ahead). */
  deferredTo?: number;
  /** When its last voice has faded (ms, the plan's clock). */
  endsAt?: number;
}

/** A sound further ahead than this waits unplanned while the page is visible. */
export const PLAN_AHEAD_MS = 10_000;
/** The longest a chime or warning sounds (its notes' fade, a little over). */
const SOUND_MS = 2_200;

export interface ChimeSchedulerOptions {
  /** Whether the page is hidden (its timers may be throttled): then every sound is planned. */
  hidden?: () => boolean;
  /** Calls back when the page's visibility changes; returns the unsubscribe. */
  onVisibilityChange?: (listener: () => void) => () => void;
  /** The plan's clock (Date.now). */
  now?: () => number;
  setTimer?: (callback: () => void, ms: number) => unknown;
  clearTimer?: (timer: unknown) => void;
}

const documentHidden = () =>
  typeof document !== 'undefined' && document.visibilityState === 'hidden';
const onDocumentVisibility = (listener: () => void) => {
  if (typeof document === 'undefined') return () => {};
  document.addEventListener('visibilitychange', listener);
  return () => document.removeEventListener('visibilitychange', listener);
};

/** One soft sine note with a bell-like envelope: quick rise, long exponential fade. */
function note(
  context: ChimeAudioContext,
  frequency: number,
  at: number,
  peak: number,
  seconds: number,
): Voice {
  const oscillator = context.createOscillator();
  const gain = context.createGain();
  oscillator.type = 'sine';
  oscillator.frequency.setValueAtTime(frequency, at);
  gain.gain.setValueAtTime(0.0001, at);
  gain.gain.linearRampToValueAtTime(peak, at + 0.03);
  gain.gain.exponentialRampToValueAtTime(0.0001, at + seconds);
  oscillator.connect(gain);
  gain.connect(context.destination);
  oscillator.start(at);
  oscillator.stop(at + seconds + 0.05);
  return { oscillator, gain };
}

function silence(voices: Voice[]): void {
  for (const { oscillator, gain } of voices) {
    try {
      oscillator.stop(0);
    } catch {
      // Already stopped: nothing to silence.
    }
    gain.disconnect();
  }
}

/** `makeContext` is called lazily, the first time there is something to play. */
export function createChimeScheduler(
  makeContext: () => ChimeAudioContext | null,
  options: ChimeSchedulerOptions = {},
): ChimeScheduler {
  const hidden = options.hidden ?? documentHidden;
  const clock = options.now ?? Date.now;
  const setTimer = options.setTimer ?? ((callback, ms) => setTimeout(callback, ms));
  const clearTimer =
    options.clearTimer ?? ((timer) => clearTimeout(timer as ReturnType<typeof setTimeout>));
  let context: ChimeAudioContext | null = null;
  let chime: Scheduled | null = null;
  let warning: Scheduled | null = null;
  let plan: ChimePlan | null = null;
  let wake: unknown;

  const audioTimeOf = (audio: ChimeAudioContext, atMs: number, nowMs: number) =>
    Math.max(audio.currentTime, audio.currentTime + (atMs - nowMs) / 1000);

  const ensureContext = () => {
    if (!context) context = makeContext();
    // A context made before any click may start suspended (autoplay policy), and one this
    // scheduler suspended waits for its next sound: (try to) run it now.
    if (context && context.state === 'suspended') context.resume().catch(() => {});
    return context;
  };

  const replan = (
    previous: Scheduled | null,
    atMs: number | null,
    volume: number,
    nowMs: number,
    aheadMs: number,
    play: (audio: ChimeAudioContext, at: number) => Voice[],
  ): Scheduled | null => {
    const key = atMs === null || volume <= 0 ? '' : `${atMs}|${volume}`;
    const farAhead = atMs !== null && atMs - nowMs > aheadMs;
    if (previous?.key === key && (previous.deferredTo === undefined || farAhead)) return previous;
    // A chime already sounding finishes its fade; only ones still ahead are called off.
    if (previous && context && previous.at > context.currentTime) silence(previous.voices);
    if (key === '' || atMs === null || atMs < nowMs - LATE_GRACE_MS) {
      // Keep the key, so a turn already in overtime is not re-chimed on every tick.
      return key === '' ? null : { key, at: Number.NaN, voices: [] };
    }
    if (farAhead) return { key, at: Number.NaN, voices: [], deferredTo: atMs };
    const audio = ensureContext();
    if (!audio) return null;
    const at = audioTimeOf(audio, atMs, nowMs);
    return { key, at, voices: play(audio, at), endsAt: Math.max(atMs, nowMs) + SOUND_MS };
  };

  /** Plans what is near (all, when hidden), and wakes for the next thing to plan or to end. */
  const apply = (nowMs: number) => {
    if (wake !== undefined) clearTimer(wake);
    wake = undefined;
    if (!plan) return;
    const { turnEndsAt, warningAt, volume } = plan;
    const aheadMs = hidden() ? Number.POSITIVE_INFINITY : PLAN_AHEAD_MS;
    const level = Math.min(1, Math.max(0, volume));
    chime = replan(chime, turnEndsAt, level, nowMs, aheadMs, (audio, at) => [
      note(audio, 659.25, at, CHIME_PEAK * level, 1.8),
      note(audio, 987.77, at + 0.16, CHIME_PEAK * 0.7 * level, 1.6),
    ]);
    warning = replan(warning, warningAt, level, nowMs, aheadMs, (audio, at) => [
      note(audio, 523.25, at, WARNING_PEAK * level, 0.9),
    ]);
    const waits: number[] = [];
    // A sound on the audio clock that has not faded yet (sounding, or planned ahead while hidden).
    let onAudioClock = false;
    for (const each of [chime, warning]) {
      if (each?.deferredTo !== undefined) waits.push(each.deferredTo - PLAN_AHEAD_MS);
      if (each?.endsAt !== undefined && each.endsAt > nowMs) {
        onAudioClock = true;
        waits.push(each.endsAt);
      }
    }
    // Nothing on the audio clock: it rests until the next sound is planned.
    if (!onAudioClock && aheadMs !== Number.POSITIVE_INFINITY && context?.state === 'running') {
      context.suspend().catch(() => {});
    }
    if (waits.length > 0) {
      const next = Math.min(...waits);
      wake = setTimer(() => apply(clock()), Math.max(0, next - nowMs) + 1);
    }
  };
  const stopWatching = (options.onVisibilityChange ?? onDocumentVisibility)(() => apply(clock()));

  return {
    sync(next, nowMs) {
      plan = next;
      apply(nowMs);
    },
    scheduled() {
      const time = (each: Scheduled | null) => (each && Number.isFinite(each.at) ? each.at : null);
      return { chimeAt: time(chime), warningAt: time(warning) };
    },
    dispose() {
      stopWatching();
      if (wake !== undefined) clearTimer(wake);
      wake = undefined;
      plan = null;
      if (chime) silence(chime.voices);
      if (warning) silence(warning.voices);
      chime = null;
      warning = null;
      context?.close().catch(() => {});
      context = null;
    },
  };
}

/** The browser's AudioContext, or null where Web Audio is missing (the round runs silently). */
export function browserAudioContext(): ChimeAudioContext | null {
  return typeof AudioContext === 'function' ? new AudioContext() : null;
}
