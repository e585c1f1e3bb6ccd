// Re-renders whatever shows a running round exactly when what it shows changes: one timer per
// displayed second, aimed at the next second boundary computed from the clock (issue 8). The
// earlier version asked for an animation frame 60 times a second; a CDP trace of a Meet call
// with a round running showed 307 frame callbacks in 5 s, each forcing a main-frame update
// (style, layout, pre-paint, intersection checks) and a compositor frame with nothing to draw,
// plus a 250 ms fallback timer installed and cancelled on every frame: 2,826 main-thread tasks
// against 435 with the panel open and no round (see the report of that change).
//
// Nothing counts down in a variable: each wake derives its numbers from `now()`, so a page frozen
// or throttled in the background shows the right time as soon as it runs again. A late timer
// just finds the clock further on; `visibilitychange` and the Page Lifecycle `resume` event
// re-derive at once instead of waiting for the (possibly throttled) timer
// ("round-display-drift-ms").
import { useEffect, useLayoutEffect, useReducer, useRef } from 'preact/hooks';
import type { RoundState } from '../../core/round';
import {
  displayKey,
  nextDisplayChangeAt,
  nextPanelChangeAt,
  panelKey,
  stageAt,
  stageKey,
} from './display-clock';

/** The timers and page events the tick uses; tests pass fakes. */
export interface TickEnvironment {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
  /** Where `visibilitychange` and `resume` arrive; undefined outside a page. */
  document?: Pick<Document, 'addEventListener' | 'removeEventListener' | 'visibilityState'>;
}

const browserEnvironment: TickEnvironment = {
  setTimeout: (callback, ms) => globalThis.setTimeout(callback, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>),
  document: typeof document === 'undefined' ? undefined : document,
};

/**
 * Re-renders when `keyOf(now())` changes, waking at `nextChangeAt(now())` (null: no wake until
 * the next render). The schedule is re-derived after every render, so an event (pause, next)
 * that changes the timing takes effect at once. `paint`, if given, runs after every render and at
 * every wake that needs no render: it writes what changes each second straight into the DOM, so a
 * shown second costs a text change, not a component render (issue 8: the countdown's Preact
 * render was about 1 ms per second on a large call page).
 */
export function useDisplayTick(
  active: boolean,
  now: () => number,
  keyOf: (at: number) => string,
  nextChangeAt: (at: number) => number | null,
  environment: TickEnvironment = browserEnvironment,
  paint?: (at: number) => void,
): void {
  const [, rerender] = useReducer((count: number) => count + 1, 0);
  const latest = useRef({ keyOf, nextChangeAt, now, paint });
  latest.current = { keyOf, nextChangeAt, now, paint };
  const shownKey = useRef('');
  shownKey.current = keyOf(now());
  const wakeRef = useRef<(() => void) | null>(null);

  // After every render: aim the one timer at the next change. A layout effect runs as the render
  // commits; a plain effect would make Preact ask for an animation frame (and a 35 ms timer) after
  // every shown second just to run it.
  useLayoutEffect(() => {
    if (!active) {
      latest.current.paint?.(latest.current.now());
      return;
    }
    let handle: unknown;
    let stopped = false;
    const wake = () => {
      if (stopped) return;
      // A timer that already fired (the usual wake) needs no clearing.
      if (handle !== undefined) environment.clearTimeout(handle);
      handle = undefined;
      const at = latest.current.now();
      if (latest.current.keyOf(at) !== shownKey.current) {
        // The render that follows re-runs this effect, which schedules the next wake.
        rerender(0);
        return;
      }
      try {
        latest.current.paint?.(at);
      } catch {
        // A failed paint leaves the last shown second; the next wake tries again.
      }
      const next = latest.current.nextChangeAt(at);
      // A timer may fire a fraction of a millisecond early: never wait less than 1 ms.
      if (next !== null) handle = environment.setTimeout(due, Math.max(1, Math.ceil(next - at)));
    };
    const due = () => {
      handle = undefined;
      wake();
    };
    wakeRef.current = wake;
    wake();
    return () => {
      stopped = true;
      wakeRef.current = null;
      environment.clearTimeout(handle);
    };
  });

  // A page shown again or resumed after a freeze reads the clock at once.
  useEffect(() => {
    const page = environment.document;
    if (!active || !page) return;
    const onWake = () => {
      if (page.visibilityState !== 'hidden') wakeRef.current?.();
    };
    page.addEventListener('visibilitychange', onWake);
    page.addEventListener('resume', onWake);
    return () => {
      page.removeEventListener('visibilitychange', onWake);
      page.removeEventListener('resume', onWake);
    };
  }, [active, environment]);
}

/** The tick for the countdown and the pill: wakes only while it runs, once per displayed second. */
export function useRoundTick(
  round: RoundState | null,
  now: () => number,
  environment?: TickEnvironment,
): void {
  useDisplayTick(
    round?.status === 'running' || round?.status === 'paused',
    now,
    (at) => displayKey(round, at),
    (at) => nextDisplayChangeAt(round, at),
    environment,
  );
}

/**
 * The tick for the large countdown: re-renders only when its shape changes (the speaker, paused,
 * the warning, overtime: `stageKey`), and `paint`s the seconds and the ring at every displayed
 * second in between.
 */
export function useCountdownTick(
  round: RoundState | null,
  now: () => number,
  paint: (at: number) => void,
  environment?: TickEnvironment,
): void {
  useDisplayTick(
    round?.status === 'running' || round?.status === 'paused',
    now,
    (at) => stageKey(round, at),
    (at) => nextDisplayChangeAt(round, at),
    environment,
    paint,
  );
}

/**
 * The tick for the panel around the countdown: wakes and re-renders only when what the panel
 * shows changes (`panelKey`: the speaker, the end of a turn, the warning, the meeting's minutes),
 * not every second (`nextPanelChangeAt`).
 */
export function usePanelTick(
  round: RoundState | null,
  now: () => number,
  environment?: TickEnvironment,
): void {
  const stage = stageAt(round, now());
  useDisplayTick(
    stage?.status === 'running' || stage?.status === 'paused',
    now,
    (at) => panelKey(round, at),
    (at) => nextPanelChangeAt(round, at),
    environment,
  );
}
