// Taking a series out with its sessions, in one transaction (issue 9: a series a calendar tag
// started is taken out again with the tag). Refused while a round, reflection or retrospective
// refers to it or its sessions: the store never leaves a reference dangling, so every export
// imports again (lib/core/backup-references.ts makes the same checks on import).
import { promisifyRequest } from 'idb-keyval';
import type { Id } from '../core/model';
import { kindPrefix, prefixRange, StoreInputError, seriesKey, sessionKey } from './keys';

interface Refs {
  id: Id;
  seriesId?: Id;
  sessionId?: Id;
}

const readAll = (store: IDBObjectStore, prefix: string) =>
  promisifyRequest(store.getAll(prefixRange(prefix))) as Promise<Refs[]>;

export async function deleteSeriesIn(store: IDBObjectStore, crewId: Id, seriesId: Id) {
  const sessions = (await readAll(store, kindPrefix('session', crewId))).filter(
    (s) => s.seriesId === seriesId,
  );
  const sessionIds = new Set(sessions.map((s) => s.id));
  const [rounds, reflections, retrospectives] = await Promise.all([
    readAll(store, kindPrefix('round', crewId)),
    readAll(store, kindPrefix('reflection', crewId)),
    readAll(store, kindPrefix('retrospective', crewId)),
  ]);
  const referring = [...rounds, ...reflections].some(
    (r) => r.sessionId !== undefined && sessionIds.has(r.sessionId),
  );
  if (referring || retrospectives.some((r) => r.seriesId === seriesId)) {
    throw new StoreInputError(
      `Cannot delete the series "${seriesId}": a round, reflection or retrospective refers to it.`,
    );
  }
  for (const id of sessionIds) store.delete(sessionKey(crewId, id));
  store.delete(seriesKey(crewId, seriesId));
}
