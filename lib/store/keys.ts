// One key per entity, shaped so that a crew's records of one kind form a key range
// (`session/<crewId>/...`): reading one crew never touches another's, and saving one session
// writes one key whatever the history size (DESIGN.md, "State lives in the extension's origin").
import { isSafeId, type RecordKind } from '../core/backup-schema';
import type { Id } from '../core/model';

export const DEFAULT_DATABASE = 'crewkit';
export const OBJECT_STORE = 'records';
export const SETTINGS_KEY = 'settings';
export const META_KEY = 'meta/schema';
/** The key part standing in for "no crew" in round keys; never a valid id. */
export const NO_CREW = '-';

/** A record or id that the store refuses; `problems` says which field and why. */
export class StoreInputError extends Error {
  constructor(
    message: string,
    readonly problems: readonly { code: string; path: string; message: string }[] = [],
  ) {
    super(message);
    this.name = 'StoreInputError';
  }
}

function part(id: Id): Id {
  if (typeof id !== 'string' || !isSafeId(id)) {
    throw new StoreInputError(
      `Cannot use ${JSON.stringify(id)} as an id: ids are 1-128 characters without spaces, slashes, quotes or angle brackets.`,
    );
  }
  return id;
}

export const crewKey = (crewId: Id) => `crew/${part(crewId)}`;
export const seriesKey = (crewId: Id, seriesId: Id) => `series/${part(crewId)}/${part(seriesId)}`;
export const sessionKey = (crewId: Id, sessionId: Id) =>
  `session/${part(crewId)}/${part(sessionId)}`;
export const roundKey = (crewId: Id | undefined, roundId: Id) =>
  `round/${crewId === undefined ? NO_CREW : part(crewId)}/${part(roundId)}`;
export const deckKey = (crewId: Id, deckId: Id) => `deck/${part(crewId)}/${part(deckId)}`;
export const usageKey = (crewId: Id) => `usage/${part(crewId)}`;
export const reflectionKey = (crewId: Id, reflectionId: Id) =>
  `reflection/${part(crewId)}/${part(reflectionId)}`;
export const retrospectiveKey = (crewId: Id, retrospectiveId: Id) =>
  `retrospective/${part(crewId)}/${part(retrospectiveId)}`;

/** The prefix of every key of one kind, or of one crew's records of that kind. */
export function kindPrefix(kind: Exclude<RecordKind, 'settings'>, crewId?: Id | null): string {
  if (crewId === undefined) return `${kind}/`;
  return `${kind}/${crewId === null ? NO_CREW : part(crewId)}/`;
}

/** Every key starting with `prefix`. Keys compare by UTF-16 unit; ids never contain U+FFFF. */
export function prefixRange(prefix: string): IDBKeyRange {
  return IDBKeyRange.bound(prefix, `${prefix}\uffff`);
}
