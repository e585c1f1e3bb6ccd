// The calendar's event chips as they appear, handed over in the MutationObserver callback itself
// (a microtask after the page's change, before its next style and layout), not on the next frame
// like the shared page watch (lib/sites/dom/observe.ts). A week navigation replaces the whole grid
// (docs/calendar-page.md, "Views and navigation", seen 2026-10): drawing its crew sessions'
// badges before the browser first lays the new grid out costs one layout instead of a frame
// callback and asks for no frame of its own (calendar-decorate-frames, calendar-overhead-ratio,
// issue 9). An element is handed over again when the page recycles it for another event (its
// `data-eventid` changes, as in the slide animation between weeks).
import { calendarSelectors, EVENT_ID_ATTRIBUTE } from './selectors';

/** Crewkit's own elements (badges, the dialog's actions): adding them is no change of the page. */
const OWN_PREFIX = 'crewkit-';
/** Past this many added nodes in one callback, one query of the root instead of one per node. */
const MAX_ADDED = 1000;

/**
 * Calls `onChips` with the chips that appeared or now show another event (or were moved), once
 * per observer callback (and once at the start with every chip already there), until `signal`
 * aborts.
 */
export function watchChips(
  root: Document,
  onChips: (chips: Iterable<Element>) => void,
  signal: AbortSignal,
): void {
  if (signal.aborted) return;
  const selector = calendarSelectors.eventChip;
  // No memory of what was handed over: a chip moved within the page is handed over again and
  // finds its badge drawn (badges.ts), cheaper than a lookup for each of a week's 300 chips.
  const found: Element[] = [];
  /** Whole queries (a new grid's chips): a single one is handed over as it is, not copied. */
  const queries: NodeListOf<Element>[] = [];
  const take = (element: Element) => {
    found.push(element);
  };
  const takeAll = (parent: ParentNode) => {
    queries.push(parent.querySelectorAll(selector));
  };
  const hand = () => {
    let chips: Iterable<Element> & { readonly length: number };
    // A week's navigation adds one grid: its query is the batch. Copying its 300 chips into an
    // array first cost a pass over the list in the page's bindings (issue 9, a CPU profile of
    // calendar-decorate-scale, 2026-12-03).
    if (found.length === 0 && queries.length === 1) chips = queries[0] as NodeListOf<Element>;
    else {
      for (const query of queries) for (const element of query) found.push(element);
      chips = found.splice(0);
    }
    queries.length = 0;
    if (chips.length === 0) return;
    try {
      onChips(chips);
    } catch {
      // Degrade, never break: one failing batch must not stop the next or reach the page.
    }
  };
  const observer = new MutationObserver((records) => {
    let added = 0;
    for (const record of records) added += record.addedNodes.length;
    if (added > MAX_ADDED) {
      takeAll(root);
      hand();
      return;
    }
    for (const record of records) {
      if (record.type === 'attributes') {
        const target = record.target as Element;
        if (target.isConnected && target.matches(selector)) take(target);
        continue;
      }
      for (const node of record.addedNodes) {
        if (node.nodeType !== 1) continue;
        const element = node as Element;
        if (element.localName.startsWith(OWN_PREFIX) || !element.isConnected) continue;
        if (element.matches(selector)) take(element);
        if (element.firstElementChild !== null) takeAll(element);
      }
    }
    hand();
  });
  observer.observe(root, {
    childList: true,
    subtree: true,
    attributes: true,
    attributeFilter: [EVENT_ID_ATTRIBUTE],
  });
  signal.addEventListener('abort', () => observer.disconnect(), { once: true });
  takeAll(root);
  hand();
}
