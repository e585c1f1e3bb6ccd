// Versioned records (CONVENTIONS.md 10): each record carries the schema version `v` it was written
// with; reading walks it up one step at a time. A record from a newer Crewkit is refused, never
// rewritten, so an older build cannot damage data it does not understand.
import type { RecordKind } from '../core/backup-schema';
import { SCHEMA_VERSION } from '../core/model';

export type StoredRecord = Record<string, unknown>;
/** Turns a record of schema `from` into one of schema `from + 1` (the runner stamps `v`). */
export type Migration = (record: StoredRecord, kind: RecordKind) => StoredRecord;
export type MigrationTable = Readonly<Record<number, Migration>>;

/**
 * Keyed by the version migrated from; each bump adds a step here plus saved fixtures of the
 * version before it (tests/fixtures/backups/v<N>-*.json, loaded in migrations.test.ts).
 */
export const MIGRATIONS: MigrationTable = {
  // Schema 2 (the hosting pathway, issue 10) adds two kinds, reflections and retrospectives, and
  // optional fields (Crew.intentions, Series.opensWithId): a schema-1 record is a valid schema-2
  // record as it is. The version still moves so that an older Crewkit refuses a file holding
  // the new kinds as "made by a newer Crewkit" instead of half-reading it.
  1: (record) => record,
};

export class SchemaVersionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SchemaVersionError';
  }
}

export function migrateRecord<T = StoredRecord>(
  kind: RecordKind,
  record: unknown,
  table: MigrationTable = MIGRATIONS,
  target: number = SCHEMA_VERSION,
): T {
  if (typeof record !== 'object' || record === null || Array.isArray(record)) {
    throw new SchemaVersionError(`Cannot read a stored ${kind}: it is not an object.`);
  }
  let current = record as StoredRecord;
  const version = current.v;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    throw new SchemaVersionError(`Cannot read a stored ${kind}: it has no schema version "v".`);
  }
  if (version > target) {
    throw new SchemaVersionError(
      `A stored ${kind} was written by a newer Crewkit (schema ${version}; this one reads up to ${target}). Update Crewkit to use this data.`,
    );
  }
  for (let from = version; from < target; from++) {
    const step = table[from];
    if (!step) {
      throw new SchemaVersionError(
        `Cannot upgrade a stored ${kind} from schema ${from} to ${from + 1}: no migration for schema ${from}.`,
      );
    }
    current = { ...step(current, kind), v: from + 1 };
  }
  return current as T;
}
