import { browserCalendarSyncDeps } from '../../lib/background/calendar-sync-browser';
import { startCalendarSyncMessaging } from '../../lib/background/calendar-sync-messaging';
import { browserTabRelay, startBackgroundMessaging } from '../../lib/background/handlers';
import { watchJitsiRegistrations } from '../../lib/background/jitsi-watch';
import { startReminders } from '../../lib/background/reminders-browser';
import { openStore } from '../../lib/store';

export default defineBackground({
  type: 'module',
  main() {
    // Listeners are registered synchronously on every start, as MV3 requires; the store opens
    // lazily behind a promise so a message that woke the worker waits for it. Every write the
    // background commits reaches the tabs that run a Crewkit content script.
    const relay = browserTabRelay();
    const store = openStore(undefined, {
      onCommitted: (change) => void relay.storeChanged(change).catch(() => {}),
    });
    const calendarSync = browserCalendarSyncDeps(store, relay);
    startBackgroundMessaging(store, browser.runtime.id, relay, calendarSync);
    watchJitsiRegistrations(store);
    startCalendarSyncMessaging(calendarSync, browser.runtime.id);
    startReminders(store, browser.runtime.id);
  },
});
