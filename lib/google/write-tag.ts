// Writing one event's tag: a patch of our keys only, guarded by the etag the sync saw, so tagging
// an event we have synced is one request (`calendar-sync-requests-tag`). On 412 (someone changed
// the event since) re-read, merge (lib/core/calendar-tag-merge.ts) and retry: two more requests.
// The merge also makes a repeated write harmless: when a write happened but its answer was lost,
// the retry meets 412, re-reads, finds the tag already as intended and writes nothing, so a tag
// is never written twice.
import { LINE_KEY, placeLine, safeLine } from '../core/calendar-description-line';
import { type CalendarTag, decodeCalendarTag } from '../core/calendar-tag';
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

/** The optional description line (lib/core/calendar-description-line.ts). */
export interface DescriptionLine {
  /** The user's setting: add a line where the event has none of ours. */
  add: boolean;
  /** The line's words for a tag, in the user's language. */
  text(tag: CalendarTag): string;
}

const withoutLine = (keys: TagKeys): TagKeys => {
  const { [LINE_KEY]: _line, ...rest } = keys;
  return rest;
};

/**
 * The tag keys and description to write: the merged tag, and our line in the description made
 * to match it (in the same patch, so the line costs no request). The line is decided after the
 * merge, from the event as it is now: it always describes the tag the event ends up with.
 */
function withLine(
  known: SyncedEvent,
  target: TagKeys,
  line: DescriptionLine | undefined,
): { target: TagKeys; description?: string } {
  if (known.longDescription) {
    const kept = known.tagKeys[LINE_KEY];
    return {
      target: kept && Object.keys(target).length ? { ...target, [LINE_KEY]: kept } : target,
    };
  }
  const tag = decodeCalendarTag(target);
  const next = tag && line ? safeLine(line.text(tag)) || undefined : undefined;
  // Without the describer (no words known), a line already there is kept as it is.
  const wanted = line ? next : known.tagKeys[LINE_KEY];
  const placed = placeLine(
    known.description,
    known.tagKeys[LINE_KEY],
    tag ? wanted : undefined,
    line?.add ?? false,
  );
  const out = placed.line ? { ...target, [LINE_KEY]: placed.line } : target;
  return placed.description === known.description ||
    (placed.description === '' && !known.description)
    ? { target: out }
    : { target: out, description: placed.description ?? '' };
}

export async function writeTag(
  client: CalendarClient,
  store: SyncStore,
  intent: TagIntent,
  history: WriteHistory = {},
  line?: DescriptionLine,
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
      const merged = mergeTagKeys({
        base: withoutLine(base),
        ours: withoutLine(intent.desired),
        theirs: withoutLine(known.tagKeys),
        theirsIsNewer: updated > intent.at,
        ourEarlierWrites: attempted.map(withoutLine),
      });
      const { target, description } = withLine(known, merged, line);
      const patch = keysPatch(known.tagKeys, target);
      if (!Object.keys(patch).length && description === undefined)
        return { outcome: 'unchanged', keys: target };
      attempted.push(target);
      await history.onAttempt?.(target);
      try {
        const written = await client.patchEvent(
          calendarId,
          eventId,
          {
            extendedProperties: { shared: patch as Record<string, string> },
            ...(description === undefined ? {} : { description }),
          },
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
