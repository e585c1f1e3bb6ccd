// The hostile backups against the real store (fake-indexeddb): each refusal leaves the store and
// its export byte for byte as they were, and data an older Crewkit let in cannot make Export fail
// without saying which record.
import { createStore, promisifyRequest } from 'idb-keyval';
import { describe, expect, it, vi } from 'vitest';
import { fixtureText } from '../../tests/support/store';
import { UnwritableBackupError } from './backup-io';
import { OBJECT_STORE, roundKey } from './keys';
import { openStore } from './store';

// Chromium's sorted serializer overflows at 2,500 levels (issue 8); Node's stack is deeper and
// fake-indexeddb's clone overflows first, so the overflow itself is played here.
const overflow = vi.hoisted(() => ({ on: false }));
vi.mock('../core/backup', async (importOriginal) => {
  const original = await importOriginal<typeof import('../core/backup')>();
  return {
    ...original,
    serializeBackup: (backup: Parameters<typeof original.serializeBackup>[0]) => {
      if (overflow.on) throw new RangeError('Maximum call stack size exceeded');
      return original.serializeBackup(backup);
    },
  };
});

const NOW = new Date('2026-12-24T12:00:00.000Z');
const HOSTILE = [
  'hostile-deep-2500.json',
  'hostile-deep-20000.json',
  'hostile-deep-100000.json',
  'hostile-round-state.json',
  'hostile-state-text.json',
  'hostile-version-text.json',
  'hostile-long-name.json',
];

let opened = 0;
async function storeWithSmall() {
  opened += 1;
  const name = `crewkit-hostile-${process.pid}-${opened}`;
  const store = await openStore(name);
  expect((await store.importBackup(fixtureText('v1-small.json'), 'replace')).ok).toBe(true);
  return { store, name };
}

describe('hostile backups leave the store as it was', () => {
  for (const file of HOSTILE) {
    it(`${file}: refused by merge and by replace, export unchanged`, async () => {
      const { store } = await storeWithSmall();
      const before = await store.exportAll(NOW);
      for (const mode of ['merge', 'replace'] as const) {
        const result = await store.importBackup(fixtureText(file), mode);
        expect(result.ok).toBe(false);
      }
      expect(await store.exportAll(NOW)).toBe(before);
    });
  }
});

describe('export says what it cannot write', () => {
  it('names a round an older check let in, nested too deeply, instead of failing silently', async () => {
    const { store, name } = await storeWithSmall();
    const round = JSON.parse(fixtureText('v1-small.json')).rounds[0];
    round.state.notes = JSON.parse(`${'['.repeat(200)}${']'.repeat(200)}`);
    // Written past the store's checks, as the old import did.
    const raw = createStore(name, OBJECT_STORE);
    await raw('readwrite', (objects) =>
      promisifyRequest(objects.put(round, roundKey(round.crewId, round.id))),
    );
    overflow.on = true;
    try {
      const error = await store.exportAll(NOW).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(UnwritableBackupError);
      expect((error as UnwritableBackupError).problem).toMatchObject({
        code: 'too-deep',
        detail: { rule: 'max-depth', limit: 12 },
      });
      await expect(store.exportAll(NOW)).rejects.toThrow(
        /^Nested too deeply at round\.state\.notes(\[0\])+: a round's state is at most 12 levels deep\.$/,
      );
    } finally {
      overflow.on = false;
    }
  });
});
