// One feature, one module (CONVENTIONS.md 2): each thing Crewkit adds to a page says which pages
// it is for and starts with a signal that ends it. Features start independently: one failing
// never stops the others, and nothing reaches the page's console (DESIGN.md "Degrade, never break").
import { watchUrl } from '../sites/dom/watch-url';

export interface PageFeature<Deps = unknown> {
  name: string;
  include(url: string): boolean;
  /** Pages that `include` matches but this feature must leave alone. */
  exclude?(url: string): boolean;
  /** Starts the feature for one navigation; `signal` aborts when the user navigates away. */
  init(signal: AbortSignal, deps: Deps): void | Promise<void>;
}

export interface RunFeaturesOptions {
  /** Ends every feature for good (the content script was invalidated). */
  signal: AbortSignal;
  getUrl: () => string;
  /**
   * Which part of the URL makes a new navigation. Default origin and path: Meet and Calendar
   * navigate by path, while a query or hash change (Meet's `?authuser`, a dialog's hash) must not
   * restart a call that is under way.
   */
  navigationKey?: (url: string) => string;
  /** How often the URL is compared where the Navigation API is missing (see watchUrl). */
  urlPollMs?: number;
}

export function pathOf(url: string): string {
  try {
    const { origin, pathname } = new URL(url);
    return `${origin}${pathname}`;
  } catch {
    return url;
  }
}

/**
 * Starts each feature whose `include` (and not `exclude`) matches the URL, and again on every
 * in-page navigation, after aborting the previous navigation's signal.
 */
export function runFeatures<Deps>(
  features: readonly PageFeature<Deps>[],
  deps: Deps,
  options: RunFeaturesOptions,
): void {
  const { signal, getUrl } = options;
  const keyOf = options.navigationKey ?? pathOf;
  let navigation: AbortController | null = null;
  let key: string | null = null;
  const start = (url: string) => {
    if (signal.aborted || keyOf(url) === key) return;
    key = keyOf(url);
    navigation?.abort();
    const current = new AbortController();
    navigation = current;
    for (const feature of features) startFeature(feature, url, current.signal, deps);
  };
  signal.addEventListener('abort', () => navigation?.abort(), { once: true });
  watchUrl(getUrl, start, signal, options.urlPollMs ? { intervalMs: options.urlPollMs } : {});
  start(getUrl());
}

function startFeature<Deps>(
  feature: PageFeature<Deps>,
  url: string,
  signal: AbortSignal,
  deps: Deps,
): void {
  try {
    if (!feature.include(url) || feature.exclude?.(url)) return;
    Promise.resolve(feature.init(signal, deps)).catch(() => {
      // Swallowed on purpose: the page must never see Crewkit's errors. The feature's own
      // health report (site-health) tells the popup what is not working.
    });
  } catch {
    // As above: a synchronous failure of one feature leaves the others running.
  }
}

/** A tiny observable value, so features and Preact components share the latest call facts. */
export interface Observable<T> {
  get(): T;
  set(value: T): void;
  subscribe(listener: (value: T) => void): () => void;
}

export function observable<T>(initial: T): Observable<T> {
  let value = initial;
  const listeners = new Set<(value: T) => void>();
  return {
    get: () => value,
    set(next) {
      value = next;
      for (const listener of listeners) listener(next);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
