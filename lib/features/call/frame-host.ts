// The panel script's side of the call panel (added to a call tab by the background the first
// time the panel opens): an iframe of Crewkit's own frame page in a shadow root over the call,
// placed and sized as the frame asks, and fed the call's facts through a port to the frame
// (frame-protocol.ts). No Preact and no panel CSS in the page: the panel renders in the frame's
// own process, so its countdown's seconds are not the call page's work (issue 8: the same panel
// drawn in the page cost 1.14 of the page alone with a round running, an iframe over the same
// page 1.01). Closing hides the frame; reopening shows it again at once.
import * as v from 'valibot';
import { browser } from 'wxt/browser';
import { i18n } from '#i18n';
import { createShadowHost } from '../shadow-host';
import { takeBridge } from './bridge';
import {
  CALL_FRAME_PAGE,
  FRAME_PORT,
  FRAME_READY,
  type FromFrame,
  FromFrameSchema,
  frameKeySlot,
  type ToFrame,
} from './frame-protocol';
import { lookBatcher } from './talk-batch';
import { lookWithPageChanges, rosterIds, startTalkSampler } from './talk-sampler';

// The host stays out of the page's flow: as an inline box at the end of <body> (`all: initial`,
// shadow-host.ts) it made every tooltip Meet adds repaint the page's root layer (a per-layer paint
// trace of tests/bench/pages/meet-call-load.ts: <html> painted 28 times in 5 s against 5 without
// Crewkit; issue 8). Fixed, it has no box in the flow; !important: the reset before it is too.
// The frame's corners and shadow are drawn here, on the iframe element, once: inside the frame a
// shadow would need a transparent margin around the panel that takes the call's clicks.
// `color-scheme` matches the frame's, so its canvas stays transparent (an iframe whose colour
// scheme differs from its element's is drawn over an opaque backdrop). Hidden, the frame keeps a
// box: a frame without one (display: none) lays nothing out, so the panel could not be measured.
const HOST_CSS = `
:host{position:fixed !important;top:0 !important;left:0 !important;z-index:2147483000 !important;}
iframe{position:fixed;z-index:2147483000;border:0;margin:0;padding:0;background:transparent;
color-scheme:light dark;border-radius:14px;box-shadow:0 8px 32px rgb(0 0 0 / .35);
width:400px;height:300px;}
iframe.ck-collapsed{border-radius:999px;box-shadow:0 4px 16px rgb(0 0 0 / .35);}
iframe[hidden]{display:block;visibility:hidden;pointer-events:none;}
`;

const MOUNTED = Symbol.for('crewkit.callPanelMounted');

/** Random hex, for the frame's storage slot and its key. */
function randomHex(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(12));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** This extension's origins: the session's address (Chrome's use_dynamic_url) and its own. */
function ownOrigins(): Set<string> {
  const origins = new Set([`chrome-extension://${browser.runtime.id}`]);
  try {
    origins.add(new URL((browser.runtime.getURL as (path: string) => string)('/')).origin);
  } catch {
    // Not a URL the parser knows (a test's fake): the id's origin stays.
  }
  return origins;
}

export async function mountCallFrame(): Promise<void> {
  const bridge = takeBridge();
  const flags = globalThis as Record<symbol, unknown>;
  if (!bridge || flags[MOUNTED]) return;
  flags[MOUNTED] = true;
  const { signal } = bridge;
  const { container } = createShadowHost('crewkit-call', HOST_CSS, signal);
  const frame = document.createElement('iframe');
  // The key that proves the channel to the frame is this script's: put where the frame can read
  // it and the page cannot (extension storage), under a slot named in the frame's address. The
  // frame reads it before its hello, so it is forgotten once the channel is handed over (or the
  // page goes first): no call leaves one behind.
  const slot = randomHex();
  const key = randomHex();
  const slotKey = frameKeySlot(slot);
  await browser.storage.local.set({ [slotKey]: key });
  const forgetKey = () => {
    browser.storage.local.remove(slotKey).catch(() => {});
  };
  signal.addEventListener('abort', forgetKey, { once: true });
  addEventListener('pagehide', forgetKey, { once: true, signal });
  const url = `${(browser.runtime.getURL as (path: string) => string)(CALL_FRAME_PAGE)}#${slot}`;
  frame.title = i18n.t('call.title');
  // The prompt's "Copy to chat" falls back to the clipboard when the chat is closed.
  frame.allow = 'clipboard-write';
  frame.hidden = true;
  container.append(frame);

  let port: MessagePort | null = null;
  const send = (message: ToFrame) => {
    try {
      port?.postMessage(message);
    } catch {
      // The channel closed with the frame; there is no one to tell.
    }
  };
  const viewport = () => ({ width: window.innerWidth, height: window.innerHeight });
  const sendAll = () => {
    send({ kind: 'viewport', viewport: viewport() });
    send({ kind: 'facts', facts: bridge.facts.get() });
    send({ kind: 'state', state: bridge.state.get() });
    send({ kind: 'nextHost', question: bridge.nextHost.get() });
    send({ kind: 'mode', mode: bridge.mode.get() });
    giveFocusIfAsked();
  };
  const giveFocusIfAsked = () => {
    if (!port || bridge.mode.get() !== 'open' || bridge.focusOnOpen !== true) return;
    bridge.focusOnOpen = false;
    // The frame's document takes the focus from here; inside it, its first control does.
    frame.focus();
    send({ kind: 'focus' });
  };

  let talk: AbortController | null = null;
  const stopTalk = () => {
    talk?.abort();
    talk = null;
  };
  const onMessage = (message: FromFrame) => {
    switch (message.kind) {
      case 'layout':
        frame.style.left = `${message.left}px`;
        frame.style.top = `${message.top}px`;
        frame.style.width = `${message.width}px`;
        frame.style.height = `${message.height}px`;
        frame.classList.toggle('ck-collapsed', message.collapsed);
        frame.hidden = bridge.mode.get() !== 'open' || message.width === 0;
        return;
      case 'close':
        bridge.mode.set('closed');
        return;
      case 'fillChat':
        send({ kind: 'chatFilled', id: message.id, ok: bridge.fillChat?.(message.text) === true });
        return;
      case 'talk':
        stopTalk();
        if (!message.on) return;
        talk = new AbortController();
        startTalkSampler({
          doc: document,
          ids: rosterIds(() => bridge.facts.get().roster),
          signal: talk.signal,
          onSample: lookBatcher((looks) => send({ kind: 'talkLooks', looks })),
        });
        return;
    }
  };

  // The frame says it is ready (from this extension's origin, as our iframe's window); the
  // answer, posted to that origin only, carries a channel and the key. The page can see the
  // frame's hello but not the answer, and cannot forge one the frame takes without the key.
  const origins = ownOrigins();
  const onHello = (event: MessageEvent) => {
    if (event.source !== frame.contentWindow || !origins.has(event.origin)) return;
    if ((event.data as { crewkit?: unknown } | null)?.crewkit !== FRAME_READY) return;
    port?.close();
    stopTalk();
    const channel = new MessageChannel();
    port = channel.port1;
    port.onmessage = (message) => {
      const parsed = v.safeParse(FromFrameSchema, message.data);
      if (parsed.success) onMessage(parsed.output);
    };
    frame.contentWindow?.postMessage({ crewkit: FRAME_PORT, key }, event.origin, [channel.port2]);
    forgetKey();
    sendAll();
  };
  addEventListener('message', onHello, { signal });

  const stops = [
    bridge.facts.subscribe((facts) => send({ kind: 'facts', facts })),
    bridge.state.subscribe((state) => send({ kind: 'state', state })),
    bridge.nextHost.subscribe((question) => send({ kind: 'nextHost', question })),
    bridge.mode.subscribe((mode) => {
      if (mode !== 'open') frame.hidden = true;
      send({ kind: 'mode', mode });
      giveFocusIfAsked();
    }),
  ];
  bridge.backend.onStoreChange((change) => send({ kind: 'storeChange', change }), signal);
  addEventListener('resize', () => send({ kind: 'viewport', viewport: viewport() }), { signal });
  lookWithPageChanges(bridge.pageChanged ?? null);
  signal.addEventListener(
    'abort',
    () => {
      for (const stop of stops) stop();
      stopTalk();
      lookWithPageChanges(null);
      port?.close();
    },
    { once: true },
  );
  frame.src = url;
}
