// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  LOOK_AT_LATEST_MS,
  lookWithPageChanges,
  REQUERY_MISSING_MS,
  rosterIds,
  SAMPLE_EVERY_MS,
  SAMPLED_HOLD_MS,
  startTalkSampler,
} from './talk-sampler';

function tiles(ids: string[]): void {
  document.body.innerHTML = ids
    .map((id) => `<div data-participant-id="${id}"><div jsname="QgSmzd" class="a"></div></div>`)
    .join('');
}
const voice = (id: string) =>
  document.querySelector(`[data-participant-id="${id}"] [jsname="QgSmzd"]`) as HTMLElement;

function harness(ids: string[]) {
  let at = 0;
  let tick: (() => void) | null = null;
  const samples: string[][] = [];
  const controller = new AbortController();
  startTalkSampler({
    doc: document,
    ids: () => ids,
    onSample: (speaking) => samples.push(speaking),
    signal: controller.signal,
    now: () => at,
    every: (run) => {
      tick = run;
      return () => {
        tick = null;
      };
    },
  });
  return {
    samples,
    controller,
    running: () => tick !== null,
    step: (ms = 250) => {
      at += ms;
      tick?.();
    },
  };
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('the talk-time sampler', () => {
  it('counts a tile as speaking while its voice ring changes between looks', () => {
    tiles(['p1', 'p2']);
    const h = harness(['p1', 'p2']);
    h.step();
    voice('p1').className = 'b';
    h.step();
    voice('p1').className = 'a';
    for (let i = 0; i < 6; i++) h.step();
    // Changes seen at 500 and 750 ms; heard for the hold time after the last one (two of the
    // longest gaps between looks, so one still look is not silence), then silence.
    expect(SAMPLED_HOLD_MS).toBe(850);
    expect(h.samples).toEqual([[], ['p1'], ['p1'], ['p1'], ['p1'], ['p1'], [], []]);
  });

  it('queries the page again only when the roster or the tiles change, never on a steady call', () => {
    tiles(['p1', 'p2']);
    const ids = ['p1', 'p2'];
    const queries = vi.spyOn(document, 'querySelectorAll');
    const h = harness(ids);
    // A minute of looks at a call whose tiles stay: one query of the page, the first.
    for (let i = 0; i < 240; i++) h.step();
    expect(queries).toHaveBeenCalledTimes(1);
    // Someone arrives: a new tile and a new id in the roster.
    tiles(['p1', 'p2', 'p3']);
    ids.push('p3');
    h.step();
    expect(queries).toHaveBeenCalledTimes(2);
    voice('p3').className = 'b';
    h.step();
    expect(h.samples.at(-1)).toEqual(['p3']);
    for (let i = 0; i < 4; i++) h.step();
    expect(h.samples.at(-1)).toEqual([]);
    // Meet draws a tile anew: the remembered ring left the page, the new one is found.
    tiles(['p1', 'p2', 'p3']);
    h.step();
    expect(queries).toHaveBeenCalledTimes(3);
    voice('p2').className = 'b';
    h.step();
    expect(h.samples.at(-1)).toEqual(['p2']);
    queries.mockRestore();
  });

  it('looks again every 5 s while someone in the roster has no ring found yet', () => {
    tiles(['p1']);
    const ids = ['p1', 'p2'];
    const queries = vi.spyOn(document, 'querySelectorAll');
    const h = harness(ids);
    for (let i = 0; i < REQUERY_MISSING_MS / SAMPLE_EVERY_MS - 1; i++) h.step();
    expect(queries).toHaveBeenCalledTimes(1);
    // p2's tile is drawn with its ring; the next query (5 s after the first) finds it.
    tiles(['p1', 'p2']);
    h.step();
    expect(queries).toHaveBeenCalledTimes(2);
    voice('p2').className = 'b';
    h.step();
    expect(h.samples.at(-1)).toEqual(['p2']);
    for (let i = 0; i < 40; i++) h.step();
    expect(queries).toHaveBeenCalledTimes(2);
    queries.mockRestore();
  });

  it('only reads the page: a look writes nothing', () => {
    vi.useFakeTimers();
    try {
      tiles(['p1']);
      const before = document.body.innerHTML;
      const samples: number[] = [];
      const controller = new AbortController();
      startTalkSampler({
        doc: document,
        ids: () => ['p1'],
        onSample: (_speaking, at) => samples.push(at),
        signal: controller.signal,
        now: () => Date.now(),
      });
      vi.advanceTimersByTime(SAMPLE_EVERY_MS * 4);
      expect(samples).toHaveLength(4);
      expect(document.body.innerHTML).toBe(before);
      controller.abort();
      vi.advanceTimersByTime(SAMPLE_EVERY_MS * 4);
      expect(samples).toHaveLength(4);
    } finally {
      vi.useRealTimers();
    }
  });

  it("looks with the call watch's change batches, and by a timer only while the page is quiet", () => {
    vi.useFakeTimers();
    const batches = new Set<() => void>();
    const source: { signal?: AbortSignal } = {};
    lookWithPageChanges((callback, signal) => {
      batches.add(callback);
      source.signal = signal;
      signal.addEventListener('abort', () => batches.delete(callback));
    });
    const timers = vi.spyOn(globalThis, 'setTimeout');
    try {
      tiles(['p1']);
      const looks: number[] = [];
      const controller = new AbortController();
      startTalkSampler({
        doc: document,
        ids: () => ['p1'],
        onSample: (_speaking, at) => looks.push(at),
        signal: controller.signal,
        now: () => Date.now(),
      });
      const start = Date.now();
      // A busy page: the watch reads a batch every 125 ms for 2 s; a look with the first, then
      // with every other one (at least SAMPLE_EVERY_MS apart, give or take a little).
      for (let i = 0; i < 16; i++) {
        vi.advanceTimersByTime(125);
        for (const batch of batches) batch();
      }
      expect(looks.map((at) => at - start)).toEqual([125, 375, 625, 875, 1125, 1375, 1625, 1875]);
      // Each look re-aimed the one timer; it never fired while the page was busy.
      expect(timers.mock.calls.every(([, ms]) => ms === LOOK_AT_LATEST_MS)).toBe(true);
      // The page goes quiet: the timer looks, every LOOK_AT_LATEST_MS.
      vi.advanceTimersByTime(LOOK_AT_LATEST_MS * 3);
      expect(looks.slice(8).map((at) => at - start)).toEqual([2275, 2675, 3075]);
      controller.abort();
      expect(source.signal?.aborted).toBe(true);
      expect(batches.size).toBe(0);
      vi.advanceTimersByTime(LOOK_AT_LATEST_MS * 3);
      expect(looks).toHaveLength(11);
    } finally {
      timers.mockRestore();
      lookWithPageChanges(null);
      vi.useRealTimers();
    }
  });

  it('stops while the tab is hidden and when the panel closes', () => {
    tiles(['p1']);
    const h = harness(['p1']);
    expect(h.running()).toBe(true);
    Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
    document.dispatchEvent(new Event('visibilitychange'));
    expect(h.running()).toBe(false);
    Object.defineProperty(document, 'visibilityState', { value: 'visible', configurable: true });
    document.dispatchEvent(new Event('visibilitychange'));
    expect(h.running()).toBe(true);
    h.controller.abort();
    expect(h.running()).toBe(false);
  });
});

describe('rosterIds', () => {
  it('gives the same array while the roster is the same one, a new one when it changes', () => {
    let roster = [{ id: 'p1' }, { id: 'p2' }];
    const ids = rosterIds(() => roster);
    const first = ids();
    expect(first).toEqual(['p1', 'p2']);
    expect(ids()).toBe(first);
    roster = [{ id: 'p1' }, { id: 'p2' }, { id: 'p3' }];
    expect(ids()).toEqual(['p1', 'p2', 'p3']);
    expect(ids()).not.toBe(first);
  });
});
