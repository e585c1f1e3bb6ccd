// Background wiring for Jitsi: re-sync the content script registrations on every start of the
// worker, on install/update, when a host permission is granted or withdrawn (the user can do
// that from the browser's extension settings too), and when settings change (the options page,
// a backup import). Listeners are added synchronously, as MV3 requires.
import { browser } from 'wxt/browser';
import { onStoreChanged } from '../store/changes';
import type { CrewkitStore } from '../store/store';
import { browserRegistrationDeps } from './jitsi-browser-deps';
import { syncJitsiRegistrations } from './jitsi-registration';

export function watchJitsiRegistrations(store: Promise<CrewkitStore>): void {
  const deps = browserRegistrationDeps(
    async () => (await (await store).getSettings()).jitsiOrigins,
  );
  const sync = () => {
    syncJitsiRegistrations(deps).catch(() => {
      // The next start, permission change or settings write tries again; no page is affected.
    });
  };
  browser.runtime.onInstalled.addListener(sync);
  browser.runtime.onStartup.addListener(sync);
  browser.permissions.onAdded.addListener(sync);
  browser.permissions.onRemoved.addListener(sync);
  onStoreChanged((change) => {
    if (change.kinds.includes('settings')) sync();
  });
  sync();
}
