// Where the sync keeps its token and what it saw, per calendar. An interface so Node tests use
// the in-memory one; the extension's lives on its store (lib/background/calendar-sync-store.ts).
import type { SyncedEvent } from './synced-event';

export interface SyncPage {
  upserts: SyncedEvent[];
  /** Event ids that were deleted (status "cancelled"). */
  removals: string[];
  /** Only on the last page: the token for the next incremental sync. */
  nextSyncToken?: string;
}

export interface SyncStore {
  syncToken(calendarId: string): Promise<string | undefined>;
  /** One page, written together (the token only after its last page). */
  applyPage(calendarId: string, page: SyncPage): Promise<void>;
  /** Forget the token and every event of the calendar (before a full resync). */
  clear(calendarId: string): Promise<void>;
  event(calendarId: string, eventId: string): Promise<SyncedEvent | undefined>;
  putEvent(event: SyncedEvent): Promise<void>;
  /** Tagged events only (what the badge lookup and adoption read). */
  taggedEvents(calendarId?: string): Promise<SyncedEvent[]>;
}

export function createMemorySyncStore(): SyncStore & { size(): number } {
  const tokens = new Map<string, string>();
  const events = new Map<string, SyncedEvent>();
  const key = (calendarId: string, eventId: string) => `${calendarId}\n${eventId}`;
  return {
    size: () => events.size,
    syncToken: async (calendarId) => tokens.get(calendarId),
    async applyPage(calendarId, page) {
      for (const event of page.upserts)
        events.set(key(calendarId, event.eventId), structuredClone(event));
      for (const eventId of page.removals) events.delete(key(calendarId, eventId));
      if (page.nextSyncToken) tokens.set(calendarId, page.nextSyncToken);
    },
    async clear(calendarId) {
      tokens.delete(calendarId);
      for (const [k, event] of events) if (event.calendarId === calendarId) events.delete(k);
    },
    event: async (calendarId, eventId) => structuredClone(events.get(key(calendarId, eventId))),
    async putEvent(event) {
      events.set(key(event.calendarId, event.eventId), structuredClone(event));
    },
    taggedEvents: async (calendarId) =>
      [...events.values()]
        .filter(
          (e) => Object.keys(e.tagKeys).length && (!calendarId || e.calendarId === calendarId),
        )
        .map((e) => structuredClone(e)),
  };
}
