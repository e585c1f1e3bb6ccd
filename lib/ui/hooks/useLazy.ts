import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';

/**
 * Loads a component's module only after the page has painted what matters first (the options
 * page's crews and coming sessions), so secondary sections neither delay nor compete with it.
 */
export function useLazy<P>(
  load: () => Promise<ComponentType<P>>,
  when: boolean,
): ComponentType<P> | null {
  const [component, setComponent] = useState<ComponentType<P> | null>(null);
  useEffect(() => {
    if (!when || component) return;
    let live = true;
    const start = () =>
      load().then(
        (loaded) => live && setComponent(() => loaded),
        () => {
          // The section stays absent; the rest of the page works.
        },
      );
    const frame = requestAnimationFrame(() => setTimeout(start, 0));
    return () => {
      live = false;
      cancelAnimationFrame(frame);
    };
  }, [when]);
  return component;
}
