// Everything the pathway page reads, for all crews at once: one range read per kind and crew.
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
  const crews = await store.listCrews();
  const perCrew = await Promise.all(
    crews.map(async (crew) => {
      const [series, sessions, rounds, reflections, retrospectives] = await Promise.all([
        store.listSeries(crew.id),
        store.listSessions(crew.id),
        store.listRounds(crew.id),
        store.listReflections(crew.id),
        store.listRetrospectives(crew.id),
      ]);
      return { series, sessions, rounds, reflections, retrospectives };
    }),
  );
  return {
    crews,
    series: perCrew.flatMap((c) => c.series),
    sessions: perCrew.flatMap((c) => c.sessions),
    rounds: perCrew.flatMap((c) => c.rounds),
    reflections: perCrew.flatMap((c) => c.reflections),
    retrospectives: perCrew.flatMap((c) => c.retrospectives),
  };
}

export function usePathwayData(
  store: CrewkitStore,
  subscribe: (onChange: () => void, signal: AbortSignal) => void,
): QueryState<PathwayData> {
  return useStoreQuery(() => loadPathwayData(store), subscribe, [store]);
}
