import { describe, expect, it } from 'vitest';
import { fixtureBackup, fixtureText, freshStore } from '../../tests/support/store';
import { DEFAULT_SETTINGS, type Session } from '../core/model';
import {
  announceChange,
  onStoreChanged,
  STORE_CHANNEL,
  type StoreChange,
  storeChannelName,
} from './changes';

const small = fixtureBackup('v2-small.json');

/** Collects changes until `count` have arrived (or fails after a second). */
function collect(databaseName: string, signal: AbortSignal) {
  const seen: StoreChange[] = [];
  onStoreChanged((change) => seen.push(change), signal, databaseName);
  const until = async (count: number) => {
    for (let waited = 0; seen.length < count && waited < 1000; waited += 5) {
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    return seen;
  };
  return { seen, until };
}

describe('store change notifications', () => {
  it('announce each committed write with its kinds and crews', async () => {
    const store = await freshStore();
    const stop = new AbortController();
    const { until } = collect(store.databaseName, stop.signal);
    await store.putCrew(small.crews[0] ?? (undefined as never));
    await store.putSeries(small.series[0] ?? (undefined as never));
    await store.putSessions([]);
    await store.putSessions(small.sessions);
    await store.putSettings(DEFAULT_SETTINGS);
    await store.deleteCrew('c-harbour');
    expect(await until(5)).toEqual([
      { kinds: ['crew'], crewIds: ['c-harbour'] },
      { kinds: ['series'], crewIds: ['c-harbour'] },
      { kinds: ['session'], crewIds: ['c-harbour'] },
      { kinds: ['settings'], crewIds: [] },
      {
        kinds: [
          'crew',
          'usage',
          'series',
          'session',
          'round',
          'deck',
          'reflection',
          'retrospective',
        ],
        crewIds: ['c-harbour'],
      },
    ]);
    stop.abort();
  });

  it('say nothing about a write that failed', async () => {
    const store = await freshStore();
    const stop = new AbortController();
    const { seen, until } = collect(store.databaseName, stop.signal);
    const orphan = { ...(small.sessions[0] as Session), crewId: 'c-gone' };
    await expect(store.putSession(orphan)).rejects.toThrow();
    expect((await store.importBackup('{', 'merge')).ok).toBe(false);
    await store.putSettings(DEFAULT_SETTINGS);
    await until(1);
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(seen).toEqual([{ kinds: ['settings'], crewIds: [] }]);
    stop.abort();
  });

  it('name every crew an import replaced', async () => {
    const store = await freshStore();
    await store.importBackup(fixtureText('v2-small.json'), 'replace');
    const stop = new AbortController();
    const { until } = collect(store.databaseName, stop.signal);
    await store.importBackup(fixtureText('demo.json'), 'replace');
    const [change] = await until(1);
    expect(change?.crewIds.sort()).toEqual(['c-harbour', 'tuesday-crew', 'willow-crew']);
    expect(change?.kinds).toContain('session');
    stop.abort();
  });

  it('stop when the signal aborts, and ignore foreign messages', async () => {
    const name = `changes-${Date.now()}`;
    const stop = new AbortController();
    const { seen, until } = collect(name, stop.signal);
    const foreign = new BroadcastChannel(storeChannelName(name));
    foreign.postMessage({ kinds: 'crew' });
    foreign.close();
    announceChange({ kinds: ['deck', 'deck'], crewIds: ['c1'] }, name);
    await until(1);
    stop.abort();
    announceChange({ kinds: ['deck'], crewIds: ['c2'] }, name);
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(seen).toEqual([{ kinds: ['deck'], crewIds: ['c1'] }]);
  });

  it('uses the documented channel for the real database', () => {
    expect(storeChannelName()).toBe(STORE_CHANNEL);
    expect(STORE_CHANNEL).toBe('crewkit-store');
  });
});
