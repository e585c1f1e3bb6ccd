// A clock and a timer queue that a test runs by hand, with a document that can fire events, for
// the display ticks (lib/ui/panel/useDisplayTick.ts): each timer runs at its own due time, inside
// Preact's act(), so what a second shows can be checked exactly.
import { act } from '@testing-library/preact';
import type { TickEnvironment } from '../../lib/ui/panel/useDisplayTick';

export function fakeTickTime(start: number) {
  let at = start;
  let nextId = 1;
  const timers = new Map<number, { due: number; run: () => void }>();
  const page = new EventTarget() as EventTarget & { visibilityState: DocumentVisibilityState };
  page.visibilityState = 'visible';
  let scheduled = 0;
  const environment: TickEnvironment = {
    setTimeout: (run, ms) => {
      scheduled += 1;
      timers.set(nextId, { due: at + ms, run });
      return nextId++;
    },
    clearTimeout: (id) => timers.delete(id as number),
    document: page as unknown as Document,
  };
  /** Moves the clock, running each timer that falls due at its own time. */
  const advance = (ms: number) => {
    const until = at + ms;
    for (;;) {
      const due = [...timers].sort((a, b) => a[1].due - b[1].due)[0];
      if (!due || due[1].due > until) break;
      timers.delete(due[0]);
      at = due[1].due;
      act(() => due[1].run());
    }
    at = until;
  };
  /** Moves the clock with no timer running, as in a frozen page. */
  const freeze = (ms: number) => {
    at += ms;
  };
  return {
    now: () => at,
    environment,
    page,
    advance,
    freeze,
    /** How many timers were set so far. */
    scheduled: () => scheduled,
    pending: () => timers.size,
  };
}
