// Lobby, waiting, in the call, left or ended (docs/meet-page.md, "Lobby vs in the call
// vs left", seen 2026-04). The one thing this must never do is report "in-call" in the green room
// or while asking to be let in: the leave button and a self tile exist there too. And a chat
// message, a caption or a notification saying "You left the meeting" must never end the call
// (issue 8): the in-call controls are read first, and the page's texts only when they are gone.

import type { CallState } from '../adapter';
import type { MissingSignal } from '../health';
import type { MeetPage } from './page';
import {
  CAPTIONS_LIGATURES,
  DEVICE_LIGATURES,
  ENDED_TEXTS,
  LEAVE_LIGATURE,
  LEFT_TEXTS,
  SELF_TILE_LIGATURE,
  STATE_TEXT_SKIPPED_TAGS,
  WAITING_TEXTS,
} from './selectors';

export interface CallStateReading {
  state: CallState;
  missing: MissingSignal[];
}

type TextKind = 'ended' | 'left' | 'waiting';

/**
 * `previous` is the state this page was last read in, when known (the watch): once admitted, the
 * waiting texts need not be looked for again while the controls stay, so a call in progress never
 * walks the page's text.
 */
export function readMeetCallState(page: MeetPage, previous?: CallState): CallStateReading {
  const ligatures = ligaturesOf(page.icons());
  const admitted =
    CAPTIONS_LIGATURES.some((name) => ligatures.has(name)) || !isEmpty(page.peopleControls());
  if (admitted) {
    // The waiting screen already shows some controls of the call; its text is checked once, on
    // the way in, never while the call goes on.
    if (previous !== 'in-call' && findStateText(page.doc, ['waiting']) === 'waiting') {
      return { state: 'waiting', missing: [] };
    }
    return { state: 'in-call', missing: [] };
  }
  // No in-call controls: English texts are the only signal for these screens.
  const text = findStateText(page.doc, ['ended', 'left', 'waiting']);
  if (text !== null) return { state: text, missing: [] };

  const preJoin =
    DEVICE_LIGATURES.some((name) => ligatures.has(name)) ||
    ligatures.has(LEAVE_LIGATURE) ||
    ligatures.has(SELF_TILE_LIGATURE);
  if (preJoin) return { state: 'lobby', missing: [] };

  const missing: MissingSignal[] =
    ligatures.size === 0 ? ['icon-ligatures', 'call-controls'] : ['call-controls'];
  return { state: 'none', missing };
}

function isEmpty(elements: Iterable<Element>): boolean {
  for (const _ of elements) return false;
  return true;
}

export function ligaturesOf(icons: Iterable<Element>): Set<string> {
  const names = new Set<string>();
  for (const icon of icons) {
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
 * Looks for the state texts in the page's visible text nodes (scripts and styles skipped). Costs
 * the size of the page, so it runs only when the in-call controls are absent (lobby, waiting,
 * left, ended: small pages), or once on the way into the call.
 */
function findStateText(doc: Document, kinds: readonly TextKind[]): TextKind | null {
  const body = doc.body;
  if (!body) return null;
  const walker = doc.createTreeWalker(body, 0x1 | 0x4 /* SHOW_ELEMENT | SHOW_TEXT */, {
    acceptNode(node) {
      if (node.nodeType === 1) {
        return STATE_TEXT_SKIPPED_TAGS.includes((node as Element).tagName)
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
      if (!kinds.includes(kind)) continue;
      if (!phrases.some((phrase) => isStandalone(text, phrase))) continue;
      if (kind === 'ended') return kind;
      if (found === null || (found === 'waiting' && kind === 'left')) found = kind;
    }
  }
  return found;
}
