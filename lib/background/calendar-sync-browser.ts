// The real browser behind the Calendar sync's deps. The `identity` API exists only once the
// optional permission is granted, so it is looked up at each use, never kept.
import { browser } from 'wxt/browser';
import type { CrewkitStore } from '../store/store';
import type { IdentityApi } from './calendar-auth';
import type { CalendarSyncDeps } from './calendar-sync';
import { openCalendarSyncDb } from './calendar-sync-store';
import type { TabRelay } from './tab-relay';

/**
 * What the calendar tabs hear after a sync brought changes: a store-change notice like the
 * store's own (lib/core/store-change.ts), whose kind names the sync's database, so each calendar
 * page drops its cached badges and looks its chips up again (lib/features/calendar/backend.ts).
 */
export const SYNCED_CHANGE = { kinds: ['calendar-sync'], crewIds: [] };

/** Public configuration, set at build time (README, "Google Calendar sync"); never a secret. */
const CLIENT_ID = import.meta.env.WXT_GOOGLE_CLIENT_ID ?? '';

export function browserCalendarSyncDeps(
  store: Promise<CrewkitStore>,
  relay?: TabRelay,
): CalendarSyncDeps {
  const manifest = browser.runtime.getManifest() as { oauth2?: { client_id?: string } };
  return {
    store,
    db: openCalendarSyncDb(),
    auth: {
      get identity() {
        return (browser as unknown as { identity?: IdentityApi }).identity;
      },
      session: {
        get: (key) => browser.storage.session.get(key),
        set: (items) => browser.storage.session.set(items),
        remove: (key) => browser.storage.session.remove(key),
      },
      clientId: CLIENT_ID,
      chromeOauth: Boolean(manifest.oauth2?.client_id),
      firefox: import.meta.env.FIREFOX,
      now: Date.now,
      state: () => crypto.randomUUID(),
    },
    local: {
      get: (key) => browser.storage.local.get(key),
      set: (items) => browser.storage.local.set(items),
    },
    alarms: {
      // The generated overloads reject a plain options object by type; the call is the documented one.
      create: (name, info) =>
        (browser.alarms.create as (name: string, info: object) => Promise<void>)(name, info),
      clear: (name) => browser.alarms.clear(name),
    },
    fetch: (input, init) => fetch(input, init),
    now: Date.now,
    random: Math.random,
    ...(relay ? { syncedChanged: () => relay.storeChanged(SYNCED_CHANGE) } : {}),
  };
}
