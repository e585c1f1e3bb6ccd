// A value read from the page, kept current: read once per frame after a relevant change (nodes
// added or removed, text, or one of `attributes`), emitted only when it differs from the last.
// On the page's one MutationObserver (./observe.ts); class changes never wake it.

import { observe } from './observe';

export interface WatchPageOptions<T> {
  signal: AbortSignal;
  /** Default `Object.is`. */
  equals?: (a: T, b: T) => boolean;
  /** Attributes whose changes can change the value (besides nodes and text). */
  attributes?: readonly string[];
}

export function watchPage<T>(
  root: Node,
  read: () => T,
  emit: (value: T) => void,
  options: WatchPageOptions<T>,
): void {
  const { signal } = options;
  if (signal.aborted) return;
  const equals = options.equals ?? Object.is;
  let last: { value: T } | null = null;
  const readAndEmit = () => {
    let value: T;
    try {
      value = read();
    } catch {
      return; // Degrade, never break: an unreadable moment keeps the last value.
    }
    if (last !== null && equals(last.value, value)) return;
    last = { value };
    try {
      emit(value);
    } catch {
      // A failing listener must not break the page or stop later updates.
    }
  };
  observe(root, readAndEmit, { signal, attributes: options.attributes ?? [] });
  readAndEmit();
}
