// The thin layer over idb-keyval: one object store, raw range reads through its UseStore
// callback, and writes that either commit whole (then announce the change) or leave nothing.
import { createStore, promisifyRequest, type UseStore } from 'idb-keyval';
import type { RecordKind } from '../core/backup-schema';
import { announceChange, type StoreChange } from './changes';
import { OBJECT_STORE, prefixRange } from './keys';
import { migrateRecord } from './migrations';

export interface Db {
  readonly name: string;
  readonly use: UseStore;
  /** Every record under `prefix`, in key order, migrated to this build's schema. */
  readRange<T>(kind: RecordKind, prefix: string): Promise<T[]>;
  readOne<T>(kind: RecordKind, key: string): Promise<T | undefined>;
  /**
   * Runs `work` in one readwrite transaction. If it throws, the transaction is aborted so none
   * of its writes land; after commit, `change` is announced (channel, then `onCommitted`).
   */
  write<T>(change: StoreChange, work: (store: IDBObjectStore) => T | Promise<T>): Promise<T>;
}

/** Called after each committed write, once per write, after the channel heard it. */
export type OnCommitted = (change: StoreChange) => void;

export function openDb(name: string, onCommitted?: OnCommitted): Db {
  const use = createStore(name, OBJECT_STORE);
  return {
    name,
    use,
    async readRange<T>(kind: RecordKind, prefix: string) {
      const raw = await use('readonly', (store) =>
        promisifyRequest(store.getAll(prefixRange(prefix))),
      );
      return raw.map((record) => migrateRecord<T>(kind, record));
    },
    async readOne<T>(kind: RecordKind, key: string) {
      const raw = await use('readonly', (store) => promisifyRequest(store.get(key)));
      return raw === undefined ? undefined : migrateRecord<T>(kind, raw);
    },
    async write<T>(change: StoreChange, work: (store: IDBObjectStore) => T | Promise<T>) {
      const result = await use('readwrite', async (store) => {
        const done = promisifyRequest(store.transaction);
        let value: T;
        try {
          value = await work(store);
        } catch (error) {
          abortQuietly(store.transaction);
          done.catch(() => {});
          throw error;
        }
        await done;
        return value;
      });
      const said = { kinds: [...new Set(change.kinds)], crewIds: [...new Set(change.crewIds)] };
      announceChange(said, name);
      try {
        onCommitted?.(said);
      } catch {
        // The write is committed; a listener's failure must not make it look failed.
      }
      return result;
    },
  };
}

function abortQuietly(transaction: IDBTransaction): void {
  try {
    transaction.abort();
  } catch {
    // Already finished: nothing of ours was pending in it.
  }
}

/** Reads one key inside an open transaction (for checks that must see the same state). */
export function getIn<T>(store: IDBObjectStore, key: string): Promise<T | undefined> {
  return promisifyRequest(store.get(key)) as Promise<T | undefined>;
}
