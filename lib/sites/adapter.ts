// The site-neutral view of a video call that the panel builds on. Each site (Meet, Jitsi)
// turns its live page into these facts; nothing above lib/sites knows how a page looks.

import type { MissingSignal } from './health';

export type SiteName = 'meet' | 'jitsi';

/**
 * Where the user stands in the call.
 * - `none`: not a meeting page, or a meeting page whose call UI we do not recognise.
 * - `lobby`: the pre-join screen (Meet's "green room", Jitsi's prejoin).
 * - `waiting`: asked to be let in, not admitted yet.
 * - `in-call`: admitted. Never reported in the lobby or while waiting.
 * - `left`: the user left or was removed. `ended`: the host ended the call for everyone.
 */
export type CallState = 'none' | 'lobby' | 'waiting' | 'in-call' | 'left' | 'ended';

/** Which part of the page the roster was read from; `members` is a manual roster from the panel. */
export type RosterSource = 'tiles' | 'people-panel' | 'members' | 'none';

export interface RosterEntry {
  /** The site's own participant id (Meet: `spaces/<space>/devices/<n>`), stable for the call. */
  id: string;
  /** The display name as shown, cleaned of icon text and "(You)". Always plain text. */
  name: string;
  isSelf: boolean;
}

export interface CallFacts {
  site: SiteName;
  /** Meet's `abc-defg-hij` or Jitsi's room name; null when the page is not a meeting. */
  meetingCode: string | null;
  callState: CallState;
  /** In page order; empty unless in the call. Partial when the source is `tiles` in a big call. */
  roster: RosterEntry[];
  rosterSource: RosterSource;
  /** An ESTIMATE of who is speaking, from visual hints; never required, may be empty. */
  speakingIds: string[];
  /** Expected signals that were not found, for "Meet support degraded: …" in the popup. */
  missing: MissingSignal[];
}

export interface WatchOptions {
  /** Where to read the current URL; Meet changes it without reloading. Default: doc.location. */
  getUrl?: () => string;
  /** Read speaking hints (observes class changes, costs a little more). Default true. */
  speaking?: boolean;
  /** Injected clock for speaking hints; default `performance.now`. */
  now?: () => number;
  /** How often `getUrl` is compared; default 2 s with the Navigation API (Chromium), else 500 ms. */
  urlPollMs?: number;
  /** How long the call UI must stay gone before the call counts as left. Default 1500 ms. */
  leftGraceMs?: number;
  /** How long page changes are gathered before one reading; default 250 ms (watch-facts.ts). */
  batchMs?: number;
  /** How often a call in progress is read where the site polls it; default 1 s (watch-facts.ts). */
  pollMs?: number;
}

export interface SiteAdapter {
  site: SiteName;
  /** Whether this adapter handles pages at this URL (meeting or not). */
  matches(url: string): boolean;
  /** One reading of the page. Never throws; what it cannot find it lists in `missing`. */
  read(doc: Document, url: string): CallFacts;
  /**
   * Calls `onFacts` with the first reading and then only when the facts change, at most once per
   * batch of page changes (`batchMs`), until `signal` aborts. Never throws into the page.
   */
  watch(
    doc: Document,
    onFacts: (facts: CallFacts) => void,
    signal: AbortSignal,
    options?: WatchOptions,
  ): void;
}

/** Facts of a page with no call on it (yet): what every reading starts from. */
export function emptyFacts(site: SiteName, meetingCode: string | null): CallFacts {
  return {
    site,
    meetingCode,
    callState: 'none',
    roster: [],
    rosterSource: 'none',
    speakingIds: [],
    missing: [],
  };
}

/** Facts for a page the adapter could not read at all (e.g. it threw): everything missing. */
export function unreadableFacts(site: SiteName, meetingCode: string | null): CallFacts {
  return { ...emptyFacts(site, meetingCode), missing: ['page-unreadable'] };
}

export function sameFacts(a: CallFacts, b: CallFacts): boolean {
  return (
    a.site === b.site &&
    a.meetingCode === b.meetingCode &&
    a.callState === b.callState &&
    a.rosterSource === b.rosterSource &&
    sameList(a.speakingIds, b.speakingIds) &&
    sameList(a.missing, b.missing) &&
    a.roster.length === b.roster.length &&
    a.roster.every((entry, i) => {
      const other = b.roster[i];
      return (
        other !== undefined &&
        entry.id === other.id &&
        entry.name === other.name &&
        entry.isSelf === other.isSelf
      );
    })
  );
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((value, i) => value === b[i]);
}

/**
 * Wraps a listener so it only hears changes and its own errors never reach the page
 * (DESIGN.md, "Degrade, never break").
 */
export function changeOnlyEmitter(onFacts: (facts: CallFacts) => void): (facts: CallFacts) => void {
  let last: CallFacts | null = null;
  return (facts) => {
    if (last !== null && sameFacts(last, facts)) return;
    last = facts;
    try {
      onFacts(facts);
    } catch {
      // A failing listener must not break the page or stop later updates.
    }
  };
}

/**
 * A call that was joined and whose call UI then vanished has been left, even when the page says
 * so in a language we do not read. Used by every site's `watch`, which knows the previous state.
 */
export function settleCallState(previous: CallState | null, current: CallState): CallState {
  if (previous === 'in-call' && current === 'none') return 'left';
  if ((previous === 'left' || previous === 'ended') && current === 'none') return previous;
  return current;
}
