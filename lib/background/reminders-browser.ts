// The real browser behind reminders, and their listeners, registered synchronously on every
// worker start (MV3): an alarm or a click on a notification may be what woke this worker.
import { browser } from 'wxt/browser';
import { receive } from '../messaging/receive';
import type { CrewkitStore } from '../store/store';
import {
  onReminderAlarm,
  onReminderClicked,
  type ReminderDeps,
  reminderSettings,
  rescheduleReminders,
  saveReminderSettings,
} from './reminders';

type NotificationsApi = NonNullable<ReminderDeps['notifications']> & {
  onClicked: { addListener(listener: (id: string) => void): void };
};

export function startReminders(store: Promise<CrewkitStore>, ownId: string): void {
  // `notifications` is optional: present only once the user allowed it (looked up at each use).
  const notifications = () =>
    (browser as unknown as { notifications?: NotificationsApi }).notifications;
  const deps: ReminderDeps = {
    store,
    local: {
      get: (key) => browser.storage.local.get(key),
      set: (items) => browser.storage.local.set(items),
    },
    alarms: {
      create: (name, info) =>
        (browser.alarms.create as (name: string, info: object) => Promise<void>)(name, info),
      clear: (name) => browser.alarms.clear(name),
      getAll: () => browser.alarms.getAll(),
    },
    get notifications() {
      return notifications();
    },
    openTab: (url) => browser.tabs.create({ url }),
    now: Date.now,
  };
  receive('page:reminderSettings', ownId, () => reminderSettings(deps));
  receive('page:saveReminders', ownId, (settings) => saveReminderSettings(deps, settings));
  browser.alarms?.onAlarm.addListener((alarm) => {
    onReminderAlarm(deps, alarm.name).catch(() => {});
  });
  const onClicked = (id: string) => {
    onReminderClicked(deps, id).catch(() => {});
  };
  const listenForClicks = () => {
    const api = notifications() as
      | (NotificationsApi & { onClicked: { hasListener(l: unknown): boolean } })
      | undefined;
    if (api && !api.onClicked.hasListener(onClicked)) api.onClicked.addListener(onClicked);
  };
  listenForClicks();
  // Allowed while this worker runs: the API appears now, not at the next start.
  browser.permissions?.onAdded.addListener(listenForClicks);
  // Sessions may have moved while the worker slept: the next week's alarms follow the store.
  rescheduleReminders(deps).catch(() => {});
}
