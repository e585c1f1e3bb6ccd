import { describe, expect, it } from 'vitest';
import { type ChimeAudioContext, createChimeScheduler, PLAN_AHEAD_MS } from './chime';

/** Enough of Web Audio to see what was scheduled when. */
function fakeAudio(currentTime = 100) {
  const started: number[] = [];
  const stopped: number[] = [];
  const param = () => ({
    setValueAtTime() {},
    linearRampToValueAtTime() {},
    exponentialRampToValueAtTime() {},
  });
  const context = {
    currentTime,
    state: 'running' as AudioContextState,
    destination: {},
    resumed: 0,
    suspended: 0,
    async resume() {
      this.resumed += 1;
      this.state = 'running';
    },
    async suspend() {
      this.suspended += 1;
      this.state = 'suspended';
    },
    close: async () => {},
    createOscillator: () => ({
      type: 'sine',
      frequency: param(),
      connect() {},
      start: (at: number) => started.push(at),
      stop: (at: number) => stopped.push(at),
    }),
    createGain: () => ({ gain: param(), connect() {}, disconnect() {} }),
  };
  return { context: context as unknown as ChimeAudioContext, started, stopped, raw: context };
}

const NOW = 1_000_000;
/** A hidden page: every sound ahead goes on the audio clock at once (timers may be throttled). */
const HIDDEN = { hidden: () => true, onVisibilityChange: () => () => {} };

describe('createChimeScheduler', () => {
  it('schedules the chime ahead at the turn end mapped onto the audio clock', () => {
    const audio = fakeAudio(100);
    const chime = createChimeScheduler(() => audio.context, HIDDEN);
    chime.sync({ turnEndsAt: NOW + 90_000, warningAt: NOW + 60_000, volume: 0.5 }, NOW);
    expect(chime.scheduled()).toEqual({ chimeAt: 190, warningAt: 160 });
    // Two notes for the chime (the second a little later), one for the warning.
    expect(audio.started).toEqual([190, 190.16, 160]);
  });

  it('keeps the plan on repeated syncs and re-plans when the turn end moves', () => {
    const audio = fakeAudio(100);
    const chime = createChimeScheduler(() => audio.context, HIDDEN);
    const plan = { turnEndsAt: NOW + 90_000, warningAt: null, volume: 0.5 };
    chime.sync(plan, NOW);
    chime.sync(plan, NOW + 16);
    expect(audio.started).toHaveLength(2);
    // +30 s: the old chime is called off and a new one set 30 s later.
    chime.sync({ ...plan, turnEndsAt: NOW + 120_000 }, NOW);
    expect(audio.stopped).toContain(0);
    expect(chime.scheduled().chimeAt).toBe(220);
    // Pause: nothing scheduled.
    chime.sync({ ...plan, turnEndsAt: null }, NOW);
    expect(chime.scheduled().chimeAt).toBeNull();
  });

  it('stays silent when muted and never chimes a turn long over', () => {
    const audio = fakeAudio();
    let made = 0;
    const chime = createChimeScheduler(() => {
      made += 1;
      return audio.context;
    }, HIDDEN);
    chime.sync({ turnEndsAt: NOW + 5_000, warningAt: null, volume: 0 }, NOW);
    chime.sync({ turnEndsAt: NOW - 60_000, warningAt: null, volume: 1 }, NOW);
    expect(audio.started).toEqual([]);
    expect(made).toBe(0);
  });

  it('plays at once a chime only a moment late', () => {
    const audio = fakeAudio(50);
    const chime = createChimeScheduler(() => audio.context, HIDDEN);
    chime.sync({ turnEndsAt: NOW - 200, warningAt: null, volume: 1 }, NOW);
    expect(chime.scheduled().chimeAt).toBe(50);
  });
});

/** A visible page whose timers the test runs by hand, on a clock it sets. */
function visiblePage() {
  let now = NOW;
  let hidden = false;
  let onVisibility = () => {};
  const timers: { at: number; run: () => void }[] = [];
  return {
    options: {
      hidden: () => hidden,
      onVisibilityChange: (listener: () => void) => {
        onVisibility = listener;
        return () => {};
      },
      now: () => now,
      setTimer: (run: () => void, ms: number) => {
        const timer = { at: now + ms, run };
        timers.push(timer);
        return timer;
      },
      clearTimer: (timer: unknown) => {
        const i = timers.indexOf(timer as (typeof timers)[number]);
        if (i >= 0) timers.splice(i, 1);
      },
    },
    /** Moves the clock to `at`, running the timers due on the way. */
    advanceTo(at: number) {
      for (;;) {
        timers.sort((a, b) => a.at - b.at);
        const due = timers[0];
        if (!due || due.at > at) break;
        timers.shift();
        now = due.at;
        due.run();
      }
      now = at;
    },
    hide() {
      hidden = true;
      onVisibility();
    },
    pending: () => timers.length,
  };
}

describe('the audio clock runs only while a sound is near (visible page)', () => {
  it('a sound far ahead waits unplanned, with no audio context, until PLAN_AHEAD_MS before it', () => {
    const audio = fakeAudio(100);
    const page = visiblePage();
    let made = 0;
    const chime = createChimeScheduler(() => {
      made += 1;
      return audio.context;
    }, page.options);
    chime.sync({ turnEndsAt: NOW + 90_000, warningAt: NOW + 60_000, volume: 0.5 }, NOW);
    expect(made).toBe(0);
    expect(chime.scheduled()).toEqual({ chimeAt: null, warningAt: null });
    // The warning comes within reach first; the audio clock has not moved (no context ran).
    page.advanceTo(NOW + 60_000 - PLAN_AHEAD_MS + 1);
    expect(made).toBe(1);
    expect(chime.scheduled()).toEqual({
      chimeAt: null,
      warningAt: 100 + (PLAN_AHEAD_MS - 1) / 1000,
    });
    expect(audio.started).toHaveLength(1);
  });

  it('the context is suspended once a sound has faded, and runs again for the next one', () => {
    const audio = fakeAudio(100);
    const page = visiblePage();
    const chime = createChimeScheduler(() => audio.context, page.options);
    chime.sync({ turnEndsAt: NOW + 5_000, warningAt: null, volume: 1 }, NOW);
    expect(audio.started).toEqual([105, 105.16]);
    expect(audio.raw.state).toBe('running');
    // Still sounding at the turn's end: not suspended under the chime.
    page.advanceTo(NOW + 5_500);
    expect(audio.raw.suspended).toBe(0);
    page.advanceTo(NOW + 9_000);
    expect(audio.raw.state).toBe('suspended');
    // +time while resting: the next turn end is far, so the clock stays suspended.
    chime.sync({ turnEndsAt: NOW + 70_000, warningAt: null, volume: 1 }, NOW + 10_000);
    expect(audio.raw.state).toBe('suspended');
    page.advanceTo(NOW + 70_000 - PLAN_AHEAD_MS + 1);
    expect(audio.raw.state).toBe('running');
    expect(audio.started).toHaveLength(4);
  });

  it('going hidden plans every sound ahead at once, and the clock keeps running', () => {
    const audio = fakeAudio(100);
    const page = visiblePage();
    const chime = createChimeScheduler(() => audio.context, page.options);
    chime.sync({ turnEndsAt: NOW + 90_000, warningAt: NOW + 60_000, volume: 0.5 }, NOW);
    expect(audio.started).toEqual([]);
    page.advanceTo(NOW + 1_000);
    page.hide();
    expect(chime.scheduled()).toEqual({ chimeAt: 189, warningAt: 159 });
    expect(audio.raw.state).toBe('running');
  });

  it('dispose stops the timers', () => {
    const audio = fakeAudio(100);
    const page = visiblePage();
    const chime = createChimeScheduler(() => audio.context, page.options);
    chime.sync({ turnEndsAt: NOW + 90_000, warningAt: null, volume: 1 }, NOW);
    expect(page.pending()).toBe(1);
    chime.dispose();
    expect(page.pending()).toBe(0);
  });
});
