// The Calendar page's messages, registered with the others in handlers.ts. Each handler's sender
// and payload are checked by `receive` (lib/messaging/receive.ts) before it runs.
import type { StoreChange } from '../messaging/protocol';
import { receive } from '../messaging/receive';
import type { CrewkitStore } from '../store/store';
import {
  calendarBadges,
  calendarChangeHost,
  calendarDialog,
  calendarRemoveTag,
  calendarTag,
} from './calendar-page';

export function startCalendarMessaging(
  store: Promise<CrewkitStore>,
  ownId: string,
  relay: (change: StoreChange) => Promise<void>,
): void {
  const changed = (crewIds: string[]) =>
    crewIds.length > 0 ? relay({ kinds: ['session', 'series'], crewIds }) : Promise.resolve();
  receive('cs:calendarBadges', ownId, async ({ chips }) => {
    const { answers, changedCrewIds } = await calendarBadges(await store, chips, Date.now());
    // Sessions attached or moved: extension pages (options, popup) show the new dates.
    changed(changedCrewIds).catch(() => {});
    return answers;
  });
  receive('cs:calendarDialog', ownId, async (request) =>
    calendarDialog(await store, request, Date.now()),
  );
  receive('cs:calendarTag', ownId, async (request) => {
    const badge = await calendarTag(await store, request, Date.now());
    if (badge) await changed([badge.crewId]);
    return badge;
  });
  receive('cs:calendarChangeHost', ownId, async (request) => {
    const badge = await calendarChangeHost(await store, request);
    if (badge) await changed([badge.crewId]);
    return badge;
  });
  receive('cs:calendarRemoveTag', ownId, async (request) => {
    const crewId = await calendarRemoveTag(await store, request);
    if (crewId) await changed([crewId]);
  });
}
