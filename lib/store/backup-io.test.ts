import { afterEach, describe, expect, it, vi } from 'vitest';
import { fixtureBackup, fixtureText, freshStore } from '../../tests/support/store';
import { MAX_BACKUP_CHARS } from '../core/backup';
import { DEFAULT_SETTINGS } from '../core/model';
import type { CrewkitStore } from './store';

const SMALL = fixtureText('v2-small.json');
const DEMO = fixtureText('demo.json');
const NOW = new Date('2026-12-24T12:00:00.000Z');
// biome-ignore lint/suspicious/noExplicitAny: tests edit arbitrary parts of the raw JSON
const edited = (edit: (raw: any) => void) => {
  const raw = JSON.parse(SMALL);
  edit(raw);
  return JSON.stringify(raw, null, 2);
};
const withExportedAt = (text: string, at: Date) =>
  text.replace(/"exportedAt": "[^"]*"/, `"exportedAt": "${at.toISOString()}"`);

async function storeWith(text: string): Promise<CrewkitStore> {
  const store = await freshStore();
  const result = await store.importBackup(text, 'replace');
  expect(result.ok).toBe(true);
  return store;
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('export', () => {
  it('of an empty store is a valid backup with default settings', async () => {
    const store = await freshStore();
    const text = await store.exportAll(NOW);
    expect(JSON.parse(text)).toEqual({
      format: 'crewkit-backup',
      version: 1,
      exportedAt: '2026-12-24T12:00:00.000Z',
      crews: [],
      series: [],
      sessions: [],
      rounds: [],
      decks: [],
      promptUsage: [],
      reflections: [],
      retrospectives: [],
      settings: DEFAULT_SETTINGS,
    });
  });

  it('export -> import(replace) -> export gives the same bytes', async () => {
    for (const fixture of [SMALL, DEMO]) {
      const store = await storeWith(fixture);
      const first = await store.exportAll(NOW);
      expect(first).toBe(withExportedAt(fixture, NOW));
      const again = await freshStore();
      await again.importBackup(first, 'replace');
      expect(await again.exportAll(NOW)).toBe(first);
    }
  });

  it('lists records by key whatever order they were written in', async () => {
    const store = await freshStore();
    const backup = fixtureBackup('v2-small.json');
    for (const crew of backup.crews) await store.putCrew(crew);
    for (const series of backup.series) await store.putSeries(series);
    for (const session of [...backup.sessions].reverse()) await store.putSession(session);
    for (const round of backup.rounds) await store.putRound(round);
    for (const usage of backup.promptUsage) await store.putPromptUsage(usage);
    for (const reflection of backup.reflections) await store.putReflection(reflection);
    await store.putSettings(backup.settings);
    expect(await store.exportAll(new Date(backup.exportedAt))).toBe(SMALL);
  });
});

describe('import', () => {
  it('replace removes what the file does not hold; merge keeps it', async () => {
    const replaced = await storeWith(SMALL);
    await replaced.importBackup(DEMO, 'replace');
    expect((await replaced.listCrews()).map((c) => c.name)).toEqual([
      'Tuesday Crew',
      'Willow Crew',
    ]);
    expect((await replaced.getSettings()).chimeVolume).toBe(DEFAULT_SETTINGS.chimeVolume);

    const merged = await storeWith(SMALL);
    const result = await merged.importBackup(DEMO, 'merge');
    expect(result).toEqual({
      ok: true,
      counts: {
        crew: 2,
        series: 3,
        session: 18,
        round: 6,
        deck: 0,
        usage: 0,
        reflection: 2,
        retrospective: 1,
      },
    });
    expect((await merged.listCrews()).map((c) => c.name)).toEqual([
      'Harbour Crew',
      'Tuesday Crew',
      'Willow Crew',
    ]);
    expect(await merged.listRounds('c-harbour')).toHaveLength(1);
  });

  it('merge: records in the file win over the same key', async () => {
    const store = await storeWith(SMALL);
    const renamed = edited((raw) => {
      raw.crews[0].name = 'Harbour Crew (renamed)';
      raw.sessions = raw.sessions.slice(0, 2);
      raw.sessions[0].summary = 'Changed';
    });
    expect((await store.importBackup(renamed, 'merge')).ok).toBe(true);
    expect((await store.getCrew('c-harbour'))?.name).toBe('Harbour Crew (renamed)');
    expect((await store.getSession('c-harbour', 'se-1'))?.summary).toBe('Changed');
    expect(await store.listSessions('c-harbour')).toHaveLength(6);
  });

  const badFiles: [string, string, string, string][] = [
    ['truncated', SMALL.slice(0, 1200), 'truncated', 'The file is cut off at line'],
    [
      'not JSON',
      SMALL.replace('"version": 1,', '"version": 1,,'),
      'not-json',
      "not valid JSON: something unexpected at line 3, column 16, near ','",
    ],
    [
      'newer version',
      edited((raw) => {
        raw.version = 3;
      }),
      'newer-version',
      'made by a newer Crewkit',
    ],
    [
      'wrong types',
      edited((raw) => {
        raw.crews[0].rhythm.durationMinutes = '60';
      }),
      'wrong-type',
      'Wrong type at crews[0].rhythm.durationMinutes',
    ],
    [
      'missing field',
      edited((raw) => {
        delete raw.sessions[1].status;
      }),
      'missing-field',
      'Missing field at sessions[1].status',
    ],
    [
      'unknown field',
      edited((raw) => {
        raw.rounds[0].owner = 'x';
      }),
      'unknown-field',
      'Unknown field at rounds[0].owner',
    ],
    [
      '__proto__ key',
      SMALL.replace('"id": "m2",', '"__proto__": {"isAdmin": true}, "id": "m2",'),
      'forbidden-key',
      'crews[0].members[1].__proto__',
    ],
    [
      'constructor key',
      edited((raw) => {
        raw.sessions[0].constructor = 1;
      }),
      'forbidden-key',
      'sessions[0].constructor',
    ],
    ['50 MB + 1', `"${'x'.repeat(MAX_BACKUP_CHARS - 1)}"`, 'too-large', 'at most 50 MB'],
    [
      'markup in a member name',
      edited((raw) => {
        raw.crews[0].members[3].name = '<img src=x onerror=alert(1)>';
      }),
      'markup-in-text',
      'Markup in text at crews[0].members[3].name',
    ],
    [
      'dangling reference',
      edited((raw) => {
        raw.sessions[0].seriesId = 'sr-none';
      }),
      'dangling-reference',
      'Dangling reference at sessions[0].seriesId',
    ],
  ];

  for (const [what, text, code, words] of badFiles) {
    it(`refuses a file with ${what} and writes nothing, in either mode`, async () => {
      const store = await storeWith(SMALL);
      await store.putSettings({ ...DEFAULT_SETTINGS, autoAdvance: true });
      const before = await store.exportAll(NOW);
      for (const mode of ['replace', 'merge'] as const) {
        const result = await store.importBackup(text, mode);
        if (result.ok) throw new Error(`${what} was accepted`);
        expect(result.problems[0]?.code).toBe(code);
        expect(result.problems[0]?.message).toContain(words);
        expect(await store.exportAll(NOW)).toBe(before);
      }
    });
  }

  it('a failure part-way through the write leaves the store as it was', async () => {
    const store = await storeWith(SMALL);
    const before = await store.exportAll(NOW);
    const realPut = IDBObjectStore.prototype.put;
    let puts = 0;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (
      this: IDBObjectStore,
      ...args
    ) {
      puts += 1;
      if (puts === 5) throw new DOMException('disk full', 'QuotaExceededError');
      return realPut.apply(this, args);
    });
    await expect(store.importBackup(DEMO, 'replace')).rejects.toThrow('disk full');
    vi.restoreAllMocks();
    expect(puts).toBe(5);
    expect(await store.exportAll(NOW)).toBe(before);
  });

  it('wipe removes everything', async () => {
    const store = await storeWith(SMALL);
    await store.wipe();
    expect(await store.listCrews()).toEqual([]);
    expect(await store.listRounds()).toEqual([]);
    expect(await store.getSettings()).toEqual(DEFAULT_SETTINGS);
  });
});
