// Shared by the store's tests (not shipped: nothing else imports it).
import { readFileSync } from 'node:fs';
import { type Backup, parseBackup } from '../../lib/core/backup';
import { openStore, type StoreOptions } from '../../lib/store/store';

export function fixtureText(name: string): string {
  return readFileSync(`tests/fixtures/backups/${name}`, 'utf8');
}

export function fixtureBackup(name: string): Backup {
  const result = parseBackup(fixtureText(name));
  if (!result.ok) throw new Error(result.problems.map((p) => p.message).join('\n'));
  return result.backup;
}

let opened = 0;
/** A fresh database per test, so tests never see each other's records. */
export function freshStore(options?: StoreOptions) {
  opened += 1;
  return openStore(`crewkit-test-${process.pid}-${opened}-${Date.now()}`, options);
}
