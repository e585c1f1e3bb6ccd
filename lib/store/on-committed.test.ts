import { describe, expect, it } from 'vitest';
import { fixtureText, freshStore } from '../../tests/support/store';
import type { StoreChange } from '../core/store-change';

describe("the store's onCommitted hook", () => {
  it('reports each committed write with its kinds and crews, from every write path', async () => {
    const heard: StoreChange[] = [];
    const store = await freshStore({ onCommitted: (change) => heard.push(change) });
    await store.importBackup(fixtureText('demo.json'), 'replace');
    const crew = await store.getCrew('tuesday-crew');
    if (!crew) throw new Error('demo crew missing');
    await store.putCrew({ ...crew, agreements: ['Phones away'] });
    await store.putSettings({ ...(await store.getSettings()), chimeVolume: 0.2 });
    const [session] = await store.listSessions('tuesday-crew');
    if (!session) throw new Error('demo session missing');
    await store.putSessions([{ ...session, summary: 'Good' }]);
    await store.deleteRound('tuesday-crew', 'no-such-round');
    expect(heard).toEqual([
      {
        kinds: [
          'crew',
          'series',
          'session',
          'round',
          'deck',
          'usage',
          'reflection',
          'retrospective',
          'settings',
        ],
        crewIds: ['tuesday-crew', 'willow-crew'],
      },
      { kinds: ['crew'], crewIds: ['tuesday-crew'] },
      { kinds: ['settings'], crewIds: [] },
      { kinds: ['session'], crewIds: ['tuesday-crew'] },
      { kinds: ['round'], crewIds: ['tuesday-crew'] },
    ]);
  });

  it('says nothing when a write is refused, and a failing listener does not fail the write', async () => {
    const heard: StoreChange[] = [];
    const quiet = await freshStore({ onCommitted: (change) => heard.push(change) });
    await expect(quiet.putSeries({} as never)).rejects.toThrow();
    expect(heard).toEqual([]);
    const throwing = await freshStore({
      onCommitted: () => {
        throw new Error('listener broke');
      },
    });
    await throwing.putSettings({ ...(await throwing.getSettings()), chimeVolume: 0.3 });
    expect((await throwing.getSettings()).chimeVolume).toBe(0.3);
  });
});
