import { mountCallPanel } from '../../lib/features/call/panel-mount';

// Its CSS is not injected into the page: the panel asks for it and puts it in its shadow root.
// Added to a Meet or Jitsi tab by the background only when the panel first opens, so the script
// every call page loads stays small. No `matches`: WXT would copy them into host_permissions.
export default defineContentScript({
  registration: 'runtime',
  cssInjectionMode: 'manual',
  main() {
    mountCallPanel().catch(() => {
      // The panel could not open; the toolbar popup and side panel still work.
    });
  },
});
