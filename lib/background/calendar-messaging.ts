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
  calendarTag,
} from './calendar-page';

type FromTab = <T extends keyof ProtocolMap>(
  type: T,
  handler: Parameters<typeof receive<T>>[2],
) => () => void;

export function startCalendarMessaging(store: Promise<CrewkitStore>, on: FromTab): void {
  on('cs:calendarBadges', async ({ chips }) => {
    return (await calendarBadges(await store, chips, Date.now())).answers;
  });
  on('cs:calendarDialog', async (request) => calendarDialog(await store, request, Date.now()));
  on('cs:calendarTag', async (request) => calendarTag(await store, request, Date.now()));
  on('cs:calendarChangeHost', async (request) => calendarChangeHost(await store, request));
  on('cs:calendarRemoveTag', async (request) => {
    await calendarRemoveTag(await store, request);
  });
}
