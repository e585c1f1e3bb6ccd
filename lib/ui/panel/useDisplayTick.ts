// Re-renders the panel whenever what it shows would change (the displayed second, the speaker,
// overtime), checked on every animation frame. Nothing counts down in a variable: each render
// derives its numbers from `now()`, so a page frozen or throttled in the background shows the
// right time on its first frame back (issue 3, "round-display-drift-ms").
import { useEffect, useReducer, useRef } from 'preact/hooks';

type FrameScheduler = (callback: () => void) => () => void;

/** requestAnimationFrame, with a 250 ms timer as a floor where frames do not come. */
function defaultScheduler(callback: () => void): () => void {
  // rAF stops in hidden documents; the timer keeps the derived state (announcements, chime plan)
  // moving at a slow pace there. Whichever fires first runs the callback and cancels the other.
  let frame: number | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const cancel = () => {
    if (frame !== undefined) cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
  const once = () => {
    cancel();
    callback();
  };
  if (typeof requestAnimationFrame === 'function') frame = requestAnimationFrame(once);
  timer = setTimeout(once, 250);
  return cancel;
}

/**
 * Calls `keyOf(now())` every frame while `active`, and re-renders when the key changes.
 * `onFrame` runs every frame (e.g. to keep the chime plan in step).
 */
export function useDisplayTick(
  active: boolean,
  now: () => number,
  keyOf: (at: number) => string,
  onFrame?: (at: number) => void,
  schedule: FrameScheduler = defaultScheduler,
): void {
  const [, rerender] = useReducer((count: number) => count + 1, 0);
  const latest = useRef({ keyOf, onFrame, now });
  latest.current = { keyOf, onFrame, now };
  const shownKey = useRef('');
  shownKey.current = keyOf(now());

  useEffect(() => {
    if (!active) return;
    let cancel = () => {};
    let stopped = false;
    const frame = () => {
      if (stopped) return;
      const at = latest.current.now();
      latest.current.onFrame?.(at);
      if (latest.current.keyOf(at) !== shownKey.current) rerender(0);
      cancel = schedule(frame);
    };
    cancel = schedule(frame);
    return () => {
      stopped = true;
      cancel();
    };
  }, [active, schedule]);
}
