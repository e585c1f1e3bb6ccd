// After every committed write the store says what changed on a BroadcastChannel, which reaches
// every extension page and the service worker of this extension (same origin), and exists in
// Node 20 for tests. Content scripts cannot hear it: the same write also calls the store's
// `onCommitted` hook (lib/store/store.ts), which the background and extension pages use to
// reach them.
import type { StoreChange } from '../core/store-change';
import { DEFAULT_DATABASE } from './keys';

export type { StoreChange };

export const STORE_CHANNEL = 'crewkit-store';

/** Test and benchmark databases get their own channel so they never wake real listeners. */
export function storeChannelName(databaseName: string = DEFAULT_DATABASE): string {
  return databaseName === DEFAULT_DATABASE ? STORE_CHANNEL : `${STORE_CHANNEL}:${databaseName}`;
}

export function announceChange(change: StoreChange, databaseName?: string): void {
  // A channel per message: no module state survives in a service worker anyway, and an open
  // channel would keep a Node process alive. Closing right after posting still delivers.
  const channel = new BroadcastChannel(storeChannelName(databaseName));
  channel.postMessage({ kinds: [...new Set(change.kinds)], crewIds: [...new Set(change.crewIds)] });
  channel.close();
}

function isStoreChange(data: unknown): data is StoreChange {
  const { kinds, crewIds } = (data ?? {}) as Partial<StoreChange>;
  const strings = (list: unknown) =>
    Array.isArray(list) && list.every((item) => typeof item === 'string');
  return strings(kinds) && strings(crewIds);
}

/** Calls `listener` after each committed write until `signal` aborts; returns an unsubscribe. */
export function onStoreChanged(
  listener: (change: StoreChange) => void,
  signal?: AbortSignal,
  databaseName?: string,
): () => void {
  const channel = new BroadcastChannel(storeChannelName(databaseName));
  const stop = () => channel.close();
  if (signal?.aborted) {
    stop();
    return stop;
  }
  channel.onmessage = (event: MessageEvent) => {
    if (isStoreChange(event.data)) listener(event.data);
  };
  signal?.addEventListener('abort', stop, { once: true });
  return stop;
}
