import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseBackup } from '../core/backup';
import { SCHEMA_VERSION } from '../core/model';
import { MIGRATIONS, type MigrationTable, migrateRecord } from './migrations';

// An imagined history: schema 2 renamed `title` to `name`, schema 3 added `tags`.
const HISTORY: MigrationTable = {
  1: ({ title, ...rest }) => ({ ...rest, name: title }),
  2: (record, kind) => ({ ...record, tags: kind === 'series' ? ['series'] : [] }),
};

describe('migrateRecord', () => {
  it('walks v1 -> v2 -> v3 one step at a time and stamps each version', () => {
    const seen: number[] = [];
    const table: MigrationTable = {
      1: (record) => {
        seen.push(record.v as number);
        return HISTORY[1]?.(record, 'series') ?? record;
      },
      2: (record, kind) => {
        seen.push(record.v as number);
        return HISTORY[2]?.(record, kind) ?? record;
      },
    };
    const result = migrateRecord('series', { v: 1, id: 's1', title: 'First six' }, table, 3);
    expect(result).toEqual({ v: 3, id: 's1', name: 'First six', tags: ['series'] });
    expect(seen).toEqual([1, 2]);
  });

  it('starts from the record’s own version', () => {
    const result = migrateRecord('crew', { v: 2, id: 'c1', name: 'Harbour' }, HISTORY, 3);
    expect(result).toEqual({ v: 3, id: 'c1', name: 'Harbour', tags: [] });
  });

  it('leaves a current record as it is', () => {
    const record = { v: 3, id: 'c1' };
    expect(migrateRecord('crew', record, HISTORY, 3)).toEqual(record);
  });

  it('fails clearly when a step is missing', () => {
    const gap: MigrationTable = { 1: HISTORY[1] ?? ((r) => r) };
    expect(() => migrateRecord('session', { v: 1, id: 'x', title: 't' }, gap, 3)).toThrow(
      'Cannot upgrade a stored session from schema 2 to 3: no migration for schema 2.',
    );
  });

  it('refuses a record from a newer Crewkit instead of rewriting it', () => {
    const record = { v: SCHEMA_VERSION + 1, id: 'c1' };
    expect(() => migrateRecord('crew', record)).toThrow(
      `A stored crew was written by a newer Crewkit (schema ${SCHEMA_VERSION + 1}; this one reads up to ${SCHEMA_VERSION}). Update Crewkit to use this data.`,
    );
    expect(record).toEqual({ v: SCHEMA_VERSION + 1, id: 'c1' });
  });

  it('refuses a record without a version', () => {
    expect(() => migrateRecord('deck', { id: 'd1' })).toThrow('it has no schema version "v"');
    expect(() => migrateRecord('deck', 'text')).toThrow('it is not an object');
  });

  it('has a step for every version below the current one', () => {
    for (let from = 1; from < SCHEMA_VERSION; from++)
      expect(MIGRATIONS[from], `${from}`).toBeTypeOf('function');
  });
});

// The guard each future schema bump extends: every saved v1 backup must still load.
describe('saved v1 backups still load under the current code', () => {
  const dir = 'tests/fixtures/backups';
  const files = readdirSync(dir).filter((name) => /^v1-.*\.json$/.test(name));

  it('has at least one v1 fixture', () => {
    expect(files.length).toBeGreaterThan(0);
  });

  for (const name of files) {
    it(name, () => {
      const result = parseBackup(readFileSync(`${dir}/${name}`, 'utf8'), {
        migrate: (kind, record) => migrateRecord(kind, record),
      });
      expect(result.ok ? [] : result.problems).toEqual([]);
      if (result.ok) expect(result.backup.crews.length).toBeGreaterThan(0);
    });
  }
});

describe('schema 1 -> 2 (the hosting pathway)', () => {
  it('keeps every field of a schema-1 record and stamps schema 2', () => {
    const v1 = JSON.parse(readFileSync('tests/fixtures/backups/v1-demo.json', 'utf8'));
    const crew = migrateRecord('crew', v1.crews[0]);
    expect(crew).toEqual({ ...v1.crews[0], v: 2 });
    expect(crew.intentions).toBeUndefined();
  });

  it('imports a saved schema-1 file into the current store shape, with no reflections yet', () => {
    const result = parseBackup(readFileSync('tests/fixtures/backups/v1-demo.json', 'utf8'), {
      migrate: (kind, record) => migrateRecord(kind, record),
    });
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.backup.crews.map((c) => c.v)).toEqual([SCHEMA_VERSION]);
    expect(result.backup.sessions).toHaveLength(6);
    expect(result.backup.reflections).toEqual([]);
    expect(result.backup.retrospectives).toEqual([]);
  });

  it('refuses a schema-1 file without the migration, naming the record', () => {
    const result = parseBackup(readFileSync('tests/fixtures/backups/v1-demo.json', 'utf8'));
    expect(result.ok ? [] : result.problems[0]?.message).toBe(
      'The record at crews[0] has the older schema 1 and no migration was given.',
    );
  });
});
