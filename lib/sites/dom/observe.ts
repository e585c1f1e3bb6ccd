// Watching a page through one helper (CONVENTIONS.md 5): one MutationObserver per root, however
// many features subscribe, with work batched per animation frame. Meet's tiles change `class`
// hundreds of times a second while people talk, so the observer callback only records what kind
// of change happened (and, for subscribers that asked, which nodes); subscribers read the page at
// most once per frame, and only subscribers the change concerns are woken (CONVENTIONS.md 16).

export interface MutationBatch {
  /** Nodes were added or removed, text changed, or one of this subscriber's attributes changed. */
  structural: boolean;
  /** Elements whose `class` changed this frame (only for subscribers that asked; capped). */
  classTargets: ReadonlySet<Element>;
  /** Nodes added this frame (only for subscribers that asked); null when too many to list. */
  addedNodes: readonly Node[] | null;
  /** Elements whose attributes (this subscriber's, not `class`) changed; null when too many. */
  attributeTargets: ReadonlySet<Element> | null;
  /** Where nodes or text changed (only for subscribers that asked); null when too many. */
  targets: readonly Node[] | null;
}

export interface ObserveOptions {
  signal: AbortSignal;
  /** Also report `class` changes (speaking hints). Off by default: they are by far the most. */
  classChanges?: boolean;
  /** Attributes besides `class` whose changes count as structural. */
  attributes?: readonly string[];
  /** Wake on added/removed nodes and text changes. Default true. */
  structural?: boolean;
  /** List the added nodes in the batch (observeElements). Default false. */
  addedNodes?: boolean;
  /** List where nodes or text changed, to tell which part of the page changed. Default false. */
  targets?: boolean;
}

interface Subscriber {
  callback: (batch: MutationBatch) => void;
  classChanges: boolean;
  attributes: readonly string[];
  structural: boolean;
  addedNodes: boolean;
  targets: boolean;
}

interface Hub {
  observer: MutationObserver;
  subscribers: Set<Subscriber>;
  /** Whether any subscriber wants added nodes listed (else recording them costs nothing). */
  listAdded: boolean;
  listTargets: boolean;
  targets: Node[] | null;
  nodesChanged: boolean;
  classTargets: Set<Element>;
  added: Node[] | null;
  attributeTargets: Map<string, Set<Element>> | null;
  frameScheduled: boolean;
}

/** Bounds memory when a frame is delayed (background tab) while classes keep changing. */
const MAX_CLASS_TARGETS_PER_FRAME = 256;
/** Past this, subscribers are told "too many" and query their root once instead. */
const MAX_LISTED_PER_FRAME = 1000;

const hubs = new WeakMap<Node, Hub>();

export function observe(
  root: Node,
  callback: (batch: MutationBatch) => void,
  options: ObserveOptions,
): void {
  const { signal } = options;
  if (signal.aborted) return;
  const subscriber: Subscriber = {
    callback,
    classChanges: options.classChanges ?? false,
    attributes: (options.attributes ?? []).filter((name) => name !== 'class'),
    structural: options.structural ?? true,
    addedNodes: options.addedNodes ?? false,
    targets: options.targets ?? false,
  };
  const hub = hubs.get(root) ?? createHub(root);
  hub.subscribers.add(subscriber);
  configure(root, hub);
  signal.addEventListener(
    'abort',
    () => {
      hub.subscribers.delete(subscriber);
      if (hub.subscribers.size === 0) {
        hub.observer.disconnect();
        hubs.delete(root);
      } else {
        configure(root, hub);
      }
    },
    { once: true },
  );
}

function createHub(root: Node): Hub {
  const hub: Hub = {
    observer: new MutationObserver((records) => record(root, hub, records)),
    subscribers: new Set(),
    listAdded: false,
    listTargets: false,
    targets: [],
    nodesChanged: false,
    classTargets: new Set(),
    added: [],
    attributeTargets: new Map(),
    frameScheduled: false,
  };
  hubs.set(root, hub);
  return hub;
}

/** Observing the same root again with one observer replaces its options: the union of all. */
function configure(root: Node, hub: Hub): void {
  const attributes = new Set<string>();
  let characterData = false;
  hub.listAdded = false;
  hub.listTargets = false;
  for (const subscriber of hub.subscribers) {
    for (const name of subscriber.attributes) attributes.add(name);
    if (subscriber.classChanges) attributes.add('class');
    if (subscriber.structural) characterData = true;
    if (subscriber.addedNodes) hub.listAdded = true;
    if (subscriber.targets) hub.listTargets = true;
  }
  // Re-observing should replace the options (DOM spec), but happy-dom keeps the first ones; a
  // disconnect first works everywhere. Records not yet delivered are kept, not lost.
  const pending = hub.observer.takeRecords();
  hub.observer.disconnect();
  hub.observer.observe(root, {
    childList: true,
    subtree: true,
    characterData,
    ...(attributes.size > 0 ? { attributes: true, attributeFilter: [...attributes] } : {}),
  });
  if (pending.length > 0) record(root, hub, pending);
}

// Runs for every mutation batch the browser delivers: keep it to flag-setting and listing.
function record(root: Node, hub: Hub, records: MutationRecord[]): void {
  for (const mutation of records) {
    if (mutation.type === 'attributes') {
      const name = mutation.attributeName ?? '';
      if (name === 'class') {
        if (hub.classTargets.size < MAX_CLASS_TARGETS_PER_FRAME) {
          hub.classTargets.add(mutation.target as Element);
        }
      } else if (hub.attributeTargets !== null) {
        const targets = hub.attributeTargets.get(name) ?? new Set<Element>();
        hub.attributeTargets.set(name, targets);
        targets.add(mutation.target as Element);
        if (targets.size > MAX_LISTED_PER_FRAME) hub.attributeTargets = null;
      }
    } else {
      hub.nodesChanged = true;
      if (hub.listTargets && hub.targets !== null) {
        hub.targets.push(mutation.target);
        if (hub.targets.length > MAX_LISTED_PER_FRAME) hub.targets = null;
      }
      if (hub.listAdded && hub.added !== null && mutation.addedNodes.length > 0) {
        for (const node of mutation.addedNodes) hub.added.push(node);
        if (hub.added.length > MAX_LISTED_PER_FRAME) hub.added = null;
      }
    }
  }
  if (!hub.frameScheduled) {
    hub.frameScheduled = true;
    onNextFrame(root, () => flush(hub));
  }
}

function flush(hub: Hub): void {
  hub.frameScheduled = false;
  const { nodesChanged, classTargets, added, attributeTargets, targets } = hub;
  hub.nodesChanged = false;
  hub.classTargets = new Set();
  hub.added = [];
  hub.attributeTargets = new Map();
  hub.targets = [];
  for (const subscriber of [...hub.subscribers]) {
    const own = ownAttributeTargets(subscriber, attributeTargets);
    const attributesChanged = own === null || own.size > 0;
    const classesChanged = subscriber.classChanges && classTargets.size > 0;
    const wantsNodes = subscriber.addedNodes && (added === null || added.length > 0);
    const woken = (subscriber.structural && nodesChanged) || attributesChanged || classesChanged;
    if (!woken && !wantsNodes) continue;
    try {
      subscriber.callback({
        structural: nodesChanged || attributesChanged,
        classTargets,
        addedNodes: subscriber.addedNodes ? added : [],
        attributeTargets: own,
        targets: subscriber.targets ? targets : [],
      });
    } catch {
      // One subscriber's failure must not stop the others or reach the page.
    }
  }
}

const NO_ELEMENTS: ReadonlySet<Element> = new Set();

function ownAttributeTargets(
  subscriber: Subscriber,
  changed: Map<string, Set<Element>> | null,
): ReadonlySet<Element> | null {
  if (subscriber.attributes.length === 0) return NO_ELEMENTS;
  if (changed === null) return null;
  const sets = subscriber.attributes.flatMap((name) => changed.get(name) ?? []);
  if (sets.length === 0) return NO_ELEMENTS;
  if (sets.length === 1) return sets[0] ?? NO_ELEMENTS;
  const union = new Set<Element>();
  for (const set of sets) for (const element of set) union.add(element);
  return union;
}

/**
 * Runs `work` before the next paint, or after 16 ms where there is no requestAnimationFrame or the
 * tab is hidden (rAF is paused there, and a call can end while the user looks at another tab).
 */
export function onNextFrame(node: Node, work: () => void): void {
  const doc = node.ownerDocument ?? (node as Document);
  const win = doc.defaultView;
  if (win && typeof win.requestAnimationFrame === 'function' && doc.visibilityState !== 'hidden') {
    win.requestAnimationFrame(() => work());
  } else {
    setTimeout(work, 16);
  }
}

export { type WatchUrlOptions, watchUrl } from './watch-url';
