// The real browser APIs behind RegistrationDeps. Used by the background and by the options
// page, which syncs right after saving an origin (the permission event may reach the
// background before the settings write does).
import { browser } from 'wxt/browser';
import type { JitsiScriptRegistration, RegistrationDeps } from './jitsi-registration';

const LOCK_NAME = 'crewkit-jitsi-registrations';

export function browserRegistrationDeps(
  getJitsiOrigins: () => Promise<readonly string[]>,
): RegistrationDeps {
  return {
    getJitsiOrigins,
    permissions: { contains: (request) => browser.permissions.contains(request) },
    scripting: {
      getRegisteredContentScripts: () =>
        browser.scripting.getRegisteredContentScripts() as Promise<JitsiScriptRegistration[]>,
      registerContentScripts: (scripts) =>
        // Chrome's type wants `js` or `css` present; every Jitsi registration has `js`.
        browser.scripting.registerContentScripts(
          scripts.map(({ js = [], ...rest }) => ({ ...rest, js })),
        ),
      unregisterContentScripts: (filter) => browser.scripting.unregisterContentScripts(filter),
    },
    exclusive: (run) =>
      typeof navigator !== 'undefined' && navigator.locks
        ? navigator.locks.request(LOCK_NAME, run)
        : run(),
  };
}
