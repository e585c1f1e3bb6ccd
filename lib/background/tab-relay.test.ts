import { describe, expect, it } from 'vitest';
import type { StoreChange } from '../core/store-change';
import { type TabRelayDeps, tabRelay } from './tab-relay';

/** storage.session in memory, and tabs of which only `listening` have a Crewkit script. */
function fakeBrowser(listening: number[]) {
  const session = new Map<string, unknown>([['call:9', { crewId: 'c' }]]);
  const delivered: { tabId: number; change: StoreChange }[] = [];
  const refused: number[] = [];
  const deps: TabRelayDeps = {
    session: {
      get: async () => Object.fromEntries(session),
      set: async (items) => {
        for (const [key, value] of Object.entries(items)) session.set(key, value);
      },
      remove: async (key) => {
        session.delete(key);
      },
    },
    send: async (tabId, change) => {
      if (!listening.includes(tabId)) {
        refused.push(tabId);
        throw new Error('Could not establish connection. Receiving end does not exist.');
      }
      delivered.push({ tabId, change });
    },
  };
  return { deps, delivered, refused, session };
}

const CHANGE: StoreChange = { kinds: ['round'], crewIds: ['c'] };

describe('relaying store changes to tabs', () => {
  it('reaches only tabs whose content script has spoken, and no other tab', async () => {
    const browser = fakeBrowser([1, 2, 3]);
    const relay = tabRelay(browser.deps);
    await relay.storeChanged(CHANGE);
    expect(browser.delivered).toEqual([]);
    await relay.remember(1);
    await relay.remember(3);
    await relay.remember(3);
    await relay.storeChanged(CHANGE);
    expect(browser.delivered.map((d) => d.tabId).sort()).toEqual([1, 3]);
    expect(browser.delivered[0]?.change).toEqual(CHANGE);
    expect(browser.refused).toEqual([]);
  });

  it('survives a restarted worker: the tabs are kept in session storage', async () => {
    const browser = fakeBrowser([4]);
    await tabRelay(browser.deps).remember(4);
    await tabRelay(browser.deps).storeChanged(CHANGE);
    expect(browser.delivered.map((d) => d.tabId)).toEqual([4]);
    // Other session entries (a call's progress) are left alone.
    expect(browser.session.get('call:9')).toEqual({ crewId: 'c' });
  });

  it('forgets a closed tab, and a tab that stopped answering after one try', async () => {
    const browser = fakeBrowser([5]);
    const relay = tabRelay(browser.deps);
    await relay.remember(5);
    await relay.remember(6); // navigated away since: its script is gone
    await relay.storeChanged(CHANGE);
    await relay.storeChanged(CHANGE);
    expect(browser.refused).toEqual([6]);
    await relay.forget(5);
    await relay.storeChanged(CHANGE);
    expect(browser.delivered.map((d) => d.tabId)).toEqual([5, 5]);
  });
});
