// The call panel's frame (entrypoints/call-frame): an extension page in an iframe over the call,
// drawn in its own renderer process (issue 8, meet-overhead-ratio). The panel script that made
// it (frame-host.ts) opens a port to it with the call's facts; the frame renders the panel with
// them. Round saves and the other backend calls go to the background directly.
import { render } from 'preact';
import { browser } from 'wxt/browser';
import type { CallPanelState, NextHostQuestion, StoreChange } from '../../messaging/protocol';
import type { CallFacts } from '../../sites/adapter';
import { firstTabbable } from '../../ui/common/focus';
import { observable } from '../feature';
import { messageBackend } from './backend';
import type { PanelMode } from './bridge';
import { CallPanelApp } from './CallPanelApp';
import {
  FRAME_PORT,
  FRAME_READY,
  type FrameLayout,
  type FromFrame,
  frameKeySlot,
  isToFrame,
  type ToFrame,
  type Viewport,
} from './frame-protocol';
import type { TalkSampling } from './talk-sampler';
import { loadPlacement } from './window-position';

type ChangeListener = (change: StoreChange) => void;
type SampleListener = (speaking: string[], at: number) => void;

/** The panel's first control (or the pill) takes the focus the panel script gave the frame. */
function focusPanel(root: HTMLElement): boolean {
  const body = root.querySelector<HTMLElement>('.ck-float__body');
  const target =
    body && !body.closest('[hidden]')
      ? firstTabbable(body)
      : root.querySelector<HTMLElement>('.ck-pill');
  target?.focus();
  return target !== null && target !== undefined;
}

/**
 * The channel of the panel script that made this frame: asked for with a hello to the parent,
 * taken only from the parent with the key kept for this frame in extension storage.
 */
async function panelChannel(slot: string): Promise<MessagePort | null> {
  const stored = (await browser.storage.local.get(frameKeySlot(slot)))[frameKeySlot(slot)];
  if (typeof stored !== 'string') return null;
  return new Promise((resolve) => {
    const onMessage = (event: MessageEvent) => {
      const data = event.data as { crewkit?: unknown; key?: unknown } | null;
      const [port] = event.ports;
      if (event.source !== parent || data?.crewkit !== FRAME_PORT || data.key !== stored) return;
      if (!port) return;
      removeEventListener('message', onMessage);
      resolve(port);
    };
    addEventListener('message', onMessage);
    // Nothing secret: the answer is what counts, and the page cannot make one with the key.
    parent.postMessage({ crewkit: FRAME_READY }, '*');
  });
}

export async function startCallFrame(root: HTMLElement): Promise<void> {
  const slot = location.hash.slice(1);
  // Opened anywhere but as a call page's panel frame, the page has no slot and shows nothing.
  if (!/^[0-9a-f]{24}$/.test(slot)) return;
  const [port, placement] = await Promise.all([panelChannel(slot), loadPlacement()]);
  if (!port) return;
  const post = (message: FromFrame) => {
    try {
      port.postMessage(message);
    } catch {
      // The call page went away; this frame goes with it.
    }
  };

  const stores = new Set<ChangeListener>();
  const backend = messageBackend((listener, signal) => {
    stores.add(listener);
    signal.addEventListener('abort', () => stores.delete(listener), { once: true });
  });
  const chats = new Map<number, (ok: boolean) => void>();
  let nextChat = 0;
  const fillChat = (text: string) =>
    new Promise<boolean>((resolve) => {
      const id = nextChat++;
      chats.set(id, resolve);
      post({ kind: 'fillChat', id, text });
    });
  let onSample: SampleListener | null = null;
  const sampleTalk: TalkSampling = (options) => {
    if (options.signal.aborted) return;
    onSample = options.onSample;
    post({ kind: 'talk', on: true });
    options.signal.addEventListener(
      'abort',
      () => {
        if (onSample !== options.onSample) return;
        onSample = null;
        post({ kind: 'talk', on: false });
      },
      { once: true },
    );
  };
  const onLayout = (layout: FrameLayout) => post({ kind: 'layout', ...layout });

  let facts: ReturnType<typeof observable<CallFacts>> | null = null;
  const nextHost = observable<NextHostQuestion | null>(null);
  let state: CallPanelState | null = null;
  let mode: PanelMode = 'closed';
  let viewport: Viewport = { width: innerWidth, height: innerHeight };
  let mounted = false;
  let focusWanted = false;

  const show = () => {
    const open = mode === 'open' && state !== null && facts !== null;
    render(
      open && facts && state ? (
        <CallPanelApp
          facts={facts}
          backend={backend}
          state={state}
          nextHost={nextHost}
          placement={placement}
          fillChat={fillChat}
          takeFocus={focusWanted}
          now={Date.now}
          viewport={viewport}
          onLayout={onLayout}
          sampleTalk={sampleTalk}
          onClose={() => post({ kind: 'close' })}
        />
      ) : null,
      root,
    );
    if (open && focusWanted) focusWanted = false;
    mounted = open;
  };

  const receive = (message: ToFrame) => {
    switch (message.kind) {
      case 'facts':
        // The panel follows its facts itself (CallPanelApp subscribes); only the first renders.
        if (facts) return facts.set(message.facts);
        facts = observable(message.facts);
        return show();
      case 'state':
        state = message.state;
        return show();
      case 'mode':
        mode = message.mode;
        return show();
      case 'nextHost':
        return nextHost.set(message.question);
      case 'viewport': {
        viewport = message.viewport;
        const style = document.documentElement.style;
        style.setProperty('--ck-viewport-width', `${viewport.width}px`);
        style.setProperty('--ck-viewport-height', `${viewport.height}px`);
        return mounted ? show() : undefined;
      }
      case 'storeChange':
        for (const listener of stores) listener(message.change);
        return;
      case 'focus':
        if (!mounted || !focusPanel(root)) focusWanted = true;
        return;
      case 'chatFilled':
        chats.get(message.id)?.(message.ok);
        chats.delete(message.id);
        return;
      case 'talkLooks':
        for (const look of message.looks) onSample?.(look.speaking, look.at);
        return;
    }
  };
  port.onmessage = (event) => {
    if (isToFrame(event.data)) receive(event.data);
  };
}
