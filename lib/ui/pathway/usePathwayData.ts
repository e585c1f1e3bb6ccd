// Everything the pathway page reads, for all crews at once: one range read per kind.
import type {
  Crew,
  Reflection,
  Retrospective,
  RoundRecord,
  Series,
  Session,
} from '../../core/model';
import type { CrewkitStore } from '../../store/store';
import { type QueryState, useStoreQuery } from '../hooks/useStoreQuery';

export interface PathwayData {
  crews: Crew[];
  series: Series[];
  sessions: Session[];
  rounds: RoundRecord[];
  reflections: Reflection[];
  retrospectives: Retrospective[];
}

export async function loadPathwayData(store: CrewkitStore): Promise<PathwayData> {
  const [crews, series, sessions, rounds, reflections, retrospectives] = await Promise.all([
    store.listCrews(),
    store.listEvery('series'),
    store.listEvery('session'),
    store.listEvery('round'),
    store.listEvery('reflection'),
    store.listEvery('retrospective'),
  ]);
  return { crews, series, sessions, rounds, reflections, retrospectives };
}

export function usePathwayData(
  store: CrewkitStore,
  subscribe: (onChange: () => void, signal: AbortSignal) => void,
  /** A read the options page started early (pathway-prefetch.ts); the first load uses it. */
  prefetched?: { take(): Promise<PathwayData> | undefined } | undefined,
): QueryState<PathwayData> {
  return useStoreQuery(() => prefetched?.take() ?? loadPathwayData(store), subscribe, [store]);
}
