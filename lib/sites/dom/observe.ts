// Watching a page through one helper (CONVENTIONS.md 5): one MutationObserver per root, however
// many features subscribe, with work batched per animation frame. Meet's tiles change `class`
// hundreds of times a second while people talk, so the observer callback only records what kind
// of change happened; subscribers read the page at most once per frame.

export interface MutationBatch {
  /** Nodes were added or removed, text changed, or a watched non-class attribute changed. */
  structural: boolean;
  /** Elements whose `class` changed this frame (only for subscribers that asked; capped). */
  classTargets: ReadonlySet<Element>;
}

export interface ObserveOptions {
  signal: AbortSignal;
  /** Also report `class` changes (speaking hints). Off by default: they are by far the most. */
  classChanges?: boolean;
  /** Attributes besides `class` whose changes count as structural. */
  attributes?: readonly string[];
}

interface Subscriber {
  callback: (batch: MutationBatch) => void;
  classChanges: boolean;
  attributes: readonly string[];
}

interface Hub {
  observer: MutationObserver;
  subscribers: Set<Subscriber>;
  structural: boolean;
  classTargets: Set<Element>;
  frameScheduled: boolean;
}

/** Bounds memory when a frame is delayed (background tab) while classes keep changing. */
const MAX_CLASS_TARGETS_PER_FRAME = 256;

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
    attributes: options.attributes ?? [],
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
    structural: false,
    classTargets: new Set(),
    frameScheduled: false,
  };
  hubs.set(root, hub);
  return hub;
}

/** Observing the same root again with one observer replaces its options: the union of all. */
function configure(root: Node, hub: Hub): void {
  const attributes = new Set<string>();
  for (const subscriber of hub.subscribers) {
    for (const name of subscriber.attributes) attributes.add(name);
    if (subscriber.classChanges) attributes.add('class');
  }
  hub.observer.observe(root, {
    childList: true,
    subtree: true,
    characterData: true,
    ...(attributes.size > 0 ? { attributes: true, attributeFilter: [...attributes] } : {}),
  });
}

// Runs for every mutation batch the browser delivers: keep it to flag-setting.
function record(root: Node, hub: Hub, records: MutationRecord[]): void {
  for (const mutation of records) {
    if (mutation.type === 'attributes' && mutation.attributeName === 'class') {
      if (hub.classTargets.size < MAX_CLASS_TARGETS_PER_FRAME) {
        hub.classTargets.add(mutation.target as Element);
      }
    } else {
      hub.structural = true;
    }
  }
  if (!hub.frameScheduled) {
    hub.frameScheduled = true;
    onNextFrame(root, () => flush(hub));
  }
}

function flush(hub: Hub): void {
  hub.frameScheduled = false;
  const batch: MutationBatch = { structural: hub.structural, classTargets: hub.classTargets };
  hub.structural = false;
  hub.classTargets = new Set();
  for (const subscriber of [...hub.subscribers]) {
    if (!batch.structural && !(subscriber.classChanges && batch.classTargets.size > 0)) continue;
    try {
      subscriber.callback(batch);
    } catch {
      // One subscriber's failure must not stop the others or reach the page.
    }
  }
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

export interface WatchUrlOptions {
  /** How often to compare the URL; cheap (one string compare). Default 500 ms. */
  intervalMs?: number;
}

/**
 * Calls `onUrl` when the URL changes without a reload (Meet is a single-page app). Takes a getter
 * so the caller decides the source: `() => location.href`, or a value WXT's
 * `wxt:locationchange` keeps up to date.
 */
export function watchUrl(
  getUrl: () => string,
  onUrl: (url: string) => void,
  signal: AbortSignal,
  options: WatchUrlOptions = {},
): void {
  if (signal.aborted) return;
  let last = safeGet(getUrl);
  const check = () => {
    const url = safeGet(getUrl);
    if (url === last) return;
    last = url;
    try {
      onUrl(url);
    } catch {
      // Never let a listener's error escape into the page.
    }
  };
  // Where the Navigation API exists (Chromium), same-document navigations announce themselves,
  // so polling can be rare: each timer tick costs a task on the page's main thread.
  const navigation = (globalThis as { navigation?: EventTarget }).navigation;
  navigation?.addEventListener('navigatesuccess', check, { signal });
  navigation?.addEventListener('currententrychange', check, { signal });
  globalThis.addEventListener?.('popstate', check, { signal });
  const timer = setInterval(check, options.intervalMs ?? (navigation ? 2000 : 500));
  signal.addEventListener('abort', () => clearInterval(timer), { once: true });
}

function safeGet(getUrl: () => string): string {
  try {
    return getUrl();
  } catch {
    return '';
  }
}
