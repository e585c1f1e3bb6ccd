// The store read behind a panel's crew context (lib/core/crew-context.ts builds it).
import { type CrewRoundContext, crewRoundContext } from '../core/crew-context';
import type { Crew } from '../core/model';
import type { CrewkitStore } from './store';

export async function loadCrewContext(
  store: Pick<CrewkitStore, 'listSeries' | 'listSessions' | 'listRounds'>,
  crew: Crew,
  now: number,
): Promise<CrewRoundContext> {
  const [seriesList, sessions, rounds] = await Promise.all([
    store.listSeries(crew.id),
    store.listSessions(crew.id),
    store.listRounds(crew.id),
  ]);
  return crewRoundContext(crew, { seriesList, sessions, rounds }, now);
}
