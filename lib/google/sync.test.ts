import { describe, expect, it } from 'vitest';
import { CALENDAR, createCalendarKit } from '../../tests/support/calendar-kit';
import { encodeCalendarTag } from '../core/calendar-tag';
import { syncCalendar } from './sync';

const tagged = (id: string, number: number) => ({
  id,
  summary: 'Tuesday Crew',
  start: { dateTime: '2026-12-08T18:00:00Z' },
  attendees: [{ email: 'Ana@Example.org', displayName: 'Ana' }, { email: 'chiara@example.org' }],
  extendedProperties: {
    shared: encodeCalendarTag({ crew: 'Tuesday Crew', number, of: 6, host: 'Chiara' }),
  },
});

describe('calendar sync', () => {
  it('syncs in full once, then an idle sync is one request', async () => {
    const kit = createCalendarKit();
    kit.api.seed(CALENDAR, tagged('ev1', 3));
    kit.api.seed(CALENDAR, {
      id: 'dentist',
      summary: 'Dentist',
      start: { dateTime: '2026-12-09T09:00:00Z' },
    });
    const first = await syncCalendar(kit.client, kit.syncStore, CALENDAR);
    expect(first).toMatchObject({ full: true, upserts: 2, taggedChanges: 1 });
    kit.takeRequests();
    const idle = await syncCalendar(kit.client, kit.syncStore, CALENDAR);
    expect(idle).toEqual({
      full: false,
      upserts: 0,
      removals: 0,
      removedIds: [],
      taggedChanges: 0,
    });
    expect(kit.takeRequests()).toHaveLength(1);
    const [event] = await kit.syncStore.taggedEvents();
    expect(event).toMatchObject({
      eventId: 'ev1',
      tagKeys: { 'ck1.crew': 'Tuesday Crew', 'ck1.n': '3' },
      attendees: [{ email: 'ana@example.org', name: 'Ana' }, { email: 'chiara@example.org' }],
    });
  });

  it('brings changes and deletions since the last sync', async () => {
    const kit = createCalendarKit();
    kit.api.seed(CALENDAR, tagged('ev1', 3));
    kit.api.seed(CALENDAR, tagged('ev2', 4));
    await syncCalendar(kit.client, kit.syncStore, CALENDAR);
    kit.api.editAsSomeoneElse(CALENDAR, 'ev1', (e) => ({ ...e, status: 'cancelled' }));
    kit.api.editAsSomeoneElse(CALENDAR, 'ev2', (e) => ({
      ...e,
      extendedProperties: { shared: { ...e.extendedProperties?.shared, 'ck1.host': 'Ana' } },
    }));
    const result = await syncCalendar(kit.client, kit.syncStore, CALENDAR);
    expect(result).toMatchObject({ full: false, upserts: 1, removals: 1, removedIds: ['ev1'] });
    const events = await kit.syncStore.taggedEvents();
    expect(events.map((e) => [e.eventId, e.tagKeys['ck1.host']])).toEqual([['ev2', 'Ana']]);
  });

  it('on 410 wipes what it kept and syncs in full again', async () => {
    const kit = createCalendarKit();
    kit.api.seed(CALENDAR, tagged('ev1', 3));
    await syncCalendar(kit.client, kit.syncStore, CALENDAR);
    // Deleted while the token was stale: a full list does not show it, so it must be wiped.
    kit.api.editAsSomeoneElse(CALENDAR, 'ev1', (e) => ({ ...e, status: 'cancelled' }));
    kit.api.seed(CALENDAR, tagged('ev9', 1));
    kit.api.expireSyncTokens();
    kit.takeRequests();
    const result = await syncCalendar(kit.client, kit.syncStore, CALENDAR);
    expect(result.full).toBe(true);
    expect(kit.takeRequests().map((r) => r.status)).toEqual([410, 200]);
    expect((await kit.syncStore.taggedEvents()).map((e) => e.eventId)).toEqual(['ev9']);
    expect(await syncCalendar(kit.client, kit.syncStore, CALENDAR)).toMatchObject({ full: false });
  });

  it('follows pages and keeps the token of the last page only', async () => {
    const kit = createCalendarKit();
    for (let i = 0; i < 600; i += 1)
      kit.api.seed(CALENDAR, { id: `e${i}`, start: { date: '2026-12-01' } });
    await syncCalendar(kit.client, kit.syncStore, CALENDAR);
    expect(kit.takeRequests()).toHaveLength(3);
    expect((kit.syncStore as unknown as { size(): number }).size()).toBe(600);
  });

  it("survives hostile events in someone else's calendar", async () => {
    const kit = createCalendarKit();
    kit.api.seed(CALENDAR, tagged('ok', 2));
    kit.api.seed(CALENDAR, {
      id: 'bad1',
      summary: 7 as unknown as string,
      attendees: 'everyone' as unknown as [],
      extendedProperties: {
        shared: { 'ck1.crew': '<script>x</script>', 'ck1.n': { n: 1 } as unknown as string },
      },
    });
    kit.api.seed(CALENDAR, {
      id: 'bad2',
      attendees: [null, { email: 'x'.repeat(5000) }, { email: '<b>@x' }] as unknown as [],
      extendedProperties: { shared: { 'ck1.crew': 'y'.repeat(5000) } },
    });
    await syncCalendar(kit.client, kit.syncStore, CALENDAR);
    const events = await kit.syncStore.taggedEvents();
    const bad1 = events.find((e) => e.eventId === 'bad1');
    expect(bad1?.tagKeys).toEqual({ 'ck1.crew': '<script>x</script>' });
    expect(bad1?.attendees).toEqual([]);
    // A value longer than Google allows cannot be a tag: the event is kept as untagged.
    expect(events.map((e) => e.eventId).sort()).toEqual(['bad1', 'ok']);
    expect(await kit.syncStore.event(CALENDAR, 'bad2')).toMatchObject({ tagKeys: {} });
  });
});
