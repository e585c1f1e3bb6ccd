// The sync's database sends no change notice: a sync that changes what it holds tells the open
// calendar tabs itself (issue 9, "Crewmate tags arrive while the calendar tab is open").
import { describe, expect, it } from 'vitest';
import { fakeSyncDeps } from '../../tests/support/calendar-sync-deps';
import { encodeCalendarTag } from '../core/calendar-tag';
import { sharedBadges } from './calendar-shared';
import { runSync, turnSyncOff, turnSyncOn } from './calendar-sync';

function withNotices() {
  const faked = fakeSyncDeps();
  let notices = 0;
  faked.deps.syncedChanged = async () => {
    notices += 1;
  };
  return { ...faked, notices: () => notices };
}

describe('a sync tells the calendar tabs when the synced events changed', () => {
  it("a crewmate's tag arriving is one notice, after the badge can be read", async () => {
    const { deps, api, notices } = withNotices();
    api.seed('primary', { id: 'ev1', summary: 'Crew' });
    await turnSyncOn(deps);
    const afterFirst = notices();
    let readable: unknown;
    deps.syncedChanged = async () => {
      readable = await sharedBadges(deps, [{ eventId: 'ev1' }]);
    };
    api.editAsSomeoneElse('primary', 'ev1', (event) => ({
      ...event,
      extendedProperties: { shared: encodeCalendarTag({ crew: 'Tuesday Crew', number: 2 }) },
    }));
    await runSync(deps);
    expect(afterFirst).toBe(1);
    expect(readable).toEqual([{ eventId: 'ev1', crew: 'Tuesday Crew', number: 2 }]);
  });

  it('a sync with no changes tells nobody', async () => {
    const { deps, api, notices } = withNotices();
    api.seed('primary', { id: 'ev1', summary: 'Crew' });
    await turnSyncOn(deps);
    const before = notices();
    await runSync(deps);
    await runSync(deps);
    expect(notices()).toBe(before);
  });

  it('a tag removed by a crewmate and turning sync off are notices too', async () => {
    const { deps, api, notices } = withNotices();
    api.seed('primary', {
      id: 'ev1',
      summary: 'Crew',
      extendedProperties: { shared: encodeCalendarTag({ crew: 'Tuesday Crew', number: 2 }) },
    });
    await turnSyncOn(deps);
    api.editAsSomeoneElse('primary', 'ev1', (event) => ({ ...event, extendedProperties: {} }));
    const before = notices();
    await runSync(deps);
    expect(notices()).toBe(before + 1);
    await turnSyncOff(deps);
    expect(notices()).toBe(before + 2);
  });

  it('a failing notice does not fail the sync', async () => {
    const { deps, api } = fakeSyncDeps();
    deps.syncedChanged = () => Promise.reject(new Error('no tabs'));
    api.seed('primary', { id: 'ev1', summary: 'Crew' });
    expect(await turnSyncOn(deps)).toMatchObject({ enabled: true });
    expect((await turnSyncOn(deps)).problem).toBeUndefined();
  });
});
