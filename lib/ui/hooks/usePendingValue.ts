import { useEffect, useState } from 'preact/hooks';

interface Pending<T> {
  /** What the user chose last, shown until the store says it too. */
  value: T;
  /** What the store may still say meanwhile: its value at the first change, and each write since. */
  expected: T[];
}

/**
 * A stored value the user has just changed, shown as changed at once and until the store says
 * so too. A store read can land after the user's change but before its write does (a read
 * started by an earlier write's change notice); a controlled checkbox rendered from it would
 * untick itself for a moment, and a second quick tick would be built on the stale value and undo
 * the first. The change is dropped, so the store stays the truth, when the store says something
 * not expected (another tab wrote) or when a write fails.
 */
export function usePendingValue<T>(
  stored: T,
  same: (a: T, b: T) => boolean,
): [T, (value: T, write: () => Promise<unknown>) => void] {
  const [pending, setPending] = useState<Pending<T> | null>(null);
  const settled =
    pending !== null &&
    (same(pending.value, stored) || !pending.expected.some((value) => same(value, stored)));
  useEffect(() => {
    if (settled) setPending(null);
  }, [settled]);
  const shown = pending !== null && !settled ? pending.value : stored;

  const change = (value: T, write: () => Promise<unknown>) => {
    const expected = pending !== null && !settled ? [...pending.expected, shown] : [stored];
    setPending({ value, expected });
    write().catch(() => setPending(null));
  };
  return [shown, change];
}

/** The same ids in any order: a set of people. */
export function sameIds(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id) => b.includes(id));
}
