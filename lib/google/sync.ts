// Incremental sync of one calendar (docs/calendar-api.md, "Incremental sync", seen
// 2026-12): with a stored `syncToken`, `events.list` returns only what changed, deletions
// included, so a sync with no changes is one request (`calendar-sync-requests-idle`). Without a
// token (first sync, or after 410 `fullSyncRequired`) the whole calendar is listed again, after
// wiping what was kept. `singleEvents` stays false: a series is one event whose tag covers its
// instances, and changed instances come as their own events.
import type { CalendarClient } from './client';
import { CalendarApiError } from './errors';
import type { SyncStore } from './sync-store';
import { summarizeEvent } from './synced-event';

export interface SyncResult {
  full: boolean;
  upserts: number;
  removals: number;
  /** The ids of the events that went (deleted, or a recurring instance cancelled). */
  removedIds: string[];
  /** Tagged events that arrived or changed (what the page's badges should re-read). */
  taggedChanges: number;
}

const PAGE_SIZE = 250;

export async function syncCalendar(
  client: CalendarClient,
  store: SyncStore,
  calendarId: string,
): Promise<SyncResult> {
  const token = await store.syncToken(calendarId);
  try {
    return await listAll(client, store, calendarId, token);
  } catch (error) {
    if (!(error instanceof CalendarApiError) || error.kind !== 'sync-expired' || !token)
      throw error;
    await store.clear(calendarId);
    return listAll(client, store, calendarId, undefined);
  }
}

async function listAll(
  client: CalendarClient,
  store: SyncStore,
  calendarId: string,
  syncToken: string | undefined,
): Promise<SyncResult> {
  const result: SyncResult = {
    full: !syncToken,
    upserts: 0,
    removals: 0,
    removedIds: [],
    taggedChanges: 0,
  };
  let pageToken: string | undefined;
  do {
    const page = await client.listEvents(calendarId, {
      maxResults: PAGE_SIZE,
      ...(syncToken ? { syncToken } : {}),
      ...(pageToken ? { pageToken } : {}),
    });
    const items = Array.isArray(page.items) ? page.items : [];
    const removals: string[] = [];
    const upserts = [];
    for (const item of items) {
      if (item?.status === 'cancelled') {
        // Deleted events may come as little more than an id.
        if (typeof item.id === 'string') removals.push(item.id);
        continue;
      }
      const synced = summarizeEvent(calendarId, item);
      if (!synced) continue;
      upserts.push(synced);
      if (Object.keys(synced.tagKeys).length) result.taggedChanges += 1;
    }
    pageToken = typeof page.nextPageToken === 'string' ? page.nextPageToken : undefined;
    const next =
      !pageToken && typeof page.nextSyncToken === 'string' ? page.nextSyncToken : undefined;
    await store.applyPage(calendarId, {
      upserts,
      removals,
      ...(next ? { nextSyncToken: next } : {}),
    });
    result.upserts += upserts.length;
    result.removals += removals.length;
    result.removedIds.push(...removals);
  } while (pageToken);
  return result;
}
