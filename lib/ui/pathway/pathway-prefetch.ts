// The pathway page reads every crew's records at once (10,000 sessions in pathway-render-scale).
// The options page starts that read as soon as it knows the pathway shows, so the read runs while
// the page's own code loads (lib/ui/hooks/useLazy.ts waits for a paint first) instead of after it.
import { useRef } from 'preact/hooks';
import type { CrewkitStore } from '../../store/store';
import { loadPathwayData, type PathwayData } from './usePathwayData';

export interface PathwayPrefetch {
  /**
   * The early read, once: undefined when it was taken already or the store changed since it
   * started (then the page reads again, so it never shows data older than its own read would be).
   */
  take(): Promise<PathwayData> | undefined;
}

export function prefetchPathwayData(
  store: CrewkitStore,
  subscribe: (onChange: () => void, signal: AbortSignal) => void,
): PathwayPrefetch {
  const controller = new AbortController();
  let read: Promise<PathwayData> | undefined = loadPathwayData(store);
  // Whoever takes the read handles its failure; one never taken must not count as unhandled.
  read.catch(() => {});
  const drop = () => {
    read = undefined;
    controller.abort();
  };
  subscribe(drop, controller.signal);
  return {
    take() {
      const taken = read;
      drop();
      return taken;
    },
  };
}

/** One early read per visit to the pathway; none while another page of the options shows. */
export function usePathwayPrefetch(
  store: CrewkitStore,
  subscribe: (onChange: () => void, signal: AbortSignal) => void,
  showing: boolean,
): PathwayPrefetch | undefined {
  // Started during render, not in an effect: effects run after a paint, which is the wait this
  // read exists to avoid. Guarded by the ref, so a re-render never starts a second one.
  const current = useRef<{ store: CrewkitStore; prefetch: PathwayPrefetch } | undefined>(undefined);
  if (!showing) {
    current.current?.prefetch.take();
    current.current = undefined;
    return undefined;
  }
  if (current.current?.store !== store) {
    current.current = { store, prefetch: prefetchPathwayData(store, subscribe) };
  }
  return current.current.prefetch;
}
