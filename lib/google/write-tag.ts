// Writing one event's tag: a patch of our keys only, guarded by the etag the sync saw, so tagging
// an event we have synced is one request (`calendar-sync-requests-tag`). On 412 (someone changed
// the event since) re-read, merge (lib/core/calendar-tag-merge.ts) and retry: two more requests.
// The merge also makes a repeated write harmless: when a write happened but its answer was lost,
// the retry meets 412, re-reads, finds the tag already as intended and writes nothing, so a tag
// is never written twice.
import { keysPatch, mergeTagKeys, type TagKeys } from '../core/calendar-tag-merge';
import type { CalendarClient } from './client';
import { CalendarApiError } from './errors';
import type { SyncStore } from './sync-store';
import { type SyncedEvent, summarizeEvent } from './synced-event';

export interface TagIntent {
  calendarId: string;
  eventId: string;
  /** Our keys as the user wants them (`{}` removes the tag); see encodeCalendarTag. */
  desired: TagKeys;
  /** Our keys as they were when the user acted; undefined when the event was never synced. */
  base?: TagKeys;
  /** When the user acted (ms since the epoch). */
  at: number;
}

export type WriteOutcome =
  | { outcome: 'written'; keys: TagKeys }
  | { outcome: 'unchanged'; keys: TagKeys }
  | { outcome: 'gone' };

/** How many times a 412 is met with re-read + retry before the write waits in the outbox. */
const MAX_CONFLICTS = 3;

export interface WriteHistory {
  /** Targets of earlier attempts for this event whose answers never came. */
  attempted?: TagKeys[];
  /** Called (and awaited: it persists) before each patch is sent. */
  onAttempt?(target: TagKeys): Promise<void>;
}

export async function writeTag(
  client: CalendarClient,
  store: SyncStore,
  intent: TagIntent,
  history: WriteHistory = {},
): Promise<WriteOutcome> {
  const attempted = [...(history.attempted ?? [])];
  const { calendarId, eventId } = intent;
  const read = async (): Promise<SyncedEvent | undefined> => {
    const event = summarizeEvent(calendarId, await client.getEvent(calendarId, eventId));
    if (event) await store.putEvent(event);
    return event;
  };
  try {
    let known = (await store.event(calendarId, eventId)) ?? (await read());
    const base = intent.base ?? known?.tagKeys ?? {};
    for (let conflicts = 0; known; conflicts += 1) {
      const updated = Date.parse(known.updated ?? '');
      const target = mergeTagKeys({
        base,
        ours: intent.desired,
        theirs: known.tagKeys,
        theirsIsNewer: updated > intent.at,
        ourEarlierWrites: attempted,
      });
      const patch = keysPatch(known.tagKeys, target);
      if (!Object.keys(patch).length) return { outcome: 'unchanged', keys: target };
      attempted.push(target);
      await history.onAttempt?.(target);
      try {
        const written = await client.patchEvent(
          calendarId,
          eventId,
          { extendedProperties: { shared: patch as Record<string, string> } },
          known.etag,
        );
        const event = summarizeEvent(calendarId, written);
        if (event) await store.putEvent(event);
        return { outcome: 'written', keys: target };
      } catch (error) {
        if (!(error instanceof CalendarApiError) || error.kind !== 'precondition') throw error;
        if (conflicts + 1 >= MAX_CONFLICTS) throw error;
        known = await read();
      }
    }
    return { outcome: 'gone' };
  } catch (error) {
    if (error instanceof CalendarApiError && error.kind === 'gone') return { outcome: 'gone' };
    throw error;
  }
}
