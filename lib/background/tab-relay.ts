// Which tabs run a Crewkit content script, so a store change goes to those tabs only: sending to
// every tab made each tab without a listener log "Receiving end does not exist" (issue 7).
// A tab counts once its content script has sent the background a message; it stops counting
// when it is closed or a send to it fails (it navigated away). Kept in storage.session, one key
// per tab (no read-modify-write between concurrent messages), since the worker may die anytime.
import type { StoreChange } from '../core/store-change';

const PREFIX = 'crewkitTab:';

/** The parts of `browser.storage.session` and `tabs.sendMessage` the relay uses. */
export interface TabRelayDeps {
  session: {
    get(keys: null): Promise<Record<string, unknown>>;
    set(items: Record<string, unknown>): Promise<void>;
    remove(keys: string): Promise<void>;
  };
  send(tabId: number, change: StoreChange): Promise<unknown>;
}

export interface TabRelay {
  /** A content script in this tab sent a message: it listens for changes. */
  remember(tabId: number): Promise<void>;
  forget(tabId: number): Promise<void>;
  /** Tell every remembered tab; a tab that no longer answers is forgotten. */
  storeChanged(change: StoreChange): Promise<void>;
}

export function tabRelay(deps: TabRelayDeps): TabRelay {
  const forget = (tabId: number) => deps.session.remove(`${PREFIX}${tabId}`);
  return {
    remember: (tabId) => deps.session.set({ [`${PREFIX}${tabId}`]: true }),
    forget,
    async storeChanged(change) {
      const stored = await deps.session.get(null);
      const tabIds = Object.keys(stored)
        .filter((key) => key.startsWith(PREFIX))
        .map((key) => Number(key.slice(PREFIX.length)))
        .filter((id) => Number.isInteger(id));
      await Promise.all(
        tabIds.map((tabId) => deps.send(tabId, change).catch(() => forget(tabId).catch(() => {}))),
      );
    },
  };
}
