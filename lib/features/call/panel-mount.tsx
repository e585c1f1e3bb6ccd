// The panel script, added to a call tab the first time the panel opens (the background injects
// content-scripts/call-panel.js). It finds the call script's bridge and mounts the panel in a
// shadow root; closing hides it, so reopening is instant.
import { render } from 'preact';
import { sendMessage } from '../../messaging/messenger';
import { alignTicksWithPage } from '../../ui/panel/useDisplayTick';
import { createShadowHost } from '../shadow-host';
import { takeBridge } from './bridge';
import { CallPanelApp } from './CallPanelApp';
import { createPageFrameAligner } from './page-frame-aligner';
import { lookWithPageChanges } from './talk-sampler';
import { loadPlacement } from './window-position';
import '../../ui/theme.css';
import './call.css';

const MOUNTED = Symbol.for('crewkit.callPanelMounted');

async function panelCss(): Promise<string> {
  try {
    return await sendMessage('cs:panelCss', { panel: 'call' });
  } catch {
    return '';
  }
}

export async function mountCallPanel(): Promise<void> {
  const bridge = takeBridge();
  const flags = globalThis as Record<symbol, unknown>;
  if (!bridge || flags[MOUNTED]) return;
  flags[MOUNTED] = true;
  const [css, placement] = await Promise.all([panelCss(), loadPlacement()]);
  const { container } = createShadowHost('crewkit-call', css, bridge.signal);
  // The panel's seconds join the frames the call page draws anyway (issue 8: a frame of our own
  // each second cost more than the panel's whole budget on a large call page).
  alignTicksWithPage(createPageFrameAligner(document, bridge.signal));
  lookWithPageChanges(bridge.pageChanged ?? null);
  bridge.signal.addEventListener(
    'abort',
    () => {
      alignTicksWithPage(null);
      lookWithPageChanges(null);
    },
    { once: true },
  );
  container.className = 'ck-root ck-call';
  const show = () => {
    const state = bridge.state.get();
    const open = bridge.mode.get() === 'open' && state !== null;
    // Read once: a later render (a state change) must not move the focus again.
    const takeFocus = open && bridge.focusOnOpen === true;
    if (open) bridge.focusOnOpen = false;
    render(
      open ? (
        <CallPanelApp
          facts={bridge.facts}
          backend={bridge.backend}
          state={state}
          nextHost={bridge.nextHost}
          placement={placement}
          fillChat={bridge.fillChat}
          takeFocus={takeFocus}
          now={Date.now}
          onClose={() => bridge.mode.set('closed')}
        />
      ) : null,
      container,
    );
  };
  bridge.mode.subscribe(show);
  bridge.state.subscribe(show);
  bridge.signal.addEventListener('abort', () => render(null, container), { once: true });
  show();
}
