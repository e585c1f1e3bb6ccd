// Export and import of the whole store. Import validates the entire file before opening a
// transaction, then writes in ONE readwrite transaction: a failure part-way leaves the store
// exactly as it was.
import { promisifyRequest } from 'idb-keyval';
import {
  BACKUP_FORMAT,
  BACKUP_VERSION,
  type Backup,
  type BackupProblem,
  parseBackup,
  serializeBackup,
} from '../core/backup';
import { validateRecord } from '../core/backup-problems';
import type { RecordKind } from '../core/backup-schema';
import { DEFAULT_SETTINGS, SCHEMA_VERSION } from '../core/model';
import type { Db } from './db';
import {
  crewKey,
  deckKey,
  META_KEY,
  prefixRange,
  reflectionKey,
  retrospectiveKey,
  roundKey,
  SETTINGS_KEY,
  seriesKey,
  sessionKey,
  usageKey,
} from './keys';
import { migrateRecord } from './migrations';

export type ImportMode = 'merge' | 'replace';

export type ImportResult =
  | {
      ok: true;
      /** How many records of each kind the file held (all were written). */
      counts: Record<Exclude<RecordKind, 'settings'>, number>;
    }
  | { ok: false; problems: BackupProblem[]; moreProblems: number };

const ALL_KINDS = [
  'crew',
  'series',
  'session',
  'round',
  'deck',
  'usage',
  'reflection',
  'retrospective',
  'settings',
];

export async function exportAll(db: Db, now: Date): Promise<string> {
  const read = (prefix: string) => (store: IDBObjectStore) =>
    promisifyRequest(store.getAll(prefixRange(prefix)));
  const [crews, series, sessions, rounds, decks, usage, reflections, retros, settings] =
    await db.use('readonly', (store) =>
      Promise.all([
        read('crew/')(store),
        read('series/')(store),
        read('session/')(store),
        read('round/')(store),
        read('deck/')(store),
        read('usage/')(store),
        read('reflection/')(store),
        read('retrospective/')(store),
        promisifyRequest(store.get(SETTINGS_KEY)),
      ]),
    );
  const up = <T>(kind: RecordKind, list: unknown[]) =>
    list.map((record) => migrateRecord<T>(kind, record));
  const backup: Backup = {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: now.toISOString(),
    crews: up('crew', crews),
    series: up('series', series),
    sessions: up('session', sessions),
    rounds: up('round', rounds),
    decks: up('deck', decks),
    promptUsage: up('usage', usage),
    reflections: up('reflection', reflections),
    retrospectives: up('retrospective', retros),
    settings: settings === undefined ? DEFAULT_SETTINGS : migrateRecord('settings', settings),
  };
  try {
    return serializeBackup(backup);
  } catch (error) {
    // Only data an older Crewkit let in (a round state thousands of levels deep) gets here: name
    // the record, so the options page can say what could not be written.
    const problem = unwritableRecord(backup);
    if (problem) throw new UnwritableBackupError(problem);
    throw error;
  }
}

/** Export met a stored record it cannot write; `problem` says which and why, as import would. */
export class UnwritableBackupError extends Error {
  constructor(readonly problem: BackupProblem) {
    super(problem.message);
    this.name = 'UnwritableBackupError';
  }
}

function unwritableRecord(backup: Backup): BackupProblem | undefined {
  const kinds = [
    ['crew', backup.crews],
    ['series', backup.series],
    ['session', backup.sessions],
    ['round', backup.rounds],
    ['deck', backup.decks],
    ['usage', backup.promptUsage],
    ['settings', [backup.settings]],
  ] as const;
  for (const [kind, records] of kinds) {
    for (const record of records) {
      const problem = validateRecord(kind, record)[0];
      if (problem) return problem;
    }
  }
  return undefined;
}

export async function importBackup(db: Db, text: string, mode: ImportMode): Promise<ImportResult> {
  const parsed = parseBackup(text, { migrate: (kind, record) => migrateRecord(kind, record) });
  if (!parsed.ok) return parsed;
  const { backup } = parsed;
  const entries: [string, unknown][] = [
    ...backup.crews.map((c): [string, unknown] => [crewKey(c.id), c]),
    ...backup.series.map((s): [string, unknown] => [seriesKey(s.crewId, s.id), s]),
    ...backup.sessions.map((s): [string, unknown] => [sessionKey(s.crewId, s.id), s]),
    ...backup.rounds.map((r): [string, unknown] => [roundKey(r.crewId, r.id), r]),
    ...backup.decks.map((d): [string, unknown] => [deckKey(d.crewId, d.id), d]),
    ...backup.promptUsage.map((u): [string, unknown] => [usageKey(u.crewId), u]),
    ...backup.reflections.map((r): [string, unknown] => [reflectionKey(r.crewId, r.id), r]),
    ...backup.retrospectives.map((r): [string, unknown] => [retrospectiveKey(r.crewId, r.id), r]),
    [SETTINGS_KEY, backup.settings],
  ];
  const fileCrewIds = backup.crews.map((crew) => crew.id);
  // A replace also changes crews that were stored but are not in the file: read their ids in the
  // same transaction. The change is announced only after commit, so the list can be filled late.
  const change = { kinds: ALL_KINDS, crewIds: fileCrewIds };
  await db.write(change, async (store) => {
    if (mode === 'replace') {
      const stored = await promisifyRequest(store.getAllKeys(prefixRange('crew/')));
      change.crewIds = [...fileCrewIds, ...stored.map((key) => String(key).slice('crew/'.length))];
      store.clear();
      store.put({ v: SCHEMA_VERSION }, META_KEY);
    }
    for (const [key, record] of entries) store.put(record, key);
  });
  return {
    ok: true,
    counts: {
      crew: backup.crews.length,
      series: backup.series.length,
      session: backup.sessions.length,
      round: backup.rounds.length,
      deck: backup.decks.length,
      usage: backup.promptUsage.length,
      reflection: backup.reflections.length,
      retrospective: backup.retrospectives.length,
    },
  };
}

export function wipe(db: Db): Promise<void> {
  const change = { kinds: ALL_KINDS, crewIds: [] as string[] };
  return db.write(change, async (store) => {
    const stored = await promisifyRequest(store.getAllKeys(prefixRange('crew/')));
    change.crewIds = stored.map((key) => String(key).slice('crew/'.length));
    store.clear();
    store.put({ v: SCHEMA_VERSION }, META_KEY);
  });
}
