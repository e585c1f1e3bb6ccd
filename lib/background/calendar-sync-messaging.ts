// The sync's messages and alarms, registered synchronously on every worker start (MV3): an alarm
// that fires after the worker was stopped wakes a fresh one, which finds its listener here.
import { browser } from 'wxt/browser';
import { receive } from '../messaging/receive';
import { freeSlots } from './calendar-free-slots';
import { inviteSeries, seriesToInvite } from './calendar-series';
import { adoptSharedCrew, sharedCrews } from './calendar-shared';
import {
  type CalendarSyncDeps,
  calendarSyncStatus,
  onCalendarAlarm,
  runSync,
  setDescriptionLine,
  turnSyncOff,
  turnSyncOn,
} from './calendar-sync';

export function startCalendarSyncMessaging(deps: CalendarSyncDeps, ownId: string): void {
  receive('page:calendarSyncStatus', ownId, () => calendarSyncStatus(deps));
  receive('page:calendarSyncOn', ownId, () => turnSyncOn(deps));
  receive('page:calendarSyncOff', ownId, () => turnSyncOff(deps));
  receive('page:calendarSyncNow', ownId, () => runSync(deps));
  receive('page:calendarDescriptionLine', ownId, ({ on }) => setDescriptionLine(deps, on));
  receive('page:calendarSharedCrews', ownId, () => sharedCrews(deps));
  receive('page:calendarAdoptCrew', ownId, ({ eventId }) => adoptSharedCrew(deps, eventId));
  receive('page:calendarSeriesToInvite', ownId, () => seriesToInvite(deps));
  receive('page:calendarInviteSeries', ownId, (request) => inviteSeries(deps, request));
  receive('page:calendarFreeSlots', ownId, (request) => freeSlots(deps, request));
  browser.alarms?.onAlarm.addListener((alarm) => {
    onCalendarAlarm(deps, alarm.name).catch(() => {
      // The problem is saved in the sync's state; the options page shows it.
    });
  });
}
