// Crewkit backups: one JSON document holding every record, validated completely before the store
// writes anything (DESIGN.md, "Data"). Pure: the store passes its migrations in.
import * as v from 'valibot';
import { locateJsonError } from './backup-json';
import { recordProblems } from './backup-problems';
import { findReferenceProblems } from './backup-references';
import { checkRoundState } from './backup-round-state';
import { IsoTimeSchema, RECORD_SCHEMAS, type RecordKind } from './backup-schema';
import {
  BACKUP_FORMAT,
  BACKUP_VERSION,
  type Backup,
  type BackupProblem,
  MAX_BACKUP_CHARS,
  MAX_LISTED_PROBLEMS,
  type ParseBackupResult,
} from './backup-types';
import { treeProblems } from './backup-walk';
import { SCHEMA_VERSION } from './model';

export { backupFileName, describeProblems, serializeBackup } from './backup-serialize';
export type {
  Backup,
  BackupProblem,
  BackupProblemCode,
  ParseBackupResult,
  ProblemDetail,
  ValueWords,
} from './backup-types';
export {
  BACKUP_FORMAT,
  BACKUP_VERSION,
  MAX_BACKUP_CHARS,
  MAX_LISTED_PROBLEMS,
} from './backup-types';

export interface ParseBackupOptions {
  /** Brings a record written with an older schema up to SCHEMA_VERSION; throws if it cannot. */
  migrate?: (kind: RecordKind, record: Record<string, unknown>) => unknown;
}

const LISTS = {
  crews: 'crew',
  series: 'series',
  sessions: 'session',
  rounds: 'round',
  decks: 'deck',
  promptUsage: 'usage',
  reflections: 'reflection',
  retrospectives: 'retrospective',
} as const satisfies Record<string, RecordKind>;

const BackupSchema = v.strictObject({
  format: v.literal(BACKUP_FORMAT),
  version: v.literal(BACKUP_VERSION),
  exportedAt: IsoTimeSchema,
  crews: v.array(RECORD_SCHEMAS.crew),
  series: v.array(RECORD_SCHEMAS.series),
  sessions: v.array(RECORD_SCHEMAS.session),
  rounds: v.array(RECORD_SCHEMAS.round),
  decks: v.array(RECORD_SCHEMAS.deck),
  promptUsage: v.array(RECORD_SCHEMAS.usage),
  // Added in schema 2: files written before it have neither list.
  reflections: v.optional(v.array(RECORD_SCHEMAS.reflection), []),
  retrospectives: v.optional(v.array(RECORD_SCHEMAS.retrospective), []),
  settings: RECORD_SCHEMAS.settings,
});

export function parseBackup(text: string, options: ParseBackupOptions = {}): ParseBackupResult {
  const problems = findProblems(text, options);
  if (Array.isArray(problems)) {
    return {
      ok: false,
      problems: problems.slice(0, MAX_LISTED_PROBLEMS),
      moreProblems: Math.max(0, problems.length - MAX_LISTED_PROBLEMS),
    };
  }
  return { ok: true, backup: problems };
}

function findProblems(text: string, options: ParseBackupOptions): BackupProblem[] | Backup {
  if (text.length > MAX_BACKUP_CHARS) {
    const mb = (text.length / 1024 / 1024).toFixed(1);
    return [
      {
        code: 'too-large',
        path: '',
        message: `The file is too large (${mb} MB); a Crewkit backup can be at most 50 MB.`,
      },
    ];
  }
  const body = text.replace(/^\uFEFF/, '');
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return [syntaxProblem(body)];
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    return [
      {
        code: 'not-a-backup',
        path: '',
        message:
          'The file is JSON but not a Crewkit backup: it should hold one object with "format": "crewkit-backup".',
      },
    ];
  }
  const envelope = parsed as Record<string, unknown>;
  if (envelope.format !== BACKUP_FORMAT) {
    const found = envelope.format === undefined ? 'missing' : JSON.stringify(envelope.format);
    return [
      {
        code: 'wrong-format',
        path: 'format',
        message: `Not a Crewkit backup: "format" is ${found}, expected "${BACKUP_FORMAT}".`,
      },
    ];
  }
  if (typeof envelope.version === 'number' && envelope.version > BACKUP_VERSION) {
    return [
      {
        code: 'newer-version',
        path: 'version',
        message: `This backup was made by a newer Crewkit (backup version ${envelope.version}; this Crewkit reads version ${BACKUP_VERSION}). Update Crewkit, then import it again.`,
      },
    ];
  }
  // One linear pass before anything else walks the file: after it, nothing is deeper than
  // MAX_DEPTH, so no later step (schemas, migrations, the serializer, IndexedDB) can overflow.
  const tree = treeProblems(envelope);
  if (tree.length > 0) return tree;

  const problems: BackupProblem[] = [];
  const upgraded: Record<string, unknown> = { ...envelope };
  for (const [list, kind] of Object.entries(LISTS)) {
    const records = envelope[list];
    if (!Array.isArray(records)) continue;
    upgraded[list] = records.map((record, i) =>
      upgradeRecord(kind, record, `${list}[${i}]`, options, problems),
    );
  }
  upgraded.settings = upgradeRecord('settings', envelope.settings, 'settings', options, problems);
  if (problems.length > 0) return problems;

  const result = v.safeParse(BackupSchema, upgraded, { abortEarly: false });
  if (!result.success) problems.push(...recordProblems(result.issues));
  // Round states are checked with the round engine's own schema; the backup keeps them as the
  // engine reads them.
  const states: unknown[] = [];
  if (Array.isArray(upgraded.rounds)) {
    upgraded.rounds.forEach((round: unknown, i) => {
      if (typeof round !== 'object' || round === null || !('state' in round)) return;
      const checked = checkRoundState(round.state, ['rounds', i, 'state']);
      problems.push(...checked.problems);
      states[i] = checked.state;
    });
  }
  if (problems.length > 0 || !result.success) return problems;
  const backup: Backup = {
    ...result.output,
    rounds: result.output.rounds.map((round, i) => ({ ...round, state: states[i] })),
  };
  const references = findReferenceProblems(backup);
  return references.length > 0 ? references : backup;
}

function syntaxProblem(text: string): BackupProblem {
  const where = locateJsonError(text) ?? { line: 1, column: 1, offset: 0, truncated: false };
  const place = `line ${where.line}, column ${where.column}`;
  if (text.trim() === '') {
    return { code: 'not-json', path: '', message: 'The file is empty: it holds no backup.' };
  }
  if (where.truncated) {
    return {
      code: 'truncated',
      path: '',
      line: where.line,
      column: where.column,
      message: `The file is cut off at ${place}: the JSON ends before it is complete (the download or save may not have finished).`,
    };
  }
  const near = text.slice(where.offset).split(/\r?\n/, 1)[0]?.slice(0, 20) ?? '';
  return {
    code: 'not-json',
    path: '',
    line: where.line,
    column: where.column,
    message: `The file is not valid JSON: something unexpected at ${place}, near '${near}'.`,
  };
}

function upgradeRecord(
  kind: RecordKind,
  record: unknown,
  path: string,
  options: ParseBackupOptions,
  problems: BackupProblem[],
): unknown {
  if (typeof record !== 'object' || record === null || Array.isArray(record)) return record;
  const version = (record as { v?: unknown }).v;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) return record;
  if (version > SCHEMA_VERSION) {
    problems.push({
      code: 'newer-version',
      path: `${path}.v`,
      message: `The record at ${path} was made by a newer Crewkit (schema ${version}; this Crewkit reads up to ${SCHEMA_VERSION}). Update Crewkit, then import it again.`,
    });
    return record;
  }
  if (version === SCHEMA_VERSION) return record;
  if (!options.migrate) {
    problems.push({
      code: 'needs-migration',
      path: `${path}.v`,
      message: `The record at ${path} has the older schema ${version} and no migration was given.`,
    });
    return record;
  }
  try {
    return options.migrate(kind, record as Record<string, unknown>);
  } catch (error) {
    problems.push({
      code: 'needs-migration',
      path: `${path}.v`,
      message: `The record at ${path} (schema ${version}) could not be upgraded: ${(error as Error).message}`,
    });
    return record;
  }
}
