// The `watch` every call site shares, and the adapter built around a site's readings: the
// generic part of the Meet and Jitsi adapters, which differ only in how they read their page.

import {
  type CallFacts,
  type CallState,
  changeOnlyEmitter,
  type SiteAdapter,
  type SiteName,
  settleCallState,
  unreadableFacts,
  type WatchOptions,
} from './adapter';
import { observe } from './dom/observe';
import { watchUrl } from './dom/watch-url';

export interface CallSiteDefinition {
  site: SiteName;
  matches(url: string): boolean;
  /** One reading of the page. Never throws. */
  read(doc: Document, url: string): CallFacts;
  /**
   * The readings the watch makes, from parts of the page kept current by its observer (so a
   * reading costs what those parts are, not the page). Default: `read` on the document.
   */
  watchReader?(doc: Document, signal: AbortSignal): (url: string) => CallFacts;
  /** Attributes whose changes may change the facts (besides added/removed nodes and text). */
  attributes: readonly string[];
  /** Speaking hints from class changes, if the site has any. */
  speaking?(): SpeakingHints;
  /**
   * A reading of a call in progress that needs no page-wide observer, from a few cached elements
   * and single-attribute queries (Meet). With it, the page is not observed at all while the user
   * is in the call (unless speaking hints are on): the call is read once per IN_CALL_POLL_MS, and
   * only every RESTED_POLL_EVERY-th time while the reader rests on what it read (`resting`),
   * calling `changed` when any of that changes.
   */
  pollReader?(doc: Document, changed: () => void): PolledReader;
}

/** A site's polled reading of a call in progress (CallSiteDefinition.pollReader). */
export interface PolledReader {
  read(url: string): CallFacts;
  /**
   * True while everything the last reading read is still watched and unchanged: the reader will
   * call its `changed` at the first change, so the watch need not look until then.
   */
  resting(): boolean;
  /** Stops watching what it read (the watch observes the page again, or ends). */
  stop(): void;
}

/**
 * How long the watch gathers page changes before it reads the page once: a call's state, roster
 * and arrivals are as good a quarter second late, and a call page changes many times a second
 * (captions, tooltips, the clock), each change otherwise costing a reading and a frame (issue 8,
 * lib/sites/dom/observe.ts).
 */
export const WATCH_BATCH_MS = 250;

/**
 * The same once the user is in the call: the roster, the arrivals and the controls' presence are
 * as good a second late, and a call page changes several times a second the whole call long (a
 * caption word every ~150 ms, tooltips, the clock). A profile of tests/bench/pages/meet-call-load.ts
 * with a round running showed the 250 ms batches as ~3 readings a second, ~1 ms/s of Crewkit's
 * main-thread time (issue 8, meet-overhead-ms-per-s); the way in (lobby, waiting) keeps 250 ms so
 * the panel opens at once on admission.
 */
export const IN_CALL_BATCH_MS = 1000;

/**
 * How often a site with a `pollReader` looks at a call in progress, with no page-wide observer.
 * On tests/bench/pages/meet-call-load.ts (a caption word every 150 ms, a tooltip every 400 ms, a
 * clock) the page-wide observer's callback alone ran about 13 times a second, every second of
 * every call, crew or not; one wake a second reads the controls kept from the last reading and
 * the tiles through `[data-participant-id]`, a query Chromium answers in ~4 µs on 4,000 elements
 * (measured 2026-12). Arrivals, departures and the end of the call are then seen within a second,
 * as fresh as the panel needs them (issue 8, "prefer a wake-up per second"). While the site's
 * reader rests on what it read, the watch looks less often still (RESTED_POLL_EVERY).
 */
export const IN_CALL_POLL_MS = 1000;

/**
 * While a polled reader rests on what it read (PolledReader.resting), the watch reads the page
 * only every this many polls: a change to what it read (someone arrives beside the others, leaves,
 * is renamed, the call's controls go) wakes it within a poll, so this reading is only for what the
 * reader does not watch, such as a tile that arrives in another container (a layout change) or a
 * People panel opened elsewhere. The polls in between only ask the reader whether it still rests
 * (a dozen `isConnected` reads): that is how the call leaving the page with a container right
 * under <body> is seen within a poll, without observing <body>, whose children Meet changes
 * several times a second (hover tooltips; page.ts watchReading). On
 * tests/bench/pages/meet-call-load.ts with a round running this takes the watch from ten
 * readings in 10 s to two (a CDP trace, 2026-12-02); a probe of six windows read about 1.5 ms per
 * second less main-thread time with a reading every 5 s, which the meet-overhead benchmark's
 * noise does not show (its note: issue 8).
 */
export const RESTED_POLL_EVERY = 5;

/** A SiteAdapter from a site's readings: the watch, its settling and its error handling. */
export function defineCallSite(definition: CallSiteDefinition): SiteAdapter {
  const { site, matches, read, pollReader } = definition;
  return {
    site,
    matches,
    read,
    watch(doc, onFacts, signal, options: WatchOptions = {}) {
      try {
        const observedReader = (observing: AbortSignal) =>
          definition.watchReader?.(doc, observing) ?? ((url: string) => read(doc, url));
        const speaking = definition.speaking?.() ?? null;
        watchFacts(
          doc,
          onFacts,
          signal,
          {
            site,
            read: (url) => read(doc, url),
            observedReader,
            polledReader: pollReader ? (changed) => pollReader(doc, changed) : null,
            attributes: definition.attributes,
            speaking,
          },
          options,
        );
      } catch {
        // Degrade, never break: a page we cannot watch is left alone.
      }
    },
  };
}

/** Speaking hints a site can feed from class changes (Meet); Jitsi has none yet. */
export interface SpeakingHints {
  note(targets: Iterable<Element>, now: number): void;
  speakingIds(now: number, orderIds: readonly string[]): string[];
  nextExpiry(now: number): number | null;
}

export interface WatchFactsParams {
  site: SiteName;
  /** One reading at this URL; may keep state between readings (Meet's tracked page). */
  read: (url: string) => CallFacts;
  /**
   * Makes the reading used while the page is observed, with what it keeps current tied to
   * `observing` (aborted when the watch polls instead). Default: `read`.
   */
  observedReader?: (observing: AbortSignal) => (url: string) => CallFacts;
  /**
   * Makes the reading for the call in progress that needs no observer, given what to call when
   * what it read changes (CallSiteDefinition.pollReader).
   */
  polledReader?: ((changed: () => void) => PolledReader | null) | null;
  /** Attributes whose changes may change the facts (besides added/removed nodes and text). */
  attributes: readonly string[];
  speaking: SpeakingHints | null;
}

/**
 * The `watch` every site shares: reads the page once per batch after its structure changed or
 * the URL changed, updates only the speaking estimate on class-only changes, settles the call
 * state against the previous one, and emits only changes.
 */
const GONE: ReadonlySet<CallState> = new Set(['none', 'left', 'ended']);

export function watchFacts(
  doc: Document,
  onFacts: (facts: CallFacts) => void,
  signal: AbortSignal,
  params: WatchFactsParams,
  options: WatchOptions = {},
): void {
  if (signal.aborted) return;
  const getUrl = options.getUrl ?? (() => doc.location?.href ?? '');
  const now = options.now ?? (() => performance.now());
  const speaking = options.speaking === false ? null : params.speaking;
  const emit = changeOnlyEmitter(onFacts);
  let base: CallFacts | null = null;
  let expiryTimer: ReturnType<typeof setTimeout> | undefined;

  const publish = () => {
    if (signal.aborted || base === null) return;
    const inCall = base.callState === 'in-call';
    const ids = base.roster.map((entry) => entry.id);
    // One reading of the clock for who speaks and for when the next one falls silent: with two,
    // a hold ending between them showed someone speaking with no silence to come, and they stayed
    // "speaking" until the page changed again (the flake of meet-watch.test.ts "speakers fall
    // silent": a timer fires about at the expiry, so a busy machine hit that gap).
    const at = now();
    const speakingIds = speaking && inCall ? speaking.speakingIds(at, ids) : [];
    emit({ ...base, speakingIds });
    scheduleSilence(at);
  };
  // Speakers fall silent without any mutation; re-publish when the next one's hold time ends.
  const scheduleSilence = (at: number) => {
    if (speaking === null || expiryTimer !== undefined) return;
    const expiry = speaking.nextExpiry(at);
    if (expiry === null) return;
    // A timer may fire a little early by the clock (Node and browsers alike): publish then finds
    // the speaker still held and schedules again.
    expiryTimer = setTimeout(
      () => {
        expiryTimer = undefined;
        publish();
      },
      Math.max(0, expiry - at) + 1,
    );
  };
  // The call UI can vanish for a frame or two while Meet re-renders; only call it "left" when
  // it stays gone for the grace time, so a session is never closed by a redraw.
  const leftGraceMs = options.leftGraceMs ?? 1500;
  let graceTimer: ReturnType<typeof setTimeout> | undefined;
  let graceOver = false;
  const vanishedTooBriefly = (next: CallFacts): boolean => {
    // Left and ended are trusted only once the call's controls stayed gone (issue 8): a redraw
    // that drops them for a frame must not let a chat line saying "You left the meeting" count.
    const vanished =
      base?.callState === 'in-call' &&
      base.meetingCode === next.meetingCode &&
      GONE.has(next.callState);
    if (!vanished) {
      // Only when one is set: this runs at every reading, and a profile of a polled call showed
      // clearTimeout(undefined) as the reading's costliest call (issue 8).
      if (graceTimer !== undefined) clearTimeout(graceTimer);
      graceTimer = undefined;
      graceOver = false;
      return false;
    }
    if (graceOver) return false;
    graceTimer ??= setTimeout(() => {
      graceOver = true;
      readAll();
    }, leftGraceMs);
    return true;
  };
  let read = params.read;
  const readAll = () => {
    try {
      const next = read(getUrl());
      if (vanishedTooBriefly(next)) return;
      const callState =
        base !== null && base.meetingCode === next.meetingCode
          ? settleCallState(base.callState, next.callState)
          : next.callState;
      // A call that was left has no call UI by design: nothing is missing then.
      base = callState === next.callState ? next : { ...next, callState, missing: [] };
    } catch {
      base = unreadableFacts(params.site, null);
    }
    follow(base.callState);
    publish();
  };

  // The page's changes are gathered for WATCH_BATCH_MS on the way in and IN_CALL_BATCH_MS in the
  // call (the speaking estimate, when on, keeps the short batch: it follows who talks).
  let batching: { ms: number; stop: AbortController } | null = null;
  // What the observed reading keeps current (Meet's tracked elements), stopped while polling.
  let observing: AbortController | null = null;
  let pollTimer: ReturnType<typeof setTimeout> | undefined;
  const batchFor = (callState: CallState | undefined): number =>
    options.batchMs ??
    (callState === 'in-call' && speaking === null ? IN_CALL_BATCH_MS : WATCH_BATCH_MS);
  const observeBatched = (ms: number) => {
    if (batching?.ms === ms || observing === null) return;
    // The new subscription first: the page's one observer stays connected across the change.
    const stop = new AbortController();
    observing.signal.addEventListener('abort', () => stop.abort(), { once: true });
    observe(
      doc,
      (batch) => {
        speaking?.note(batch.classTargets, now());
        // Class-only frames re-derive just the speaking estimate; the emitter drops non-changes.
        if (batch.structural) readAll();
        else publish();
      },
      {
        signal: stop.signal,
        classChanges: speaking !== null,
        attributes: params.attributes,
        batchMs: ms,
      },
    );
    batching?.stop.abort();
    batching = { ms, stop };
  };
  // The site's polled reading, made the first time the call is polled; it outlives each spell of
  // polling (its observer is stopped in between).
  let polled: PolledReader | null | undefined;
  let polling = false;
  // Polls left before the next reading while the reader rests (0: the next poll reads).
  let restedPollsLeft = 0;
  const pollMs = options.pollMs ?? IN_CALL_POLL_MS;
  const schedulePoll = (rested: boolean) => {
    clearTimeout(pollTimer);
    restedPollsLeft = rested ? RESTED_POLL_EVERY - 1 : 0;
    pollTimer = setTimeout(pollOnce, pollMs);
  };
  const pollOnce = () => {
    pollTimer = undefined;
    // Resting: only whether what the reader rests on is still all there and unchanged.
    if (restedPollsLeft > 0 && polled?.resting()) {
      restedPollsLeft -= 1;
      pollTimer = setTimeout(pollOnce, pollMs);
      return;
    }
    readAll();
    // The reading may have ended the polling (the call ended) or scheduled the next poll.
    if (polling && pollTimer === undefined) schedulePoll(polled?.resting() ?? false);
  };
  // Something the reader rested on changed: the next poll reads.
  const wakePoll = () => {
    restedPollsLeft = 0;
  };
  const polledReader = (): PolledReader | null => {
    if (polled === undefined) polled = params.polledReader?.(wakePoll) ?? null;
    return polled;
  };
  const stopPolling = () => {
    polling = false;
    clearTimeout(pollTimer);
    pollTimer = undefined;
    polled?.stop();
  };
  const startObserving = () => {
    if (polling) stopPolling();
    if (observing !== null || signal.aborted) return;
    const started = new AbortController();
    signal.addEventListener('abort', () => started.abort(), { once: true });
    observing = started;
    batching = null;
    read = params.observedReader?.(started.signal) ?? params.read;
  };
  const startPolling = (reader: PolledReader) => {
    if (polling || signal.aborted) return;
    // No subscriber is left on the page's observer, so it disconnects (lib/sites/dom/observe.ts).
    observing?.abort();
    observing = null;
    batching = null;
    read = (url) => reader.read(url);
    polling = true;
    schedulePoll(reader.resting());
  };
  /** Polls a call in progress where the site can, else observes the page in batches. */
  const follow = (callState: CallState) => {
    const reader = speaking === null && callState === 'in-call' ? polledReader() : null;
    if (reader) {
      startPolling(reader);
      return;
    }
    startObserving();
    observeBatched(batchFor(callState));
  };
  startObserving();
  observeBatched(batchFor(undefined));
  watchUrl(getUrl, readAll, signal, options.urlPollMs ? { intervalMs: options.urlPollMs } : {});
  signal.addEventListener(
    'abort',
    () => {
      clearTimeout(expiryTimer);
      clearTimeout(graceTimer);
      stopPolling();
    },
    { once: true },
  );
  readAll();
}
