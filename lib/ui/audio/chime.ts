// The end-of-turn chime, generated with Web Audio (no audio file) and scheduled AHEAD on the
// audio clock: the audio thread plays it on time even while the page's JavaScript is throttled
// or frozen in a background tab (DESIGN.md, "One round engine"; issue 3, "Reliability").
//
// `sync` is called with the latest turn end after every event and on every display tick; it only
// touches the audio graph when the plan changed (pause, +time, next, back, volume), so calling it
// often is cheap.

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
  'currentTime' | 'state' | 'resume' | 'close' | 'createOscillator' | 'createGain' | 'destination'
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
  at: number;
  voices: Voice[];
}

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
export function createChimeScheduler(makeContext: () => ChimeAudioContext | null): ChimeScheduler {
  let context: ChimeAudioContext | null = null;
  let chime: Scheduled | null = null;
  let warning: Scheduled | null = null;

  const audioTimeOf = (audio: ChimeAudioContext, atMs: number, nowMs: number) =>
    Math.max(audio.currentTime, audio.currentTime + (atMs - nowMs) / 1000);

  const ensureContext = () => {
    if (!context) context = makeContext();
    // A context made before any click may start suspended (autoplay policy); try again now.
    if (context && context.state === 'suspended') context.resume().catch(() => {});
    return context;
  };

  const replan = (
    previous: Scheduled | null,
    atMs: number | null,
    volume: number,
    nowMs: number,
    play: (audio: ChimeAudioContext, at: number) => Voice[],
  ): Scheduled | null => {
    const key = atMs === null || volume <= 0 ? '' : `${atMs}|${volume}`;
    if (previous?.key === key) return previous;
    // A chime already sounding finishes its fade; only ones still ahead are called off.
    if (previous && context && previous.at > context.currentTime) silence(previous.voices);
    if (key === '' || atMs === null || atMs < nowMs - LATE_GRACE_MS) {
      // Keep the key, so a turn already in overtime is not re-chimed on every tick.
      return key === '' ? null : { key, at: Number.NaN, voices: [] };
    }
    const audio = ensureContext();
    if (!audio) return null;
    const at = audioTimeOf(audio, atMs, nowMs);
    return { key, at, voices: play(audio, at) };
  };

  return {
    sync({ turnEndsAt, warningAt, volume }, nowMs) {
      const level = Math.min(1, Math.max(0, volume));
      chime = replan(chime, turnEndsAt, level, nowMs, (audio, at) => [
        note(audio, 659.25, at, CHIME_PEAK * level, 1.8),
        note(audio, 987.77, at + 0.16, CHIME_PEAK * 0.7 * level, 1.6),
      ]);
      warning = replan(warning, warningAt, level, nowMs, (audio, at) => [
        note(audio, 523.25, at, WARNING_PEAK * level, 0.9),
      ]);
    },
    scheduled() {
      const time = (each: Scheduled | null) => (each && Number.isFinite(each.at) ? each.at : null);
      return { chimeAt: time(chime), warningAt: time(warning) };
    },
    dispose() {
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
