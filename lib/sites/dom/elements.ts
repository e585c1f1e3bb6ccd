// Hands each element matching a selector over once, as it appears, on the page's one
// MutationObserver (./observe.ts). Calendar recycles its event chips for other events, so an
// element is handed over again when its identifying attribute changes. The cost is paid per
// change: per added subtree and per changed identity, never per frame or per node of the page.

import { observe } from './observe';

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
    const value = identity === undefined ? '' : element.getAttribute(identity);
    if (handed.has(element) && handed.get(element) === value) return;
    handed.set(element, value);
    try {
      onElement(element);
    } catch {
      // One element's failure must not stop the others or reach the page.
    }
  };
  const offerAll = (within: ParentNode) => {
    for (const element of within.querySelectorAll(selector)) {
      if (signal.aborted) return;
      offer(element);
    }
  };
  const node = root as unknown as Node;

  observe(
    node,
    (batch) => {
      // Too many to list (a whole view re-rendered): one query of the root instead.
      if (batch.addedNodes === null || batch.attributeTargets === null) {
        offerAll(root);
        return;
      }
      for (const added of batch.addedNodes) {
        if (added.nodeType !== 1 || !node.contains(added)) continue;
        const element = added as Element;
        if (element.matches(selector)) offer(element);
        offerAll(element);
      }
      for (const element of batch.attributeTargets) {
        if (node.contains(element) && element.matches(selector)) offer(element);
      }
    },
    {
      signal,
      structural: false,
      addedNodes: true,
      ...(identity === undefined ? {} : { attributes: [identity] }),
    },
  );
  offerAll(root);
}
