import { expect, it } from 'vitest';
import { benchSession, seedSessions } from '../support/bench';
import { freshStore } from '../support/store';

it('seeds sessions in batches, creating the crew, numbered and a week apart', async () => {
  const store = await freshStore();
  expect(await seedSessions(store, 'bench', 1203, 500)).toBe(1203);
  const sessions = await store.listSessions('bench');
  expect(sessions).toHaveLength(1203);
  expect(new Set(sessions.map((s) => s.index)).size).toBe(1203);
  expect((await store.getCrew('bench'))?.members).toHaveLength(4);
  expect(benchSession('bench', 2).startsAt).toBe('2026-12-08T18:00:00.000Z');
  expect(await store.getSession('bench', 'bench-s1203')).toEqual(benchSession('bench', 1203));
  // Seeding again adds nothing new: same ids, same keys.
  await seedSessions(store, 'bench', 10);
  expect(await store.listSessions('bench')).toHaveLength(1203);
});
