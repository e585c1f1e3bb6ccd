// Reference checks the store makes inside the writing transaction, matching the ones a backup
// import makes (lib/core/backup-references.ts): each costs one key read, never a scan.
import type { Crew, Id } from '../core/model';
import { getIn } from './db';
import { crewKey, deckKey, StoreInputError } from './keys';

export async function requireRecord(
  store: IDBObjectStore,
  key: string,
  what: string,
  saving: string,
): Promise<void> {
  if ((await getIn(store, key)) === undefined) {
    const id = key.slice(key.lastIndexOf('/') + 1);
    throw new StoreInputError(`Cannot save this ${saving}: there is no ${what} with id "${id}".`);
  }
}

export function requireCrew(store: IDBObjectStore, crewId: Id, saving: string): Promise<void> {
  return requireRecord(store, crewKey(crewId), 'crew', saving);
}

export async function checkCrewLinks(store: IDBObjectStore, crew: Crew): Promise<void> {
  const memberIds = crew.members.map((member) => member.id);
  const repeated = memberIds.find((id, i) => memberIds.indexOf(id) !== i);
  if (repeated !== undefined) {
    throw new StoreInputError(`Cannot save this crew: two members have the id "${repeated}".`);
  }
  if (!memberIds.includes(crew.callerId)) {
    throw new StoreInputError(
      `Cannot save this crew: the caller "${crew.callerId}" is not one of its members.`,
    );
  }
  for (const deckId of new Set(crew.deckIds)) {
    await requireRecord(store, deckKey(crew.id, deckId), 'deck of this crew', 'crew');
  }
}
