import { describe, expect, it } from 'vitest';
import { fixtureText, freshStore } from '../../tests/support/store';
import { announceWrites } from './announcing';
import type { StoreChange } from './changes';

describe('a store that announces its writes', () => {
  it('reports each committed write with its kind and crew, and reads nothing extra', async () => {
    const heard: StoreChange[] = [];
    const store = announceWrites(await freshStore(), (change) => heard.push(change));
    await store.importBackup(fixtureText('demo.json'), 'replace');
    const crew = await store.getCrew('tuesday-crew');
    if (!crew) throw new Error('demo crew missing');
    await store.putCrew({ ...crew, agreements: ['Phones away'] });
    await store.putSettings({ ...(await store.getSettings()), chimeVolume: 0.2 });
    expect(heard).toEqual([
      { kinds: ['crew', 'series', 'session', 'round', 'deck', 'usage', 'settings'], crewIds: [] },
      { kinds: ['crew'], crewIds: ['tuesday-crew'] },
      { kinds: ['settings'], crewIds: [] },
    ]);
  });

  it('says nothing when a write is refused', async () => {
    const heard: StoreChange[] = [];
    const store = announceWrites(await freshStore(), (change) => heard.push(change));
    await expect(store.putSeries({} as never)).rejects.toThrow();
    expect(heard).toEqual([]);
  });
});
