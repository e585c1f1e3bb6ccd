// deleteSeries: a series and its sessions go in one transaction, never leaving a reference behind.
import { describe, expect, it } from 'vitest';
import { fixtureBackup, freshStore } from '../../tests/support/store';
import type { Series, Session } from '../core/model';
import { StoreInputError } from './keys';

const small = fixtureBackup('v2-small.json');
const crew = small.crews[0] ?? (undefined as never);
const series = small.series[0] ?? (undefined as never);
const round = small.rounds[0] ?? (undefined as never);
const other: Series = { ...series, id: 'sr-other', title: 'Another' };
const otherSession: Session = {
  ...(small.sessions[0] as Session),
  id: 'se-other',
  seriesId: 'sr-other',
};

async function seeded() {
  const store = await freshStore();
  await store.putCrew(crew);
  await store.putSeries(series);
  await store.putSeries(other);
  await store.putSessions([...small.sessions, otherSession]);
  return store;
}

describe('deleteSeries', () => {
  it('takes out the series and only its sessions', async () => {
    const store = await seeded();
    await store.deleteSeries(crew.id, series.id);
    expect((await store.listSeries(crew.id)).map((s) => s.id)).toEqual(['sr-other']);
    expect((await store.listSessions(crew.id)).map((s) => s.id)).toEqual(['se-other']);
    // what is left exports and imports again
    const text = await store.exportAll(new Date('2026-12-01T00:00:00Z'));
    const again = await freshStore();
    expect((await again.importBackup(text, 'replace')).ok).toBe(true);
  });

  it('is refused while a round refers to one of its sessions, and nothing goes', async () => {
    const store = await seeded();
    await store.putRound(round);
    expect(round.sessionId).toBeDefined();
    await expect(store.deleteSeries(crew.id, series.id)).rejects.toThrow(StoreInputError);
    expect(await store.listSeries(crew.id)).toHaveLength(2);
    expect(await store.listSessions(crew.id)).toHaveLength(small.sessions.length + 1);
  });

  it('is refused while a retrospective refers to the series', async () => {
    const store = await seeded();
    await store.putRetrospective({
      v: series.v,
      id: 'rt1',
      crewId: crew.id,
      seriesId: other.id,
      decidedAt: '2026-12-01T00:00:00.000Z',
      decision: 'continue',
      liked: [],
      wouldChange: [],
    });
    await expect(store.deleteSeries(crew.id, other.id)).rejects.toThrow(StoreInputError);
    expect(await store.listSeries(crew.id)).toHaveLength(2);
  });
});
