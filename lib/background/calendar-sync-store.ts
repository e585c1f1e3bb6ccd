// Where the Calendar sync keeps what it saw and the outbox keeps what is not written yet: a
// database of its own in the extension's origin (`crewkit-calendar`), apart from the crew
// records: none of this belongs in a backup (it is a copy of Google's data, rebuilt by a full
// sync), and wiping it never touches a crew. Keys:
//   token/<calendarId>                 the sync token
//   event/<calendarId>\n<eventId>      every synced event (etag + our keys: tagging costs 1 request)
//   tagged/<calendarId>\n<eventId>     tagged events only (what badges and adoption read)
//   outbox/<calendarId>\n<eventId>     writes waiting for Google
import { createStore, promisifyRequest, type UseStore } from 'idb-keyval';
import type { OutboxEntry, OutboxStorage } from '../google/outbox';
import type { SyncStore } from '../google/sync-store';
import type { SyncedEvent } from '../google/synced-event';

export const CALENDAR_DATABASE = 'crewkit-calendar';

const range = (prefix: string) => IDBKeyRange.bound(prefix, `${prefix}\uffff`);
const eventKey = (calendarId: string, eventId: string) => `event/${calendarId}\n${eventId}`;
const taggedKey = (calendarId: string, eventId: string) => `tagged/${calendarId}\n${eventId}`;
const isTagged = (event: SyncedEvent) => Object.keys(event.tagKeys).length > 0;

function writeEvent(store: IDBObjectStore, event: SyncedEvent): void {
  store.put(event, eventKey(event.calendarId, event.eventId));
  if (isTagged(event)) store.put(event, taggedKey(event.calendarId, event.eventId));
  else store.delete(taggedKey(event.calendarId, event.eventId));
}

function deleteEvent(store: IDBObjectStore, calendarId: string, eventId: string): void {
  store.delete(eventKey(calendarId, eventId));
  store.delete(taggedKey(calendarId, eventId));
}

export function openCalendarSyncDb(name = CALENDAR_DATABASE): UseStore {
  return createStore(name, 'sync');
}

export function idbSyncStore(use: UseStore): SyncStore {
  const readwrite = (work: (store: IDBObjectStore) => void) =>
    use('readwrite', (store) => {
      work(store);
      return promisifyRequest(store.transaction);
    });
  return {
    syncToken: (calendarId) =>
      use('readonly', (store) => promisifyRequest(store.get(`token/${calendarId}`))),
    applyPage: (calendarId, page) =>
      readwrite((store) => {
        for (const event of page.upserts) writeEvent(store, event);
        for (const eventId of page.removals) deleteEvent(store, calendarId, eventId);
        if (page.nextSyncToken) store.put(page.nextSyncToken, `token/${calendarId}`);
      }),
    clear: (calendarId) =>
      readwrite((store) => {
        store.delete(`token/${calendarId}`);
        store.delete(range(`event/${calendarId}\n`));
        store.delete(range(`tagged/${calendarId}\n`));
      }),
    event: (calendarId, eventId) =>
      use('readonly', (store) => promisifyRequest(store.get(eventKey(calendarId, eventId)))),
    putEvent: (event) => readwrite((store) => writeEvent(store, event)),
    taggedEvents: (calendarId) =>
      use('readonly', (store) =>
        promisifyRequest(store.getAll(range(calendarId ? `tagged/${calendarId}\n` : 'tagged/'))),
      ),
  };
}

export function idbOutboxStorage(use: UseStore): OutboxStorage {
  return {
    all: () => use('readonly', (store) => promisifyRequest(store.getAll(range('outbox/')))),
    update: (key, change) =>
      use('readwrite', async (store) => {
        // One readwrite transaction: the read and the write cannot interleave with another's.
        const current = (await promisifyRequest(store.get(`outbox/${key}`))) as
          | OutboxEntry
          | undefined;
        const next = change(current);
        if (next) store.put(next, `outbox/${key}`);
        else store.delete(`outbox/${key}`);
        return promisifyRequest(store.transaction);
      }),
  };
}

/** Forget everything synced (signing out keeps the outbox: the tags the user made stay queued). */
export function clearSynced(use: UseStore): Promise<void> {
  return use('readwrite', (store) => {
    store.delete(range('token/'));
    store.delete(range('event/'));
    store.delete(range('tagged/'));
    return promisifyRequest(store.transaction);
  });
}
