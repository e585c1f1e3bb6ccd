// Crewkit's local store: IndexedDB in the extension's origin (background and extension pages
// only; content scripts ask through lib/messaging). Every write validates the record with the
// backup schema and stamps `v`, so whatever the store holds exports to a backup that imports.
import type { ParseBackupResult } from '../core/backup';
import { validateRecord } from '../core/backup-problems';
import type { RecordKind } from '../core/backup-schema';
import type {
  Crew,
  Deck,
  Id,
  PromptUsage,
  Reflection,
  Retrospective,
  RoundRecord,
  Series,
  Session,
  Settings,
} from '../core/model';
import { DEFAULT_SETTINGS, SCHEMA_VERSION } from '../core/model';
import { exportAll, type ImportMode, type ImportResult, importBackup, wipe } from './backup-io';
import { type Db, getIn, type OnCommitted, openDb } from './db';
import {
  crewKey,
  DEFAULT_DATABASE,
  deckKey,
  kindPrefix,
  META_KEY,
  reflectionKey,
  retrospectiveKey,
  roundKey,
  SETTINGS_KEY,
  StoreInputError,
  seriesKey,
  sessionKey,
  usageKey,
} from './keys';
import { checkCrewLinks, requireCrew, requireRecord } from './links';
import { migrateRecord, SchemaVersionError } from './migrations';
import { deleteSeriesIn } from './series-delete';

export interface CrewkitStore {
  readonly databaseName: string;
  listCrews(): Promise<Crew[]>;
  getCrew(crewId: Id): Promise<Crew | undefined>;
  putCrew(crew: Crew): Promise<void>;
  /** The crew and every series, session, round, deck and prompt usage of it, in one transaction. */
  deleteCrew(crewId: Id): Promise<void>;
  listSeries(crewId: Id): Promise<Series[]>;
  putSeries(series: Series): Promise<void>;
  /** The series and its sessions; refused while a round, reflection or retrospective refers. */
  deleteSeries(crewId: Id, seriesId: Id): Promise<void>;
  listSessions(crewId: Id): Promise<Session[]>;
  getSession(crewId: Id, sessionId: Id): Promise<Session | undefined>;
  putSession(session: Session): Promise<void>;
  /** All in one transaction: all are written or none. */
  putSessions(sessions: readonly Session[]): Promise<void>;
  /** `undefined`: every round; `null`: rounds without a crew (quick rounds); an id: that crew's. */
  listRounds(crewId?: Id | null): Promise<RoundRecord[]>;
  getRound(crewId: Id | undefined, roundId: Id): Promise<RoundRecord | undefined>;
  putRound(round: RoundRecord): Promise<void>;
  deleteRound(crewId: Id | undefined, roundId: Id): Promise<void>;
  listDecks(crewId: Id): Promise<Deck[]>;
  putDeck(deck: Deck): Promise<void>;
  /** Also drops the deck from its crew's `deckIds`, in the same transaction. */
  deleteDeck(crewId: Id, deckId: Id): Promise<void>;
  getPromptUsage(crewId: Id): Promise<PromptUsage | undefined>;
  putPromptUsage(usage: PromptUsage): Promise<void>;
  /**
   * Every record of one kind across all crews, in one read (the pathway's congregation view
   * reads all crews at once; one range per crew would be one transaction per crew).
   */
  listEvery<K extends keyof EveryKind>(kind: K): Promise<EveryKind[K][]>;
  listReflections(crewId: Id): Promise<Reflection[]>;
  putReflection(reflection: Reflection): Promise<void>;
  deleteReflection(crewId: Id, reflectionId: Id): Promise<void>;
  listRetrospectives(crewId: Id): Promise<Retrospective[]>;
  putRetrospective(retrospective: Retrospective): Promise<void>;
  /** DEFAULT_SETTINGS when none were saved yet. */
  getSettings(): Promise<Settings>;
  putSettings(settings: Settings): Promise<void>;
  /** The whole store as backup text; `now` becomes `exportedAt`. */
  exportAll(now: Date): Promise<string>;
  /** Validates the whole text first; then writes everything in one transaction, or nothing. */
  importBackup(text: string, mode: ImportMode): Promise<ImportResult>;
  /** Removes every record. */
  wipe(): Promise<void>;
}

export type { ImportMode, ImportResult, ParseBackupResult };

/** The kinds `listEvery` reads. */
export interface EveryKind {
  series: Series;
  session: Session;
  round: RoundRecord;
  reflection: Reflection;
  retrospective: Retrospective;
}

/** Stamps this build's schema version and refuses a record the backup schema would refuse. */
export function checked<T extends object>(kind: RecordKind, record: T): T & { v: number } {
  const stamped = { ...record, v: SCHEMA_VERSION };
  const problems = validateRecord(kind, stamped);
  if (problems.length > 0) {
    const first = problems[0]?.message ?? '';
    const more = problems.length > 1 ? ` (and ${problems.length - 1} more problems)` : '';
    throw new StoreInputError(`Cannot save this ${kind}. ${first}${more}`, problems);
  }
  return stamped;
}

export interface StoreOptions {
  /**
   * Called after every committed write with what changed: the one write path, so a new record
   * kind cannot be missed. The background relays it to content scripts; extension pages send it
   * to the background (`page:storeChanged`), which wakes the worker to relay.
   */
  onCommitted?: OnCommitted | undefined;
}

/**
 * Opens (and on first use creates) the database. Throws SchemaVersionError if a newer Crewkit
 * has written to it. Pass another name for tests and benchmarks.
 */
export async function openStore(
  databaseName: string = DEFAULT_DATABASE,
  options: StoreOptions = {},
): Promise<CrewkitStore> {
  const db = openDb(databaseName, options.onCommitted);
  const meta = await db.use('readonly', (store) => getIn<{ v?: unknown }>(store, META_KEY));
  const stored = typeof meta?.v === 'number' ? meta.v : 0;
  if (stored > SCHEMA_VERSION) {
    throw new SchemaVersionError(
      `This Crewkit data was written by a newer Crewkit (schema ${stored}; this one reads up to ${SCHEMA_VERSION}). Update Crewkit to use it.`,
    );
  }
  if (stored < SCHEMA_VERSION) {
    // Older records stay as they are and are migrated when read; meta records the newest build.
    await db.use('readwrite', (store) => {
      store.put({ v: SCHEMA_VERSION }, META_KEY);
    });
  }
  return makeStore(db);
}

function makeStore(db: Db): CrewkitStore {
  const putOne = async <T extends object>(
    kind: RecordKind,
    record: T,
    key: (record: T) => string,
    crewId: Id | undefined,
    verify?: (store: IDBObjectStore, record: T) => Promise<void>,
  ) => {
    const valid = checked(kind, record);
    return db.write(
      { kinds: [kind], crewIds: crewId === undefined ? [] : [crewId] },
      async (store) => {
        await verify?.(store, valid);
        store.put(valid, key(valid));
      },
    );
  };

  const verifySession = async (store: IDBObjectStore, session: Session) => {
    await requireCrew(store, session.crewId, 'session');
    if (session.seriesId !== undefined) {
      await requireRecord(store, seriesKey(session.crewId, session.seriesId), 'series', 'session');
    }
  };

  return {
    databaseName: db.name,
    listCrews: () => db.readRange<Crew>('crew', 'crew/'),
    getCrew: (crewId) => db.readOne<Crew>('crew', crewKey(crewId)),
    putCrew: (crew) =>
      putOne(
        'crew',
        crew,
        (c) => crewKey(c.id),
        crew.id,
        (store, c) => checkCrewLinks(store, c),
      ),
    deleteCrew: (crewId) => {
      const ranged = ['series', 'session', 'round', 'deck', 'reflection', 'retrospective'] as const;
      return db.write({ kinds: ['crew', 'usage', ...ranged], crewIds: [crewId] }, (store) => {
        store.delete(crewKey(crewId));
        store.delete(usageKey(crewId));
        for (const kind of ranged) {
          const prefix = kindPrefix(kind, crewId);
          store.delete(IDBKeyRange.bound(prefix, `${prefix}\uffff`));
        }
      });
    },
    listSeries: (crewId) => db.readRange<Series>('series', kindPrefix('series', crewId)),
    putSeries: (series) =>
      putOne(
        'series',
        series,
        (s) => seriesKey(s.crewId, s.id),
        series.crewId,
        (store, s) => requireCrew(store, s.crewId, 'series'),
      ),
    deleteSeries: (crewId, seriesId) =>
      db.write({ kinds: ['series', 'session'], crewIds: [crewId] }, (store) =>
        deleteSeriesIn(store, crewId, seriesId),
      ),
    listSessions: (crewId) => db.readRange<Session>('session', kindPrefix('session', crewId)),
    getSession: (crewId, sessionId) =>
      db.readOne<Session>('session', sessionKey(crewId, sessionId)),
    putSession: (session) =>
      putOne('session', session, (s) => sessionKey(s.crewId, s.id), session.crewId, verifySession),
    putSessions: async (sessions) => {
      if (sessions.length === 0) return;
      const valid = sessions.map((session) => checked('session', session));
      const crewIds = valid.map((session) => session.crewId);
      return db.write({ kinds: ['session'], crewIds }, async (store) => {
        // Checks first (each distinct crew and series once), then every put.
        const seen = new Set<string>();
        for (const session of valid) {
          const tag = `${session.crewId}/${session.seriesId ?? ''}`;
          if (seen.has(tag)) continue;
          seen.add(tag);
          await verifySession(store, session);
        }
        for (const session of valid) store.put(session, sessionKey(session.crewId, session.id));
      });
    },
    listRounds: (crewId) => db.readRange<RoundRecord>('round', kindPrefix('round', crewId)),
    getRound: (crewId, roundId) => db.readOne<RoundRecord>('round', roundKey(crewId, roundId)),
    putRound: (round) =>
      putOne(
        'round',
        round,
        (r) => roundKey(r.crewId, r.id),
        round.crewId,
        async (store, r) => {
          if (r.crewId !== undefined) await requireCrew(store, r.crewId, 'round');
          if (r.sessionId === undefined) return;
          if (r.crewId === undefined) {
            throw new StoreInputError(
              'Cannot save this round: a round of a session needs its crewId.',
            );
          }
          await requireRecord(store, sessionKey(r.crewId, r.sessionId), 'session', 'round');
        },
      ),
    deleteRound: (crewId, roundId) =>
      db.write({ kinds: ['round'], crewIds: crewId === undefined ? [] : [crewId] }, (store) => {
        store.delete(roundKey(crewId, roundId));
      }),
    listDecks: (crewId) => db.readRange<Deck>('deck', kindPrefix('deck', crewId)),
    putDeck: (deck) =>
      putOne(
        'deck',
        deck,
        (d) => deckKey(d.crewId ?? '', d.id),
        deck.crewId,
        async (store, d) => {
          await requireCrew(store, d.crewId ?? '', 'deck');
          const ids = d.prompts.map((prompt) => prompt.id);
          const repeated = ids.find((id, i) => ids.indexOf(id) !== i);
          if (repeated !== undefined) {
            throw new StoreInputError(
              `Cannot save this deck: two prompts have the id "${repeated}".`,
            );
          }
        },
      ),
    deleteDeck: (crewId, deckId) =>
      db.write({ kinds: ['deck', 'crew'], crewIds: [crewId] }, async (store) => {
        store.delete(deckKey(crewId, deckId));
        const raw = await getIn(store, crewKey(crewId));
        const crew = raw === undefined ? undefined : migrateRecord<Crew>('crew', raw);
        if (crew?.deckIds.includes(deckId)) {
          const deckIds = crew.deckIds.filter((id) => id !== deckId);
          store.put({ ...crew, deckIds, v: SCHEMA_VERSION }, crewKey(crewId));
        }
      }),
    getPromptUsage: (crewId) => db.readOne<PromptUsage>('usage', usageKey(crewId)),
    putPromptUsage: (usage) =>
      putOne(
        'usage',
        usage,
        (u) => usageKey(u.crewId),
        usage.crewId,
        (store, u) => requireCrew(store, u.crewId, 'prompt usage'),
      ),
    listEvery: (kind) => db.readRange(kind, kindPrefix(kind)),
    listReflections: (crewId) =>
      db.readRange<Reflection>('reflection', kindPrefix('reflection', crewId)),
    putReflection: (reflection) =>
      putOne(
        'reflection',
        reflection,
        (r) => reflectionKey(r.crewId, r.id),
        reflection.crewId,
        async (store, r) => {
          await requireCrew(store, r.crewId, 'reflection');
          if (r.sessionId !== undefined) {
            await requireRecord(store, sessionKey(r.crewId, r.sessionId), 'session', 'reflection');
          }
        },
      ),
    deleteReflection: (crewId, reflectionId) =>
      db.write({ kinds: ['reflection'], crewIds: [crewId] }, (store) => {
        store.delete(reflectionKey(crewId, reflectionId));
      }),
    listRetrospectives: (crewId) =>
      db.readRange<Retrospective>('retrospective', kindPrefix('retrospective', crewId)),
    putRetrospective: (retrospective) =>
      putOne(
        'retrospective',
        retrospective,
        (r) => retrospectiveKey(r.crewId, r.id),
        retrospective.crewId,
        async (store, r) => {
          await requireCrew(store, r.crewId, 'retrospective');
          await requireRecord(store, seriesKey(r.crewId, r.seriesId), 'series', 'retrospective');
        },
      ),
    getSettings: async () =>
      (await db.readOne<Settings>('settings', SETTINGS_KEY)) ?? structuredClone(DEFAULT_SETTINGS),
    putSettings: (settings) => putOne('settings', settings, () => SETTINGS_KEY, undefined),
    exportAll: (now) => exportAll(db, now),
    importBackup: (text, mode) => importBackup(db, text, mode),
    wipe: () => wipe(db),
  };
}
