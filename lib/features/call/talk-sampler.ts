// Samples Meet's speaking hints a few times a second while the panel's talk-time estimate is on
// (issue 8, "Talk-time balance, privately, at no measurable cost"). Instead of observing every
// class change of every tile (Meet makes hundreds a second), it looks at the voice-level
// elements four times a second and counts a tile as speaking when its element's class differs
// from the last look: the ring animates while someone talks (reference/google-meet-dom.md, "Who
// is speaking", approach 1; the selector and the hold come from lib/sites/meet/speaking.ts).
// It stops when the panel closes (the signal) and while the tab is hidden.
//
// A look is a dozen attribute reads of remembered elements and nothing else: no layout read, no
// write, so it never causes a frame of the call page (the balance writes its rows in the panel's
// own frame: TalkBalance.tsx; frame-host.ts sends the looks there a second's worth at a time,
// talk-batch.ts). Where the call script offers the page watch's change batches
// (`lookWithPageChanges`), a look rides on them, inside a task the watch runs anyway; a timer
// looks only when the page has been quiet for LOOK_AT_LATEST_MS. Four looks a second of our own
// were most of the estimate's script time on the benchmark's call page. While a Meet call is in
// progress its watch polls and leaves the page unobserved (lib/sites/dom/observe.ts, passive
// subscribers only), so there the timer makes every look: 50 in 20 s, counted on the benchmark's
// call page (2026-12-04), each 0.12-0.18 ms with its timer. The page is queried for
// voice elements only when the roster changes, a remembered element left the page, or someone in
// the roster has no ring found yet (then at most every REQUERY_MISSING_MS): a query walks the
// whole page (4,000 elements on the benchmark's call page), and the earlier steady re-query every
// 2 s was most of the sampler's cost there (issue 8, meet-overhead-ratio-speaking).

import { meetSelectors } from '../../sites/meet/selectors';
import { createSpeakingTracker, speakerOfClassChange } from '../../sites/meet/speaking';

/** The shortest time between two looks. */
export const SAMPLE_EVERY_MS = 250;
/** The longest: a page whose tiles change nothing else is looked at by a timer this often. */
export const LOOK_AT_LATEST_MS = 400;
/**
 * How often the page is queried again while someone in the roster has no voice ring found (a
 * tile still drawing, or shown without one). With every ring found it is never queried again
 * until the roster or the tiles change.
 */
export const REQUERY_MISSING_MS = 5_000;
/** Speaking lasts this long after the last change seen: two looks, so one still look is not silence. */
export const SAMPLED_HOLD_MS = 2 * LOOK_AT_LATEST_MS + 50;

/** Calls back after each batch of page changes the call's watch reads, until the signal aborts. */
export type PageChanges = (callback: () => void, signal: AbortSignal) => void;

let pageChanges: PageChanges | null = null;

/** Lets this page's samplers look with the call watch's batches (frame-host.ts), or not. */
export function lookWithPageChanges(source: PageChanges | null): void {
  pageChanges = source;
}

export interface TalkSamplerOptions {
  doc: Document;
  /** The participant ids to report, in order (the roster). */
  ids: () => readonly string[];
  onSample: (speakingIds: string[], at: number) => void;
  signal: AbortSignal;
  now?: () => number;
  /** Injected for tests: runs `tick` every `ms` until the returned function is called. */
  every?: (tick: () => void, ms: number) => () => void;
}

/**
 * Looks with the page's change batches, at most every SAMPLE_EVERY_MS (a little early is fine:
 * the tally counts the real time between looks), and by a timer after LOOK_AT_LATEST_MS without
 * one.
 */
const pageTimedLooks = (tick: () => void, now: () => number) => {
  const controller = new AbortController();
  let lastLook = Number.NEGATIVE_INFINITY;
  let timer: ReturnType<typeof setTimeout> | undefined;
  // Without the watch's batches (no call script offered them), a timer looks four times a second.
  const quietMs = pageChanges ? LOOK_AT_LATEST_MS : SAMPLE_EVERY_MS;
  // The timer is re-aimed at each look, so on a busy page it never fires: a look that rides on
  // the watch's batch costs no task at all. (Aimed only when it woke instead, it woke about 2.5
  // times a second for nothing on the benchmark's call page, seen in a CDP trace.)
  const look = () => {
    clearTimeout(timer);
    lastLook = now();
    timer = setTimeout(look, quietMs);
    tick();
  };
  pageChanges?.(() => {
    if (now() - lastLook >= SAMPLE_EVERY_MS - 50) look();
  }, controller.signal);
  timer = setTimeout(look, quietMs);
  return () => {
    controller.abort();
    clearTimeout(timer);
  };
};

/**
 * The roster's ids for `ids`: the same array while the roster is the same, so a look compares no
 * ids (voiceElements below); a new array at every call made each look join the ids again.
 */
export function rosterIds(roster: () => readonly { id: string }[]): () => readonly string[] {
  let seen: readonly { id: string }[] | null = null;
  let ids: readonly string[] = [];
  return () => {
    const now = roster();
    if (now !== seen) {
      seen = now;
      ids = now.map((entry) => entry.id);
    }
    return ids;
  };
}

/** Starts looking for who speaks, reporting each look until the signal aborts. */
export type TalkSampling = (
  options: Pick<TalkSamplerOptions, 'ids' | 'onSample' | 'signal'>,
) => void;

export function startTalkSampler(options: TalkSamplerOptions): void {
  const { doc, signal } = options;
  if (signal.aborted) return;
  const now = options.now ?? (() => performance.now());
  const every = options.every ?? ((tick: () => void) => pageTimedLooks(tick, now));
  const tracker = createSpeakingTracker(SAMPLED_HOLD_MS);
  let seen = new WeakMap<Element, string>();
  let stop: (() => void) | null = null;
  let voices: Element[] = [];
  /** Whose tile each voice element is in, found when the page was queried. */
  let owners = new Map<Element, string | null>();
  let queriedAt = Number.NEGATIVE_INFINITY;
  let idsKey: string | null = null;
  let lastIds: readonly string[] | null = null;
  /** Someone in the roster had no voice ring at the last query. */
  let missing = false;
  const voiceElements = (at: number): readonly Element[] => {
    const ids = options.ids();
    // The same roster array as at the last look is the same roster: no need to compare ids.
    const key = ids === lastIds ? idsKey : ids.join('\n');
    lastIds = ids;
    const stale =
      key !== idsKey ||
      (missing && at - queriedAt >= REQUERY_MISSING_MS) ||
      voices.some((voice) => !voice.isConnected);
    if (stale) {
      voices = [...doc.querySelectorAll(meetSelectors.voiceLevel)];
      owners = new Map(voices.map((voice) => [voice, speakerOfClassChange(voice)]));
      const found = new Set(owners.values());
      missing = ids.some((id) => !found.has(id));
      queriedAt = at;
      idsKey = key;
    }
    return voices;
  };

  const tick = () => {
    const at = now();
    const heard: string[] = [];
    for (const voice of voiceElements(at)) {
      const looks = voice.getAttribute('class') ?? '';
      const before = seen.get(voice);
      const owner = owners.get(voice);
      if (before !== undefined && before !== looks && owner) heard.push(owner);
      seen.set(voice, looks);
    }
    tracker.heard(heard, at);
    options.onSample(tracker.speakingIds(at, options.ids()), at);
  };
  const run = () => {
    if (stop || signal.aborted || doc.visibilityState === 'hidden') return;
    // A fresh look after a pause: a class that changed while hidden says nothing about now.
    seen = new WeakMap();
    stop = every(tick, SAMPLE_EVERY_MS);
  };
  const pause = () => {
    stop?.();
    stop = null;
  };
  const onVisibility = () => (doc.visibilityState === 'hidden' ? pause() : run());
  doc.addEventListener('visibilitychange', onVisibility);
  signal.addEventListener(
    'abort',
    () => {
      pause();
      doc.removeEventListener('visibilitychange', onVisibility);
    },
    { once: true },
  );
  run();
}
