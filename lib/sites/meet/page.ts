// The parts of a Meet page the adapter reads, either queried once (`queryMeetPage`, for a single
// reading) or kept current from the page's one observer (`trackMeetPage`, for the watch), so a
// reading during a call costs what the controls and tiles are, not what the page is: captions
// and chat change the page many times a second (issue 8, "The page's text is not walked").

import { type TrackedElements, trackElements } from '../dom/elements';
import { observe } from '../dom/observe';
import { CAPTIONS_LIGATURES, meetSelectors } from './selectors';

export interface MeetPage {
  doc: Document;
  icons(): Iterable<Element>;
  peopleControls(): Iterable<Element>;
  tiles(): Iterable<Element>;
  peopleRows(): Iterable<Element>;
  selfNameElements(): Iterable<Element>;
}

export interface TrackedMeetPage extends MeetPage {
  /**
   * Whether any part read here changed since the last call: one of them appeared or left, or
   * something inside one of them changed. A caption word or a chat line is none of these.
   */
  changed(): boolean;
}

export function queryMeetPage(doc: Document): MeetPage {
  return {
    doc,
    icons: () => doc.querySelectorAll(meetSelectors.iconLigature),
    peopleControls: () => doc.querySelectorAll(meetSelectors.peopleControl),
    tiles: () => doc.querySelectorAll(meetSelectors.participantTile),
    peopleRows: () => doc.querySelectorAll(meetSelectors.peoplePanelRow),
    selfNameElements: () => doc.querySelectorAll(meetSelectors.selfNameAttribute),
  };
}

export function trackMeetPage(
  doc: Document,
  signal: AbortSignal,
  attributes: readonly string[],
): TrackedMeetPage {
  const icons = trackElements(doc, meetSelectors.iconLigature, { signal });
  const controls = trackElements(doc, meetSelectors.peopleControl, { signal });
  // Tiles and rows change who they show through this attribute.
  const identity = 'data-participant-id';
  const tiles = trackElements(doc, meetSelectors.participantTile, { signal, identity });
  const rows = trackElements(doc, meetSelectors.peoplePanelRow, { signal, identity });
  const selfNames = trackElements(doc, meetSelectors.selfNameAttribute, {
    signal,
    identity: 'data-self-name',
  });
  const all: readonly TrackedElements[] = [icons, controls, tiles, rows, selfNames];
  const within = (node: Node): boolean => {
    for (let at: Node | null = node; at !== null && at !== doc; at = at.parentNode) {
      if (all.some((tracked) => tracked.has(at as Node))) return true;
    }
    return false;
  };
  let dirty = true;
  observe(
    doc,
    (batch) => {
      if (dirty) return;
      if (batch.targets === null || batch.attributeTargets === null) dirty = true;
      else dirty = batch.targets.some(within) || [...batch.attributeTargets].some(within);
    },
    // Passive: it only marks what the watch's next reading must look at (lib/sites/dom/observe.ts).
    { signal, targets: true, attributes, passive: true },
  );
  let versions = all.map((tracked) => tracked.version());
  return {
    doc,
    icons: () => icons.current(),
    peopleControls: () => controls.current(),
    tiles: () => tiles.current(),
    peopleRows: () => rows.current(),
    selfNameElements: () => selfNames.current(),
    changed() {
      const now = all.map((tracked) => tracked.version());
      const changed = dirty || now.some((version, i) => version !== versions[i]);
      dirty = false;
      versions = now;
      return changed;
    },
  };
}

/**
 * The parts of a Meet page for the watch's once-a-second reading of a call in progress, with no
 * observer (lib/sites/watch-facts.ts IN_CALL_POLL_MS): the captions icons are kept from the
 * last reading while they stay on the page (querying every icon costs ~230 µs on a 4,000-element
 * page: hundreds of icons), and tiles and People rows come from one `[data-participant-id]`
 * query (~4 µs: a single attribute, no selector list). Made anew for every reading.
 */
export function pollMeetPage(doc: Document): () => MeetPage {
  let captionIcons: Element[] = [];
  // Kept too: its selector is a list, which Chromium matches element by element (~0.5 ms a
  // query on the benchmark's page in a profile, most of a polled reading).
  let peopleControls: Element[] = [];
  const keptPeopleControls = () => {
    const kept = peopleControls.filter(
      (control) => control.isConnected && control.matches(meetSelectors.peopleControl),
    );
    if (kept.length > 0) return kept;
    peopleControls = [...doc.querySelectorAll(meetSelectors.peopleControl)];
    return peopleControls;
  };
  return () => {
    let participants: Element[] | null = null;
    const withId = () => {
      participants ??= [...doc.querySelectorAll(meetSelectors.participantElement)];
      return participants;
    };
    return {
      doc,
      icons() {
        const kept = captionIcons.filter(
          (icon) => icon.isConnected && CAPTIONS_LIGATURES.includes(icon.textContent?.trim() ?? ''),
        );
        if (kept.length > 0) return kept;
        // The People control proves the call as well (call-state.ts): no icon is needed then.
        if (keptPeopleControls().length > 0) return [];
        // Neither (the call ended, or Meet redrew its controls): every icon, once.
        const all = [...doc.querySelectorAll(meetSelectors.iconLigature)];
        captionIcons = all.filter((icon) =>
          CAPTIONS_LIGATURES.includes(icon.textContent?.trim() ?? ''),
        );
        return all;
      },
      peopleControls: keptPeopleControls,
      tiles: () => withId().filter((element) => element.matches(meetSelectors.participantTile)),
      peopleRows: () => withId().filter((element) => element.matches(meetSelectors.peoplePanelRow)),
      selfNameElements: () => doc.querySelectorAll(meetSelectors.selfNameAttribute),
    };
  };
}

/** What a polled reading rested on; whether any of it may have changed since. */
export interface ReadingWatch {
  /** The elements the last reading read (tiles, People rows, the People control). */
  rest(elements: readonly Element[]): void;
  /** True while none of them left the page and nothing inside them or beside them changed. */
  unchanged(): boolean;
}

/** The names and ids a reading takes from a read element (its classes are left out). */
const READ_ATTRIBUTES = ['aria-label', 'data-participant-id', 'data-self-name'];

/**
 * Watches what the last polled reading read, and calls `changed` (once, at the first change) when
 * any of it may have changed, so the watch can look again then instead of every second
 * (lib/sites/watch-facts.ts RESTED_POLL_EVERY says what that saves). One observer, which
 * disconnects at its first change:
 * - on the read elements, their names and ids and what is inside them (the tiles' 200 class flips
 *   a second are not observed);
 * - on the children of each of their ancestors below <body>: someone arrives beside the others, a
 *   tile or the whole call leaves the page with any container above it.
 * <body> itself is not observed: Meet adds its hover tooltips to it several times a second, and
 * on tests/bench/pages/meet-call-load.ts (a tooltip every 400 ms) its records were five observer
 * callbacks a second, most of Crewkit's script in the call page (a CDP trace, 2026-12-03). A
 * container right under <body> taking the call away is seen by `unchanged`, which the watch asks
 * at every poll (its read elements are no longer connected).
 */
export function watchReading(changed: () => void): ReadingWatch {
  let read: Element[] = [];
  let seenChange = true;
  const change = () => {
    seenChange = true;
    observer?.disconnect();
    changed();
  };
  const observer = typeof MutationObserver === 'function' ? new MutationObserver(change) : null;
  return {
    rest(elements) {
      observer?.disconnect();
      read = [...elements];
      seenChange = observer === null || read.length === 0;
      if (observer === null) return;
      // Ancestors first: observing a node again replaces its options, and a read element's own
      // (the richer ones) must win where one is another's ancestor.
      const ancestors = new Set<Node>();
      for (const element of read) {
        const body = element.ownerDocument.body;
        for (let node = element.parentNode; node && !ancestors.has(node); node = node.parentNode) {
          if (node.nodeType !== 1 /* ELEMENT_NODE */ || node === body) break;
          ancestors.add(node);
        }
      }
      for (const ancestor of ancestors) observer.observe(ancestor, { childList: true });
      for (const element of read) {
        observer.observe(element, {
          subtree: true,
          childList: true,
          characterData: true,
          attributeFilter: READ_ATTRIBUTES,
        });
      }
    },
    unchanged: () => !seenChange && read.every((element) => element.isConnected),
  };
}
