import { afterEach, describe, expect, it, vi } from 'vitest';
import { freshStore } from '../../../tests/support/store';
import { crewOfFour, sessionsOf, starterSeries } from '../../core/pathway/test-data';
import { prefetchPathwayData } from './pathway-prefetch';

const crew = crewOfFour();
const series = starterSeries(crew);

/** A subscribe the test fires by hand, like a store change heard from another tab. */
function handSubscribe() {
  const listeners = new Set<() => void>();
  return {
    subscribe: (onChange: () => void, signal: AbortSignal) => {
      listeners.add(onChange);
      signal.addEventListener('abort', () => listeners.delete(onChange));
    },
    change: () => {
      for (const l of [...listeners]) l();
    },
    listening: () => listeners.size,
  };
}

async function storeWithHistory() {
  const store = await freshStore();
  await store.putCrew(crew);
  await store.putSeries(series);
  await store.putSessions(sessionsOf(crew, series, [{ hostIndex: 0 }, { hostIndex: 1 }]));
  return store;
}

afterEach(() => vi.restoreAllMocks());

describe('the pathway read started early', () => {
  it('is handed over once, with every session, and stops listening', async () => {
    const store = await storeWithHistory();
    const listEvery = vi.spyOn(store, 'listEvery');
    const hand = handSubscribe();
    const prefetch = prefetchPathwayData(store, hand.subscribe);
    expect(hand.listening()).toBe(1);
    const read = prefetch.take();
    expect(read).toBeDefined();
    const data = await read;
    expect(data?.sessions.map((s) => s.hostId)).toEqual(
      sessionsOf(crew, series, [{ hostIndex: 0 }, { hostIndex: 1 }]).map((s) => s.hostId),
    );
    expect(data?.crews.map((c) => c.id)).toEqual([crew.id]);
    expect(prefetch.take()).toBeUndefined();
    expect(hand.listening()).toBe(0);
    // One read of each kind, not two: the page uses this one instead of its own.
    expect(listEvery.mock.calls.filter(([kind]) => kind === 'session')).toHaveLength(1);
  });

  it('is dropped when the store changed before the page took it', async () => {
    const store = await storeWithHistory();
    const hand = handSubscribe();
    const prefetch = prefetchPathwayData(store, hand.subscribe);
    hand.change();
    expect(prefetch.take()).toBeUndefined();
    expect(hand.listening()).toBe(0);
  });

  it('leaves a failed read to whoever takes it', async () => {
    const store = await storeWithHistory();
    vi.spyOn(store, 'listEvery').mockRejectedValue(new Error('storage is off'));
    const prefetch = prefetchPathwayData(store, handSubscribe().subscribe);
    await expect(prefetch.take()).rejects.toThrow('storage is off');
  });
});
