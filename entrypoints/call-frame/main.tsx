import { startCallFrame } from '../../lib/features/call/frame-app';
import '../../lib/ui/theme.css';
import '../../lib/features/call/call.css';

// The call panel, in its iframe over a Meet or Jitsi call (lib/features/call/frame-host.ts adds
// the iframe). Its own process draws it, so the call page's main thread does not.
const root = document.getElementById('app');
if (root) {
  startCallFrame(root).catch(() => {
    // No call tab to talk to: the frame stays empty and the panel script keeps it hidden.
  });
}
