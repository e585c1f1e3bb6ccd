// What the call page's panel script (frame-host.ts, in the page's isolated world) and the call
// panel's frame (frame-app.tsx, an extension page in an iframe over the call) say to each other,
// over a MessageChannel the panel script hands the frame (issue 8, meet-overhead-ratio).
//
// The frame draws the panel in its own renderer process, so a countdown's seconds cost the call
// page's main thread nothing; everything the frame cannot see (the call's facts, its chat box,
// the tiles' voice rings, the page's viewport) comes from the panel script. Round saves and the
// other backend calls go from the frame to the background directly, as any extension page's do.
//
// Not a runtime port: Firefox gives an extension frame inside a web page neither `tabs` (to
// connect to its tab's content script) nor a content script's runtime port (seen in Firefox ESR
// 140, 2026-12). The handshake: the frame posts FRAME_READY to its parent; the panel script takes
// it only from its own iframe's window at this extension's origin, and answers, to that origin
// alone, with a channel and a key; the frame takes a channel only with the key it reads from
// extension storage (the slot named in its address), which the page cannot read. Both ends check
// what they receive: the panel script each message's shape, the frame the envelope.
import * as v from 'valibot';
import type { CallPanelState, NextHostQuestion, StoreChange } from '../../messaging/protocol';
import type { CallFacts } from '../../sites/adapter';
import type { PanelMode } from './bridge';
import type { TalkLook } from './talk-batch';

/** The frame's hello to its parent, and the panel script's answer with the channel. */
export const FRAME_READY = 'crewkit-call-frame-ready';
export const FRAME_PORT = 'crewkit-call-frame-port';

/** Where the frame's key is kept in storage.local, by the slot in the frame's address. */
export function frameKeySlot(slot: string): string {
  return `crewkit.callFrameKey.${slot}`;
}
/** The frame's page in the build (entrypoints/call-frame/index.html). */
export const CALL_FRAME_PAGE = '/call-frame.html';

export interface Viewport {
  width: number;
  height: number;
}

/** Where the frame is to sit in the call page's viewport, and its size, in CSS pixels. */
export interface FrameLayout {
  left: number;
  top: number;
  width: number;
  height: number;
  /** Shrunk to the pill (the frame's corners are the pill's). */
  collapsed: boolean;
}

/** Panel script → frame. */
export type ToFrame =
  | { kind: 'facts'; facts: CallFacts }
  | { kind: 'state'; state: CallPanelState | null }
  | { kind: 'mode'; mode: PanelMode }
  | { kind: 'nextHost'; question: NextHostQuestion | null }
  | { kind: 'storeChange'; change: StoreChange }
  | { kind: 'viewport'; viewport: Viewport }
  /** The user opened the panel from the launcher: the frame has the focus, its first control takes it. */
  | { kind: 'focus' }
  | { kind: 'chatFilled'; id: number; ok: boolean }
  /** The talk sampler's looks since the last batch, in order (./talk-batch.ts). */
  | { kind: 'talkLooks'; looks: TalkLook[] };

const Pixels = v.pipe(v.number(), v.finite(), v.minValue(-100_000), v.maxValue(100_000));

/** Frame → panel script, checked by the panel script (frame-host.ts). */
export const FromFrameSchema = v.variant('kind', [
  v.strictObject({
    kind: v.literal('layout'),
    left: Pixels,
    top: Pixels,
    width: v.pipe(Pixels, v.minValue(0)),
    height: v.pipe(Pixels, v.minValue(0)),
    collapsed: v.boolean(),
  }),
  v.strictObject({ kind: v.literal('close') }),
  v.strictObject({
    kind: v.literal('fillChat'),
    id: v.pipe(v.number(), v.integer()),
    text: v.pipe(v.string(), v.maxLength(10_000)),
  }),
  /** Start or stop sampling the tiles' voice rings for the talk-time estimate. */
  v.strictObject({ kind: v.literal('talk'), on: v.boolean() }),
]);
export type FromFrame = v.InferOutput<typeof FromFrameSchema>;

const KINDS_TO_FRAME: ReadonlySet<string> = new Set([
  'facts',
  'state',
  'mode',
  'nextHost',
  'storeChange',
  'viewport',
  'focus',
  'chatFilled',
  'talkLooks',
]);

/**
 * The frame's check of a message on the channel it took: the envelope only. The channel came
 * with the key only the panel script that made the frame knows, so the payloads are Crewkit's.
 */
export function isToFrame(message: unknown): message is ToFrame {
  return (
    typeof message === 'object' &&
    message !== null &&
    KINDS_TO_FRAME.has(String((message as { kind?: unknown }).kind))
  );
}
