// @vitest-environment happy-dom
// The panel script's side of the call panel's frame: which port it takes, what it sends the
// frame, and what it does with the frame's messages (checked, hostile ones ignored).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import type { CallPanelState, StoreChange } from '../../messaging/protocol';
import type { CallFacts } from '../../sites/adapter';
import { observable } from '../feature';
import type { CallBackend } from './backend';
import { type CallBridge, type PanelMode, publishBridge } from './bridge';
import { mountCallFrame } from './frame-host';
import { FRAME_READY, frameKeySlot } from './frame-protocol';

const FACTS: CallFacts = {
  site: 'meet',
  meetingCode: 'abc-defg-hij',
  callState: 'in-call',
  roster: [{ id: 'spaces/s/devices/1', name: 'Ada Lovelace', isSelf: true }],
  rosterSource: 'people-panel',
  speakingIds: [],
  missing: [],
};

/** The frame's end of the channel the host handed over, with what it was sent. */
interface FrameEnd {
  sent: unknown[];
  key: unknown;
  say(message: unknown): void;
}

let controller: AbortController;
let bridge: CallBridge;
let storeListeners: ((change: StoreChange) => void)[];

function frame(): HTMLIFrameElement {
  const element = document.querySelector('crewkit-call')?.shadowRoot?.querySelector('iframe');
  if (!element) throw new Error('no frame');
  return element;
}

/** A hello as a window posts it: from `source` at `origin`. */
function hello(source: unknown, origin: string, data: unknown = { crewkit: FRAME_READY }) {
  window.dispatchEvent(new MessageEvent('message', { data, origin, source: source as Window }));
}

/** The frame's window, as the host sees it (happy-dom loads no frame page). */
let frameWindow: { postMessage: ReturnType<typeof vi.fn> };

/** The frame says hello from its window at this extension's origin; the host's answer. */
async function handshake(origin = `chrome-extension://${browser.runtime.id}`): Promise<FrameEnd> {
  hello(frameWindow, origin);
  const [data, target, ports] = frameWindow.postMessage.mock.calls[0] ?? [];
  expect(target).toBe(origin);
  const port = (ports as MessagePort[] | undefined)?.[0];
  if (!port) throw new Error('no answer');
  const end: FrameEnd = {
    sent: [],
    key: (data as { key?: unknown }).key,
    say: (m) => port.postMessage(m),
  };
  port.onmessage = (event) => end.sent.push(event.data);
  return end;
}

const kinds = (end: FrameEnd) => end.sent.map((m) => (m as { kind: string }).kind);
const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

beforeEach(async () => {
  vi.spyOn(browser.runtime, 'getURL').mockImplementation(
    (path) => `chrome-extension://session-address${path}`,
  );
  delete (globalThis as Record<symbol, unknown>)[Symbol.for('crewkit.callPanelMounted')];
  controller = new AbortController();
  storeListeners = [];
  bridge = {
    facts: observable(FACTS),
    state: observable<CallPanelState | null>({ crew: null } as unknown as CallPanelState),
    mode: observable<PanelMode>('open'),
    nextHost: observable(null),
    backend: {
      onStoreChange: (listener: (change: StoreChange) => void) => storeListeners.push(listener),
    } as unknown as CallBackend,
    fillChat: vi.fn((text: string) => text === 'fits'),
    signal: controller.signal,
  };
  publishBridge(bridge);
  frameWindow = { postMessage: vi.fn() };
  const create = document.createElement.bind(document);
  vi.spyOn(document, 'createElement').mockImplementation(((name: string) => {
    const element = create(name);
    if (name === 'iframe') Object.defineProperty(element, 'contentWindow', { value: frameWindow });
    return element;
  }) as typeof document.createElement);
  await mountCallFrame();
});

afterEach(() => {
  controller.abort();
  vi.restoreAllMocks();
});

describe('the call panel frame host', () => {
  it('puts a hidden frame of the extension page in a shadow host, its key in storage', async () => {
    const [page, slot] = frame().src.split('#');
    expect(page).toBe('chrome-extension://session-address/call-frame.html');
    expect(slot).toMatch(/^[0-9a-f]{24}$/);
    expect(frame().hidden).toBe(true);
    expect(frame().title).toBe('Crewkit');
    const stored = await browser.storage.local.get(frameKeySlot(slot ?? ''));
    const end = await handshake();
    expect(end.key).toBe(stored[frameKeySlot(slot ?? '')]);
    expect(end.key).not.toBe(slot);
    // Handed over, the key is forgotten: no call leaves one in storage.
    await settle();
    expect(await browser.storage.local.get(frameKeySlot(slot ?? ''))).toEqual({});
  });

  it("sends the frame the call's viewport, facts, state, next host and mode, then changes", async () => {
    const end = await handshake();
    await settle();
    expect(kinds(end)).toEqual(['viewport', 'facts', 'state', 'nextHost', 'mode']);
    expect(end.sent[1]).toEqual({ kind: 'facts', facts: FACTS });
    bridge.facts.set({ ...FACTS, roster: [] });
    storeListeners[0]?.({ kinds: ['crew'], crewIds: ['c1'] });
    await settle();
    expect(end.sent.slice(-2)).toEqual([
      { kind: 'facts', facts: { ...FACTS, roster: [] } },
      { kind: 'storeChange', change: { kinds: ['crew'], crewIds: ['c1'] } },
    ]);
  });

  it("answers no hello but its own iframe's, from this extension's origin", () => {
    const ownOrigin = `chrome-extension://${browser.runtime.id}`;
    hello(frameWindow, 'https://meet.google.com');
    hello(window, ownOrigin);
    hello(null, ownOrigin);
    hello(frameWindow, ownOrigin, { crewkit: 'something else' });
    hello(frameWindow, ownOrigin, FRAME_READY);
    expect(frameWindow.postMessage).not.toHaveBeenCalled();
  });

  it('places and sizes the frame as it asks, and shows it while the panel is open', async () => {
    const end = await handshake();
    end.say({ kind: 'layout', left: 884, top: 72, width: 380, height: 585, collapsed: false });
    await settle();
    expect(frame().hidden).toBe(false);
    expect(frame().style.left).toBe('884px');
    expect(frame().style.width).toBe('380px');
    expect(frame().style.height).toBe('585px');
    end.say({ kind: 'layout', left: 1100, top: 72, width: 160, height: 40, collapsed: true });
    await settle();
    expect(frame().classList.contains('ck-collapsed')).toBe(true);
    end.say({ kind: 'close' });
    await settle();
    expect(bridge.mode.get()).toBe('closed');
    expect(frame().hidden).toBe(true);
  });

  it('ignores a malformed message and keeps working', async () => {
    const end = await handshake();
    end.say({ kind: 'layout', left: 10, top: 10, width: 300, height: 200, collapsed: false });
    for (const bad of [
      { kind: 'layout', left: Number.NaN, top: 0, width: 1, height: 1, collapsed: false },
      { kind: 'layout', left: '1px', top: 0, width: 1, height: 1, collapsed: false },
      { kind: 'layout', left: 0, top: 0, width: -5, height: 1, collapsed: false },
      { kind: 'layout', left: 0, top: 0, width: 1, height: 1, collapsed: false, style: 'x' },
      { kind: 'fillChat', id: 1, text: 'x'.repeat(10_001) },
      { kind: 'eval', code: 'alert(1)' },
      'close',
      null,
    ]) {
      end.say(bad);
    }
    await settle();
    expect(frame().style.left).toBe('10px');
    expect(bridge.mode.get()).toBe('open');
    expect(bridge.fillChat).not.toHaveBeenCalled();
    end.say({ kind: 'close' });
    await settle();
    expect(bridge.mode.get()).toBe('closed');
  });

  it("fills the call's chat for the frame and answers whether it could", async () => {
    const end = await handshake();
    end.say({ kind: 'fillChat', id: 7, text: 'fits' });
    end.say({ kind: 'fillChat', id: 8, text: 'no chat box' });
    await settle();
    expect(end.sent.slice(-2)).toEqual([
      { kind: 'chatFilled', id: 7, ok: true },
      { kind: 'chatFilled', id: 8, ok: false },
    ]);
  });

  it('hands the focus to the frame when the user opened the panel from the launcher', async () => {
    bridge.mode.set('closed');
    const end = await handshake();
    await settle();
    expect(kinds(end)).not.toContain('focus');
    bridge.focusOnOpen = true;
    bridge.mode.set('open');
    await settle();
    expect(kinds(end).slice(-2)).toEqual(['mode', 'focus']);
    expect(bridge.focusOnOpen).toBe(false);
  });

  it('takes the frame away when the call script is invalidated', async () => {
    await handshake();
    controller.abort();
    expect(document.querySelector('crewkit-call')).toBeNull();
  });
});
