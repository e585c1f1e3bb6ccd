import { describe, expect, it } from 'vitest';
import { fixtureBackup, freshStore } from '../../tests/support/store';
import { SCHEMA_VERSION } from '../core/model';

const small = fixtureBackup('v2-small.json');
const crew = small.crews[0] ?? (undefined as never);
const series = small.series[0] ?? (undefined as never);
const reflection = small.reflections[0] ?? (undefined as never);
const retro = {
  v: SCHEMA_VERSION,
  id: 'rt-1',
  crewId: crew.id,
  seriesId: series.id,
  decidedAt: '2026-11-10T19:00:00.000Z',
  decision: 'continue' as const,
  liked: ['The stillness'],
  wouldChange: [],
};

async function seeded() {
  const store = await freshStore();
  await store.putCrew(crew);
  await store.putSeries(series);
  for (const session of small.sessions) await store.putSession(session);
  return store;
}

describe('reflections and retrospectives in the store', () => {
  it('keeps a reflection with its feedback and a retrospective with its series', async () => {
    const store = await seeded();
    await store.putReflection(reflection);
    await store.putRetrospective(retro);
    expect(await store.listReflections(crew.id)).toEqual([reflection]);
    expect(await store.listRetrospectives(crew.id)).toEqual([retro]);
    await store.deleteReflection(crew.id, reflection.id);
    expect(await store.listReflections(crew.id)).toEqual([]);
  });

  it('refuses a reflection on a session that does not exist, and a retrospective without series', async () => {
    const store = await seeded();
    await expect(store.putReflection({ ...reflection, sessionId: 'nope' })).rejects.toThrow(
      'Cannot save this reflection: there is no session with id "nope".',
    );
    await expect(store.putRetrospective({ ...retro, seriesId: 'nope' })).rejects.toThrow(
      'Cannot save this retrospective: there is no series with id "nope".',
    );
  });

  it('goes with its crew when the crew is deleted, and into the backup', async () => {
    const store = await seeded();
    await store.putReflection(reflection);
    await store.putRetrospective(retro);
    const exported = JSON.parse(await store.exportAll(new Date('2026-12-01T00:00:00.000Z')));
    expect(exported.reflections).toEqual([reflection]);
    expect(exported.retrospectives).toEqual([retro]);
    await store.deleteCrew(crew.id);
    expect(await store.listReflections(crew.id)).toEqual([]);
    expect(await store.listRetrospectives(crew.id)).toEqual([]);
  });
});

describe('listEvery', () => {
  it('reads one kind across all crews in key order', async () => {
    const store = await seeded();
    const other = { ...crew, id: 'c-willow' };
    await store.putCrew(other);
    await store.putSeries({ ...series, crewId: other.id });
    expect((await store.listEvery('series')).map((s) => s.crewId)).toEqual([
      'c-harbour',
      'c-willow',
    ]);
    expect(await store.listEvery('session')).toHaveLength(small.sessions.length);
  });

  it("carries the kickoff's intentions and agreements through a backup and back", async () => {
    const store = await freshStore();
    const kicked = {
      ...crew,
      intentions: ['Practise listening without fixing'],
      agreements: ['Stories stay in the crew'],
    };
    await store.putCrew(kicked);
    const text = await store.exportAll(new Date('2026-12-01T00:00:00.000Z'));
    const again = await freshStore();
    expect((await again.importBackup(text, 'replace')).ok).toBe(true);
    const [back] = await again.listCrews();
    expect(back?.intentions).toEqual(['Practise listening without fixing']);
    expect(back?.agreements).toEqual(['Stories stay in the crew']);
  });
});
