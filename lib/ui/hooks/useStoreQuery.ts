import { useEffect, useState } from 'preact/hooks';

export type QueryState<T> =
  | { status: 'loading' }
  | { status: 'ready'; data: T }
  | { status: 'error'; message: string };

/**
 * Runs `load` now, again whenever `deps` change, and again whenever `subscribe` reports that the
 * store changed (another tab, the background, a content script). Results of an outdated load are
 * dropped so a slow read never overwrites a newer one.
 */
export function useStoreQuery<T>(
  load: () => Promise<T>,
  subscribe: (onChange: () => void, signal: AbortSignal) => void,
  deps: unknown[],
): QueryState<T> {
  const [state, setState] = useState<QueryState<T>>({ status: 'loading' });
  useEffect(() => {
    const controller = new AbortController();
    let generation = 0;
    const run = () => {
      const mine = ++generation;
      load().then(
        (data) => {
          if (!controller.signal.aborted && mine === generation)
            setState({ status: 'ready', data });
        },
        (error: unknown) => {
          if (!controller.signal.aborted && mine === generation) {
            setState({
              status: 'error',
              message: error instanceof Error ? error.message : String(error),
            });
          }
        },
      );
    };
    run();
    subscribe(run, controller.signal);
    return () => controller.abort();
  }, deps);
  return state;
}
