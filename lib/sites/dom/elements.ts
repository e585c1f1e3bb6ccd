// Hands each element matching a selector over once, as it appears, on the page's one
// MutationObserver (./observe.ts). Calendar recycles its event chips for other events, so an
// element is handed over again when its identifying attribute changes. The cost is paid per
// change: per added subtree and per changed identity, never per frame or per node of the page.

import { type MutationBatch, observe } from './observe';

export interface ObserveElementsOptions {
  signal: AbortSignal;
  /** An attribute that says which thing the element shows; a new value hands it over again. */
  identity?: string;
}

export function observeElements(
  root: ParentNode,
  selector: string,
  onElement: (element: Element) => void,
  options: ObserveElementsOptions,
): void {
  const { signal, identity } = options;
  if (signal.aborted) return;
  // The identity value each element was last handed over with ('' without an identity).
  const handed = new WeakMap<Element, string | null>();
  const offer = (element: Element) => {
    if (signal.aborted) return;
    const value = identity === undefined ? '' : element.getAttribute(identity);
    if (handed.has(element) && handed.get(element) === value) return;
    handed.set(element, value);
    try {
      onElement(element);
    } catch {
      // One element's failure must not stop the others or reach the page.
    }
  };
  visitMatches(root, selector, offer, options);
}

/** Visits the matches there now, then those each frame's changes bring, until `signal` aborts. */
function visitMatches(
  root: ParentNode,
  selector: string,
  visit: (element: Element) => void,
  { signal, identity }: ObserveElementsOptions,
  tracking?: { passive: true; onRemoved: (removed: readonly Element[] | null) => void },
): void {
  observe(
    root as unknown as Node,
    (batch) => {
      if (tracking && batch.removedNodes?.length !== 0) tracking.onRemoved(batch.removedNodes);
      visitChanged(root, selector, batch, visit);
    },
    {
      signal,
      structural: false,
      addedNodes: true,
      ...(identity === undefined ? {} : { attributes: [identity] }),
      ...(tracking ? { passive: true, removedNodes: true } : {}),
    },
  );
  visitAll(root, selector, visit);
}

function visitAll(root: ParentNode, selector: string, visit: (element: Element) => void): void {
  for (const element of root.querySelectorAll(selector)) visit(element);
}

/** The matching elements a frame's changes brought: added subtrees and changed attributes. */
function visitChanged(
  root: ParentNode,
  selector: string,
  batch: MutationBatch,
  visit: (element: Element) => void,
): void {
  // Too many to list (a whole view re-rendered): one query of the root instead.
  if (batch.addedNodes === null || batch.attributeTargets === null) {
    visitAll(root, selector, visit);
    return;
  }
  const node = root as unknown as Node;
  for (const added of batch.addedNodes) {
    if (added.nodeType !== 1 || !node.contains(added)) continue;
    const element = added as Element;
    if (element.matches(selector)) visit(element);
    // A leaf (a caption word, a chat line) has nothing inside to query.
    if (element.firstElementChild !== null) visitAll(element, selector, visit);
  }
  for (const element of batch.attributeTargets) {
    if (node.contains(element) && element.matches(selector)) visit(element);
  }
}

export interface TrackedElements {
  /** The matching elements still on the page, in page order. Costs per tracked element. */
  current(): readonly Element[];
  /** Whether this element is one of them (as last seen). */
  has(node: Node): boolean;
  /**
   * Grows whenever an element joins or leaves the set, or one has left the page. Costs nothing
   * unless something that held a tracked element was removed since the last call (issue 8: it
   * used to check every tracked element, hundreds of icons, on every change of the page).
   */
  version(): number;
}

/**
 * The elements matching `selector`, kept current from the one observer: a read costs what the
 * matches are (a dozen tiles, thirty icons), never the size of the page.
 */
export function trackElements(
  root: ParentNode,
  selector: string,
  options: ObserveElementsOptions,
): TrackedElements {
  const tracked = new Set<Element>();
  let ordered: Element[] | null = [];
  // Unlike observeElements, an element moved away and back (Meet re-attaches tiles when the grid
  // changes) is tracked again: membership is a set, re-adding costs nothing.
  let changes = 0;
  // Whether a removal may have taken a tracked element off the page since the last check.
  let maybeGone = false;
  const add = (element: Element) => {
    if (tracked.has(element)) return;
    tracked.add(element);
    ordered = null;
    changes++;
  };
  const onRemoved = (removed: readonly Element[] | null) => {
    if (maybeGone || tracked.size === 0) return;
    if (removed === null) {
      maybeGone = true;
      return;
    }
    for (const element of removed) {
      // A removed subtree (a caption line, a menu) is queried, never the page.
      if (tracked.has(element) || element.querySelector(selector) !== null) {
        maybeGone = true;
        return;
      }
    }
  };
  if (!options.signal.aborted) {
    visitMatches(root, selector, add, options, { passive: true, onRemoved });
  }
  const prune = () => {
    if (!maybeGone) return;
    maybeGone = false;
    for (const element of tracked) {
      if (!element.isConnected) {
        tracked.delete(element);
        ordered = null;
        changes++;
      }
    }
  };
  return {
    current() {
      prune();
      for (const element of tracked) {
        // Gone from the page, or no longer a match (a recycled element, a changed attribute).
        if (!element.isConnected || !element.matches(selector)) {
          tracked.delete(element);
          ordered = null;
          changes++;
        }
      }
      ordered ??= [...tracked].sort((a, b) =>
        a.compareDocumentPosition(b) & 4 /* DOCUMENT_POSITION_FOLLOWING */ ? -1 : 1,
      );
      return ordered;
    },
    has: (node) => tracked.has(node as Element),
    version() {
      prune();
      return changes;
    },
  };
}
