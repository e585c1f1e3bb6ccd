// Lobby, waiting, in the call, left or ended (reference/google-meet-dom.md, "Lobby vs in the call
// vs left"). The one thing this must never do is report "in-call" in the green room or while
// asking to be let in: the leave button and a self tile exist there too.

import type { CallState } from '../adapter';
import type { MissingSignal } from '../health';
import {
  CAPTIONS_LIGATURES,
  DEVICE_LIGATURES,
  ENDED_TEXTS,
  LEAVE_LIGATURE,
  LEFT_TEXTS,
  meetSelectors,
  SELF_TILE_LIGATURE,
  WAITING_TEXTS,
} from './selectors';

export interface CallStateReading {
  state: CallState;
  missing: MissingSignal[];
}

type TextKind = 'ended' | 'left' | 'waiting';

export function readMeetCallState(doc: Document): CallStateReading {
  const ligatures = ligaturesOnPage(doc);
  // English texts are the only signal for these screens; checked first because the waiting
  // screen already shows controls of the call.
  const text = findStateText(doc);
  if (text === 'ended' || text === 'left') return { state: text, missing: [] };
  if (text === 'waiting') return { state: 'waiting', missing: [] };

  const admitted =
    CAPTIONS_LIGATURES.some((name) => ligatures.has(name)) ||
    doc.querySelector(meetSelectors.peopleControl) !== null;
  if (admitted) return { state: 'in-call', missing: [] };

  const preJoin =
    DEVICE_LIGATURES.some((name) => ligatures.has(name)) ||
    ligatures.has(LEAVE_LIGATURE) ||
    ligatures.has(SELF_TILE_LIGATURE);
  if (preJoin) return { state: 'lobby', missing: [] };

  const missing: MissingSignal[] =
    ligatures.size === 0 ? ['icon-ligatures', 'call-controls'] : ['call-controls'];
  return { state: 'none', missing };
}

export function ligaturesOnPage(doc: Document): Set<string> {
  const names = new Set<string>();
  for (const icon of doc.querySelectorAll(meetSelectors.iconLigature)) {
    const name = icon.textContent?.trim();
    if (name) names.add(name);
  }
  return names;
}

/** Typographic apostrophes and ellipses as Meet writes them, folded to plain ASCII. */
function normalise(text: string): string {
  return text
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/\u2026/g, '...')
    .toLowerCase();
}

const TEXTS: ReadonlyArray<readonly [TextKind, readonly string[]]> = [
  ['ended', ENDED_TEXTS],
  ['left', LEFT_TEXTS],
  ['waiting', WAITING_TEXTS],
];

/**
 * Meet shows these texts as their own text nodes; requiring the node to be (nearly) just the phrase
 * keeps a chat message or a name that quotes it from changing the state.
 */
function isStandalone(text: string, phrase: string): boolean {
  return text.startsWith(phrase) && text.length <= phrase.length + 4;
}

/**
 * Looks for the state texts in the page's visible text nodes (scripts and styles skipped). Runs
 * only when the page structure changed, never per class change.
 */
function findStateText(doc: Document): TextKind | null {
  const body = doc.body;
  if (!body) return null;
  const walker = doc.createTreeWalker(body, 0x1 | 0x4 /* SHOW_ELEMENT | SHOW_TEXT */, {
    acceptNode(node) {
      if (node.nodeType === 1) {
        const tag = (node as Element).tagName;
        return tag === 'SCRIPT' || tag === 'STYLE' || tag === 'TEMPLATE'
          ? 2 /* FILTER_REJECT: skip the subtree */
          : 3 /* FILTER_SKIP */;
      }
      return 1 /* FILTER_ACCEPT */;
    },
  });
  let found: TextKind | null = null;
  for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
    const value = node.nodeValue;
    if (!value || value.length < 8) continue;
    const text = normalise(value).trim();
    for (const [kind, phrases] of TEXTS) {
      if (!phrases.some((phrase) => isStandalone(text, phrase))) continue;
      if (kind === 'ended') return kind;
      if (found === null || (found === 'waiting' && kind === 'left')) found = kind;
    }
  }
  return found;
}
