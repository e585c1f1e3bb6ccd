import { createStore, set } from 'idb-keyval';
import { describe, expect, it, vi } from 'vitest';
import { fixtureBackup, freshStore } from '../../tests/support/store';
import { DEFAULT_SETTINGS, SCHEMA_VERSION, type Session } from '../core/model';
import { openStore } from './store';

const small = fixtureBackup('v2-small.json');
const crew = small.crews[0] ?? (undefined as never);
const series = small.series[0] ?? (undefined as never);
const sessions = small.sessions;
const round = small.rounds[0] ?? (undefined as never);

async function seeded() {
  const store = await freshStore();
  await store.putCrew(crew);
  await store.putSeries(series);
  await store.putSessions(sessions);
  return store;
}

describe('records by crew', () => {
  it('reads back what was saved, stamped with the schema version', async () => {
    const store = await seeded();
    const { v: _v, ...unversioned } = crew;
    await store.putCrew(unversioned as typeof crew);
    expect(await store.getCrew(crew.id)).toEqual({ ...crew, v: SCHEMA_VERSION });
    expect(await store.listCrews()).toEqual([crew]);
    expect(await store.listSeries(crew.id)).toEqual([series]);
    expect((await store.listSessions(crew.id)).map((s) => s.index)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(await store.getSession(crew.id, 'se-2')).toEqual(sessions[1]);
  });

  it('keeps one crew’s records out of another’s range, even when ids share a prefix', async () => {
    const store = await seeded();
    const other = { ...crew, id: 'c-harbour2', name: 'Second Harbour' };
    await store.putCrew(other);
    await store.putSession({ ...(sessions[0] as Session), crewId: other.id, seriesId: undefined });
    expect(await store.listSessions(crew.id)).toHaveLength(6);
    expect(await store.listSessions(other.id)).toHaveLength(1);
    expect(await store.listSessions('c-nobody')).toEqual([]);
  });

  it('deletes a crew and all its records in one go, leaving other crews', async () => {
    const store = await seeded();
    const other = { ...crew, id: 'c-other' };
    await store.putCrew(other);
    await store.putSession({ ...(sessions[0] as Session), crewId: other.id, seriesId: undefined });
    await store.putRound(round);
    await store.putPromptUsage({ v: SCHEMA_VERSION, crewId: crew.id, usedByDeck: {} });
    await store.putDeck({
      v: SCHEMA_VERSION,
      id: 'd1',
      crewId: crew.id,
      kind: 'check-in',
      title: 'Ours',
      prompts: [],
    });
    await store.deleteCrew(crew.id);
    expect(await store.getCrew(crew.id)).toBeUndefined();
    expect(await store.listSeries(crew.id)).toEqual([]);
    expect(await store.listSessions(crew.id)).toEqual([]);
    expect(await store.listRounds(crew.id)).toEqual([]);
    expect(await store.listDecks(crew.id)).toEqual([]);
    expect(await store.getPromptUsage(crew.id)).toBeUndefined();
    expect((await store.listCrews()).map((c) => c.id)).toEqual(['c-other']);
    expect(await store.listSessions('c-other')).toHaveLength(1);
  });
});

describe('rounds, decks, prompt usage and settings', () => {
  it('lists rounds of a crew, without a crew, or all', async () => {
    const store = await seeded();
    await store.putRound(round);
    const quick = { ...round, id: 'r-quick', crewId: undefined, sessionId: undefined };
    await store.putRound(quick);
    expect((await store.listRounds(crew.id)).map((r) => r.id)).toEqual(['r-checkin-2']);
    expect((await store.listRounds(null)).map((r) => r.id)).toEqual(['r-quick']);
    expect((await store.listRounds()).map((r) => r.id)).toEqual(['r-quick', 'r-checkin-2']);
    expect(await store.getRound(undefined, 'r-quick')).toMatchObject({ id: 'r-quick' });
    await store.deleteRound(undefined, 'r-quick');
    expect(await store.listRounds(null)).toEqual([]);
  });

  it('deleting a deck also removes it from the crew', async () => {
    const store = await seeded();
    const deck = {
      v: SCHEMA_VERSION,
      id: 'd1',
      crewId: crew.id,
      kind: 'check-in' as const,
      title: 'Ours',
      prompts: [],
    };
    await store.putDeck(deck);
    await store.putCrew({ ...crew, deckIds: ['d1'] });
    expect(await store.listDecks(crew.id)).toEqual([deck]);
    await store.deleteDeck(crew.id, 'd1');
    expect(await store.listDecks(crew.id)).toEqual([]);
    expect((await store.getCrew(crew.id))?.deckIds).toEqual([]);
  });

  it('gives default settings until some are saved', async () => {
    const store = await freshStore();
    expect(await store.getSettings()).toEqual(DEFAULT_SETTINGS);
    await store.putSettings({ ...DEFAULT_SETTINGS, chimeVolume: 0.2 });
    expect((await store.getSettings()).chimeVolume).toBe(0.2);
    expect(await store.getPromptUsage(crew.id)).toBeUndefined();
  });
});

describe('refused writes', () => {
  it('refuses records the backup schema would refuse, naming the field', async () => {
    const store = await seeded();
    const bad = {
      ...crew,
      members: crew.members.map((m, i) => (i === 2 ? { ...m, name: '<b>Ines</b>' } : m)),
    };
    await expect(store.putCrew(bad)).rejects.toThrow('Markup in text at crew.members[2].name');
    await expect(store.putCrew({ ...crew, callerId: 'm9' })).rejects.toThrow(
      'the caller "m9" is not one of its members',
    );
    await expect(store.putCrew({ ...crew, deckIds: ['d-none'] })).rejects.toThrow(
      'no deck of this crew with id "d-none"',
    );
    await expect(store.putSession({ ...(sessions[0] as Session), id: 'a/b' })).rejects.toThrow(
      'Invalid value at session.id',
    );
    expect(await store.getCrew(crew.id)).toEqual(crew);
  });

  it('refuses records whose crew or series does not exist', async () => {
    const store = await seeded();
    const orphan = { ...(sessions[0] as Session), crewId: 'c-gone' };
    await expect(store.putSession(orphan)).rejects.toThrow(
      'Cannot save this session: there is no crew with id "c-gone".',
    );
    await expect(
      store.putSession({ ...(sessions[0] as Session), seriesId: 'sr-x' }),
    ).rejects.toThrow('there is no series with id "sr-x"');
  });

  it('putSessions writes all or none', async () => {
    const store = await seeded();
    const fresh = [7, 8, 9].map((index) => ({
      ...(sessions[0] as Session),
      id: `se-${index}`,
      index,
    }));
    const broken = [...fresh.slice(0, 2), { ...(fresh[2] as Session), crewId: 'c-gone' }];
    await expect(store.putSessions(broken)).rejects.toThrow('no crew with id "c-gone"');
    expect(await store.listSessions(crew.id)).toHaveLength(6);
    await store.putSessions(fresh);
    expect(await store.listSessions(crew.id)).toHaveLength(9);
  });
});

describe('schema versions on open and read', () => {
  it('refuses a database written by a newer Crewkit', async () => {
    const name = `crewkit-newer-${Date.now()}`;
    await set('meta/schema', { v: SCHEMA_VERSION + 1 }, createStore(name, 'records'));
    await expect(openStore(name)).rejects.toThrow('written by a newer Crewkit');
  });

  it('refuses a newer record when reading it, and leaves it untouched', async () => {
    const store = await seeded();
    const raw = createStore(store.databaseName, 'records');
    const newer = { ...crew, v: SCHEMA_VERSION + 1, id: 'c-future' };
    await set('crew/c-future', newer, raw);
    await expect(store.getCrew('c-future')).rejects.toThrow(
      'A stored crew was written by a newer Crewkit',
    );
    await expect(store.listCrews()).rejects.toThrow('newer Crewkit');
    const { get } = await import('idb-keyval');
    expect(await get('crew/c-future', raw)).toEqual(newer);
  });
});

describe('cost of one write', () => {
  it('saving one session makes the same requests with 10 or 1,000 sessions stored', async () => {
    const count = async (stored: number) => {
      const store = await seeded();
      const many = Array.from({ length: stored }, (_, i) => ({
        ...(sessions[2] as Session),
        id: `x${i}`,
        index: i + 1,
      }));
      await store.putSessions(many);
      const calls = ['get', 'put', 'getAll', 'getAllKeys', 'openCursor', 'count'].map((method) =>
        vi.spyOn(IDBObjectStore.prototype, method as 'get'),
      );
      await store.putSession({ ...(sessions[3] as Session), id: 'one-more', index: 99 });
      const made = calls.map((spy) => spy.mock.calls.length);
      for (const spy of calls) spy.mockRestore();
      return made;
    };
    const few = await count(10);
    expect(few).toEqual([2, 1, 0, 0, 0, 0]);
    expect(await count(1000)).toEqual(few);
  });
});
