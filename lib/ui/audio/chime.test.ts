import { describe, expect, it } from 'vitest';
import { type ChimeAudioContext, createChimeScheduler } from './chime';

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
    state: 'running',
    destination: {},
    resume: async () => {},
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

describe('createChimeScheduler', () => {
  it('schedules the chime ahead at the turn end mapped onto the audio clock', () => {
    const audio = fakeAudio(100);
    const chime = createChimeScheduler(() => audio.context);
    chime.sync({ turnEndsAt: NOW + 90_000, warningAt: NOW + 60_000, volume: 0.5 }, NOW);
    expect(chime.scheduled()).toEqual({ chimeAt: 190, warningAt: 160 });
    // Two notes for the chime (the second a little later), one for the warning.
    expect(audio.started).toEqual([190, 190.16, 160]);
  });

  it('keeps the plan on repeated syncs and re-plans when the turn end moves', () => {
    const audio = fakeAudio(100);
    const chime = createChimeScheduler(() => audio.context);
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
    });
    chime.sync({ turnEndsAt: NOW + 5_000, warningAt: null, volume: 0 }, NOW);
    chime.sync({ turnEndsAt: NOW - 60_000, warningAt: null, volume: 1 }, NOW);
    expect(audio.started).toEqual([]);
    expect(made).toBe(0);
  });

  it('plays at once a chime only a moment late', () => {
    const audio = fakeAudio(50);
    const chime = createChimeScheduler(() => audio.context);
    chime.sync({ turnEndsAt: NOW - 200, warningAt: null, volume: 1 }, NOW);
    expect(chime.scheduled().chimeAt).toBe(50);
  });
});
