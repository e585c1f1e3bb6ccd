// The Calendar page's messages, registered with the others in handlers.ts. Each handler's sender
// and payload are checked by `receive` (lib/messaging/receive.ts) before it runs; the store's
// commit hook tells the tabs what changed, so no handler relays by itself.
import type { ProtocolMap } from '../messaging/protocol';
import type { receive } from '../messaging/receive';
import type { CrewkitStore } from '../store/store';
import {
  calendarBadges,
  calendarChangeHost,
  calendarDialog,
  calendarRemoveTag,
  calendarSkip,
  calendarTag,
  calendarTagIndex,
} from './calendar-page';
import type { CalendarSyncDeps } from './calendar-sync';
import { shareTagChange, syncIsOn, withSharedBadges } from './calendar-sync-tags';

type FromTab = <T extends keyof ProtocolMap>(
  type: T,
  handler: Parameters<typeof receive<T>>[2],
) => () => void;

/**
 * `sync` (the Google Calendar sync, lib/background/calendar-sync.ts): badges also from crewmates'
 * shared tags, and every tag change queued for the event's shared tag while sync is on.
 */
export function startCalendarMessaging(
  store: Promise<CrewkitStore>,
  on: FromTab,
  sync?: CalendarSyncDeps,
): void {
  const share = (event: { eventId: string; recurringEventId?: string | undefined }) => {
    if (sync) shareTagChange(sync, event).catch(() => {});
  };
  on('cs:calendarBadges', async ({ chips }) => {
    const { answers } = await calendarBadges(await store, chips, Date.now());
    return sync ? withSharedBadges(sync, chips, answers).catch(() => answers) : answers;
  });
  on('cs:calendarTagIndex', async () => {
    const index = await calendarTagIndex(await store);
    // Crewmates' tags live in the sync's own database, not in the local index: while sync is
    // on, the page asks about untagged chips too (withSharedBadges answers them).
    const askUntagged = sync ? await syncIsOn(sync).catch(() => false) : false;
    return askUntagged ? { ...index, askUntagged } : index;
  });
  on('cs:calendarDialog', async (request) => calendarDialog(await store, request, Date.now()));
  on('cs:calendarTag', async (request) => {
    const badge = await calendarTag(await store, request, Date.now());
    share(request.event);
    return badge;
  });
  on('cs:calendarChangeHost', async (request) => {
    const badge = await calendarChangeHost(await store, request);
    share(request);
    return badge;
  });
  on('cs:calendarSkip', async (request) => {
    const badge = await calendarSkip(await store, request);
    // an instance's id names its recurring event, whose shared tag carries every instance's
    // number and host (calendar-sync-tags.ts): the ones after the skip are shared renumbered
    share({ eventId: request.eventId });
    return badge;
  });
  on('cs:calendarRemoveTag', async (request) => {
    await calendarRemoveTag(await store, request);
    share(request);
  });
}
