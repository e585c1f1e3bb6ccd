// Jitsi Meet as a SiteAdapter, from Jitsi's stable DOM ids. A content script on a top-level
// Jitsi page cannot use the IFrame API, and APP needs a main-world script, so the DOM it is.

import {
  type CallFacts,
  type CallState,
  emptyFacts,
  type RosterEntry,
  type SiteAdapter,
  unreadableFacts,
} from '../adapter';
import type { MissingSignal } from '../health';
import { defineCallSite } from '../watch-facts';
import { isJitsiUrl, JITSI_PUBLIC_ORIGIN, roomFromUrl } from './page-detect';
import { jitsiSelectors, remoteNameId } from './selectors';

const WATCHED_ATTRIBUTES = ['id'] as const;
const TILE_ID_PREFIX = 'participant_';

export function readJitsi(
  doc: Document,
  url: string,
  origins: readonly string[] = [JITSI_PUBLIC_ORIGIN],
): CallFacts {
  const meetingCode = roomFromUrl(url, origins);
  try {
    const empty = emptyFacts('jitsi', meetingCode);
    if (meetingCode === null) return empty;
    const state = callState(doc);
    if (state !== 'in-call') {
      return state === 'none'
        ? { ...empty, missing: ['conference-page'] }
        : { ...empty, callState: state };
    }
    const { roster, missing } = readRoster(doc);
    return { ...empty, callState: state, roster, rosterSource: 'tiles', missing };
  } catch {
    return unreadableFacts('jitsi', meetingCode);
  }
}

function callState(doc: Document): CallState {
  // The prejoin screen means "not joined", whatever else is already rendered behind it.
  if (doc.querySelector(jitsiSelectors.prejoin) !== null) return 'lobby';
  const joined =
    doc.querySelector(jitsiSelectors.conferencePage) !== null &&
    doc.querySelector(jitsiSelectors.localVideo) !== null;
  return joined ? 'in-call' : 'none';
}

function readRoster(doc: Document): { roster: RosterEntry[]; missing: MissingSignal[] } {
  const roster: RosterEntry[] = [];
  const missing: MissingSignal[] = [];
  // Jitsi may append "(me)" to the local name; the crew knows the person without it.
  const localName = doc
    .querySelector(jitsiSelectors.localDisplayName)
    ?.textContent?.replace(/\s*\(me\)\s*$/i, '')
    .trim();
  if (localName) roster.push({ id: 'local', name: localName, isSelf: true });
  else missing.push('local-display-name');
  for (const tile of doc.querySelectorAll(jitsiSelectors.remoteTile)) {
    const id = tile.id.slice(TILE_ID_PREFIX.length);
    // getElementById, not a selector: endpoint ids need no CSS escaping this way.
    const name = doc.getElementById(remoteNameId(tile.id))?.textContent?.trim();
    if (!id || !name) continue;
    if (roster.some((entry) => entry.id === id)) continue;
    roster.push({ id, name, isSelf: false });
  }
  return { roster, missing };
}

/** A Jitsi adapter for meet.jit.si and the self-hosted origins the user added. */
export function createJitsiAdapter(
  origins: readonly string[] = [JITSI_PUBLIC_ORIGIN],
): SiteAdapter {
  return defineCallSite({
    site: 'jitsi',
    matches: (url) => isJitsiUrl(url, origins),
    read: (doc, url) => readJitsi(doc, url, origins),
    attributes: WATCHED_ATTRIBUTES,
  });
}

export const jitsiAdapter: SiteAdapter = createJitsiAdapter();
