import { mountCallFrame } from '../../lib/features/call/frame-host';

// The call panel's frame over the call (lib/features/call/frame-host.ts): added to a Meet or
// Jitsi tab by the background only when the panel first opens, so the script every call page
// loads stays small. No `matches`: WXT would copy them into host_permissions.
export default defineContentScript({
  registration: 'runtime',
  main() {
    mountCallFrame().catch(() => {
      // The panel could not open; the toolbar popup and side panel still work.
    });
  },
});
