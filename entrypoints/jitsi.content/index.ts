import { runCallFeatures } from '../../lib/features/call';
import { createJitsiAdapter } from '../../lib/sites/jitsi/adapter';

// Not in the manifest's content_scripts: the background registers this script for each Jitsi
// origin whose optional host permission the user granted (lib/background/jitsi-registration.ts).
// No `matches` here on purpose: WXT copies a runtime script's matches into host_permissions,
// which would make meet.jit.si an install-time permission.
export default defineContentScript({
  registration: 'runtime',
  cssInjectionMode: 'ui',
  main(ctx) {
    // The script only runs where it was registered, so this page's origin is a Jitsi server.
    runCallFeatures(ctx, createJitsiAdapter([location.origin]));
  },
});
