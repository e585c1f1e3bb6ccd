// A clock whose sleep returns at once and moves time forward: backoff and Retry-After are
// checked exactly, and a test with a minute of backoff takes no time.
export interface FakeClock {
  now(): number;
  sleep(ms: number): Promise<void>;
  advance(ms: number): void;
  /** Every sleep asked for, in order. */
  readonly sleeps: number[];
}

export function createFakeClock(start = Date.parse('2026-12-01T09:00:00.000Z')): FakeClock {
  let time = start;
  const sleeps: number[] = [];
  return {
    now: () => time,
    sleeps,
    async sleep(ms) {
      sleeps.push(ms);
      time += ms;
    },
    advance(ms) {
      time += ms;
    },
  };
}

/** A seeded generator (mulberry32), so a failing fault-injection run can be replayed. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
