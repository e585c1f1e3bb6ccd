// One feature, one module (CONVENTIONS.md 2): each thing Crewkit adds to a page says which pages
// it is for and starts with a signal that ends it. Features start independently: one failing
// never stops the others, and nothing reaches the page's console (DESIGN.md "Degrade, never break").

export interface PageFeature {
  name: string;
  include(url: string): boolean;
  init(signal: AbortSignal): void | Promise<void>;
}

export function runFeatures(
  features: readonly PageFeature[],
  signal: AbortSignal,
  url: string,
): void {
  for (const feature of features) {
    try {
      if (!feature.include(url)) continue;
      Promise.resolve(feature.init(signal)).catch(() => {
        // Swallowed on purpose: the page must never see Crewkit's errors. The feature's own
        // health report (site-health) tells the popup what is not working.
      });
    } catch {
      // As above: a synchronous failure of one feature leaves the others running.
    }
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
