// Where the keyboard focus goes when a section re-renders (issue 11, "focus never lost when a
// section re-renders"). When the focused control is removed (a form saved, a stage replaced by
// the next one), the browser drops the focus to <body>: a keyboard user is sent back to the top
// of the page. These helpers put it on the control that takes the removed one's place, and only
// then: focus somewhere else on the page (the call's own controls, another field) is left alone.
import type { RefObject } from 'preact';
import { useEffect, useRef } from 'preact/hooks';

const TABBABLE =
  'button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), a[href], [tabindex]:not([tabindex="-1"])';

/** The focused element, looked for inside open shadow roots (our call panel lives in one). */
export function deepActiveElement(doc: Document = document): Element | null {
  let active: Element | null = doc.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** True when the focus was dropped (on <body> or nowhere) or is already inside `within`. */
export function focusIsFree(within: Element | null, doc: Document = document): boolean {
  const active = deepActiveElement(doc);
  if (!active || active === doc.body || active === doc.documentElement) return true;
  return !!within && within.contains(active);
}

/** The first control inside `root` that Tab would reach, skipping hidden ones. */
export function firstTabbable(root: ParentNode): HTMLElement | null {
  for (const el of root.querySelectorAll<HTMLElement>(TABBABLE)) {
    if (!el.closest('[hidden]')) return el;
  }
  return null;
}

/**
 * After `key` changes (never on the first render), moves the focus to what `target` returns,
 * if the focus was dropped or is inside `root`. `target` runs after the new section rendered.
 */
export function useFocusOnChange(
  key: unknown,
  root: RefObject<HTMLElement | null>,
  target: (root: HTMLElement) => HTMLElement | null | undefined,
): void {
  const seen = useRef(key);
  useEffect(() => {
    if (Object.is(seen.current, key)) return;
    seen.current = key;
    const el = root.current;
    if (!el || !focusIsFree(el, el.ownerDocument)) return;
    target(el)?.focus();
  }, [key]);
}

/** A ref whose element takes the focus once, when it mounts, if `when` is true then. */
export function useFocusOnMount<T extends HTMLElement>(when = true): RefObject<T | null> {
  const ref = useRef<T>(null);
  useEffect(() => {
    if (when) ref.current?.focus();
  }, []);
  return ref;
}
