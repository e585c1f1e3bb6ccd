// Watching a page through one helper (CONVENTIONS.md 5): one MutationObserver per root, however
// many features subscribe, with work batched per animation frame, or per `batchMs` where every
// subscriber can wait that long (the Meet watch: issue 8). Meet's tiles change `class` hundreds of
// times a second while people talk, so the observer callback only records what kind of change
// happened (and, for subscribers that asked, which nodes); subscribers read the page at most once
// per batch, and only subscribers the change concerns are woken (CONVENTIONS.md 16).
//
// Why a timer and not the next frame for the call watch: on a call page padded to 4,000 elements
// with live captions and tooltips (tests/bench/pages/meet-call-load.ts), a CDP trace showed about
// 12 flushes a second, each its own requestAnimationFrame callback (~0.3 ms with the frame work it
// asks for: 15-20 ms per 5 s). The call state, the roster and the arrivals are as good 250 ms late.

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
  /** Elements removed this batch (only for subscribers that asked); null when too many. */
  removedNodes: readonly Element[] | null;
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
  /** List the removed elements (trackElements: did a tracked one leave?). Default false. */
  removedNodes?: boolean;
  /**
   * The longest this subscriber's changes may wait, in ms; the hub waits the shortest any active
   * subscriber allows. Default: the next animation frame.
   */
  batchMs?: number;
  /**
   * Keeps state others read (trackElements) and never decides when the hub wakes: it is woken
   * with whoever else is. Default false.
   */
  passive?: boolean;
}

interface Subscriber {
  callback: (batch: MutationBatch) => void;
  classChanges: boolean;
  attributes: readonly string[];
  structural: boolean;
  addedNodes: boolean;
  targets: boolean;
  removedNodes: boolean;
  batchMs: number | null;
  passive: boolean;
}

interface Hub {
  observer: MutationObserver;
  subscribers: Set<Subscriber>;
  /** Whether any subscriber wants added nodes listed (else recording them costs nothing). */
  listAdded: boolean;
  listTargets: boolean;
  listRemoved: boolean;
  /** 0: the next frame; else a timer of this many ms from the first change. */
  delayMs: number;
  targets: Node[] | null;
  removed: Element[] | null;
  nodesChanged: boolean;
  classTargets: Set<Element>;
  added: Node[] | null;
  attributeTargets: Map<string, Set<Element>> | null;
  frameScheduled: boolean;
  /** The options the observer observes with now (characterData and attributes), to skip a no-op. */
  options: string | null;
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
    removedNodes: options.removedNodes ?? false,
    batchMs: options.batchMs ?? null,
    passive: options.passive ?? false,
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
    listRemoved: false,
    delayMs: 0,
    targets: [],
    removed: [],
    nodesChanged: false,
    classTargets: new Set(),
    added: [],
    attributeTargets: new Map(),
    frameScheduled: false,
    options: null,
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
  hub.listRemoved = false;
  let delay: number | null = null;
  let anyFrame = false;
  for (const subscriber of hub.subscribers) {
    if (!subscriber.passive) {
      if (subscriber.batchMs === null) anyFrame = true;
      else delay = Math.min(delay ?? subscriber.batchMs, subscriber.batchMs);
    }
    if (subscriber.removedNodes) hub.listRemoved = true;
    for (const name of subscriber.attributes) attributes.add(name);
    if (subscriber.classChanges) attributes.add('class');
    if (subscriber.structural) characterData = true;
    if (subscriber.addedNodes) hub.listAdded = true;
    if (subscriber.targets) hub.listTargets = true;
  }
  hub.delayMs = anyFrame || delay === null ? 0 : delay;
  // Only passive subscribers left (the Meet watch polls a call in progress and the talk sampler
  // rides on its batches): nobody decides when to wake, so nobody is woken, and the page is not
  // observed at all. Otherwise every caption word would still cost a callback, and a flush per
  // frame (issue 8). A subscriber that is not passive connects it again.
  if (delay === null && !anyFrame) {
    if (hub.options !== null) {
      hub.observer.disconnect();
      hub.options = null;
    }
    return;
  }
  // The same options as now: nothing to re-observe. A navigation ends and starts every feature's
  // subscribers (about six on a calendar week change), almost always with the same union.
  const sorted = [...attributes].sort();
  const options = `${characterData}|${sorted.join(',')}`;
  if (options === hub.options) return;
  hub.options = options;
  // Re-observing should replace the options (DOM spec), but happy-dom keeps the first ones; a
  // disconnect first works everywhere. Records not yet delivered are kept, not lost.
  const pending = hub.observer.takeRecords();
  hub.observer.disconnect();
  hub.observer.observe(root, {
    childList: true,
    subtree: true,
    characterData,
    ...(sorted.length > 0 ? { attributes: true, attributeFilter: sorted } : {}),
  });
  if (pending.length > 0) record(root, hub, pending);
}

/** Crewkit's own elements: badges, panel and launcher hosts. */
const OWN_ELEMENT_PREFIX = 'crewkit-';

function allOwn(nodes: NodeList): boolean {
  for (const node of nodes) {
    if (node.nodeType !== 1 || !(node as Element).localName.startsWith(OWN_ELEMENT_PREFIX)) {
      return false;
    }
  }
  return true;
}

/**
 * Adding or removing only Crewkit's own elements is no change of the page: it wakes no
 * subscriber. On a calendar week, drawing 30 badges otherwise asked for a second frame after
 * every navigation (a CDP trace: 40 animation frames and pre-paints for 20 navigations, against
 * 20 without Crewkit; issue 9). A record that also adds or removes a page node still counts.
 */
function ownChange(mutation: MutationRecord): boolean {
  return (
    mutation.type === 'childList' && allOwn(mutation.addedNodes) && allOwn(mutation.removedNodes)
  );
}

// Runs for every mutation batch the browser delivers: keep it to flag-setting and listing.
function record(root: Node, hub: Hub, records: MutationRecord[]): void {
  let recorded = false;
  for (const mutation of records) {
    if (ownChange(mutation)) continue;
    recorded = true;
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
      if (hub.listRemoved && hub.removed !== null && mutation.removedNodes.length > 0) {
        // Text nodes (a caption word replaced) hold no element: not listed.
        for (const node of mutation.removedNodes) {
          if (node.nodeType === 1) hub.removed.push(node as Element);
        }
        if (hub.removed.length > MAX_LISTED_PER_FRAME) hub.removed = null;
      }
    }
  }
  if (recorded && !hub.frameScheduled) {
    hub.frameScheduled = true;
    if (hub.delayMs > 0) setTimeout(() => flush(hub), hub.delayMs);
    else onNextFrame(root, () => flush(hub));
  }
}

function flush(hub: Hub): void {
  hub.frameScheduled = false;
  const { nodesChanged, classTargets, added, attributeTargets, targets, removed } = hub;
  hub.nodesChanged = false;
  hub.classTargets = new Set();
  hub.added = [];
  hub.attributeTargets = new Map();
  hub.targets = [];
  hub.removed = [];
  for (const subscriber of [...hub.subscribers]) {
    const own = ownAttributeTargets(subscriber, attributeTargets);
    const attributesChanged = own === null || own.size > 0;
    const classesChanged = subscriber.classChanges && classTargets.size > 0;
    const wantsNodes =
      (subscriber.addedNodes && (added === null || added.length > 0)) ||
      (subscriber.removedNodes && (removed === null || removed.length > 0));
    const woken = (subscriber.structural && nodesChanged) || attributesChanged || classesChanged;
    if (!woken && !wantsNodes) continue;
    try {
      subscriber.callback({
        structural: nodesChanged || attributesChanged,
        classTargets,
        addedNodes: subscriber.addedNodes ? added : [],
        attributeTargets: own,
        targets: subscriber.targets ? targets : [],
        removedNodes: subscriber.removedNodes ? removed : [],
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
