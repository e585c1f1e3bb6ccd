// The IndexedDB stores pass the same behaviour the in-memory ones do (fake-indexeddb in Node).
import { describe, expect, it } from 'vitest';
import { CALENDAR, createCalendarKit } from '../../tests/support/calendar-kit';
import { encodeCalendarTag } from '../core/calendar-tag';
import { drainOutbox, enqueueTag } from '../google/outbox';
import { syncCalendar } from '../google/sync';
import {
  clearSynced,
  idbOutboxStorage,
  idbSyncStore,
  openCalendarSyncDb,
} from './calendar-sync-store';

let dbCount = 0;

describe('calendar sync store on IndexedDB', () => {
  it('keeps the token, every event, tagged ones apart, and the outbox across re-opening', async () => {
    const name = `calendar-test-${++dbCount}`;
    const kit = createCalendarKit();
    kit.api.seed(CALENDAR, { id: 'plain' });
    kit.api.seed(CALENDAR, {
      id: 'crew',
      extendedProperties: { shared: encodeCalendarTag({ crew: 'Tuesday Crew', number: 2 }) },
    });
    const store = idbSyncStore(openCalendarSyncDb(name));
    await syncCalendar(kit.client, store, CALENDAR);
    const reopened = idbSyncStore(openCalendarSyncDb(name));
    expect(await reopened.syncToken(CALENDAR)).toMatch(/^st-/);
    expect((await reopened.taggedEvents()).map((e) => e.eventId)).toEqual(['crew']);
    expect(await reopened.event(CALENDAR, 'plain')).toMatchObject({ tagKeys: {} });

    const outbox = idbOutboxStorage(openCalendarSyncDb(name));
    await enqueueTag(outbox, {
      calendarId: CALENDAR,
      eventId: 'plain',
      desired: encodeCalendarTag({ crew: 'Tuesday Crew', number: 1 }),
      at: 1,
    });
    kit.takeRequests();
    expect(
      await drainOutbox({
        storage: outbox,
        client: kit.client,
        syncStore: reopened,
        clock: kit.clock,
      }),
    ).toMatchObject({ written: 1, waiting: 0 });
    expect(kit.takeRequests()).toHaveLength(1);
    expect((await reopened.taggedEvents()).map((e) => e.eventId).sort()).toEqual(['crew', 'plain']);

    await clearSynced(openCalendarSyncDb(name));
    expect(await reopened.syncToken(CALENDAR)).toBeUndefined();
    expect(await reopened.taggedEvents()).toEqual([]);
  });

  it('a deleted event leaves both its keys', async () => {
    const kit = createCalendarKit();
    kit.api.seed(CALENDAR, {
      id: 'crew',
      extendedProperties: { shared: encodeCalendarTag({ crew: 'C' }) },
    });
    const store = idbSyncStore(openCalendarSyncDb(`calendar-test-${++dbCount}`));
    await syncCalendar(kit.client, store, CALENDAR);
    kit.api.editAsSomeoneElse(CALENDAR, 'crew', (e) => ({ ...e, status: 'cancelled' }));
    await syncCalendar(kit.client, store, CALENDAR);
    expect(await store.taggedEvents()).toEqual([]);
    expect(await store.event(CALENDAR, 'crew')).toBeUndefined();
  });
});
