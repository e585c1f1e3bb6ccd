// The call panel's countdowns show their once-a-second change in a frame the call page draws
// anyway (issue 8, meet-overhead-ms-per-s; why: lib/ui/panel/useDisplayTick.ts
// `alignTicksWithPage`). A page that adds or changes nodes or text is about to draw: its next
// such change, seen by a MutationObserver in the same task, carries our change into that frame.
// On a quiet page the change shows after `maxLagMs` on its own. The observer is connected only
// while a change waits (once a second, for a fraction of it), so it costs next to nothing.
import type { FrameAligner } from '../../ui/panel/useDisplayTick';

/**
 * The longest a shown second waits for the page: a tenth of a second late is not seen on a
 * countdown (the chime is on the audio clock and is not delayed at all).
 */
export const MAX_ALIGN_LAG_MS = 100;

export function createPageFrameAligner(
  doc: Document,
  signal: AbortSignal,
  maxLagMs = MAX_ALIGN_LAG_MS,
): FrameAligner {
  const waiting = new Set<() => void>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const observer = new MutationObserver(() => flush());
  const stopWaiting = () => {
    observer.disconnect();
    clearTimeout(timer);
    timer = undefined;
  };
  const flush = () => {
    stopWaiting();
    const works = [...waiting];
    waiting.clear();
    for (const work of works) {
      try {
        work();
      } catch {
        // One countdown's failure must not stop the others.
      }
    }
  };
  signal.addEventListener('abort', flush, { once: true });
  return (work) => {
    // A hidden or closing page draws nothing to wait for.
    if (signal.aborted || doc.visibilityState === 'hidden') {
      work();
      return () => {};
    }
    waiting.add(work);
    if (timer === undefined) {
      // Nodes and text only: Meet's class flips (hundreds a second) mostly draw nothing.
      observer.observe(doc.body ?? doc.documentElement, {
        childList: true,
        subtree: true,
        characterData: true,
      });
      timer = setTimeout(flush, maxLagMs);
    }
    return () => {
      waiting.delete(work);
      if (waiting.size === 0) stopWaiting();
    };
  };
}
