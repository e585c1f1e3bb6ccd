import { describe, expect, it } from 'vitest';
import { CALENDAR, createCalendarKit } from '../../tests/support/calendar-kit';
import { decodeCalendarTag, encodeCalendarTag } from '../core/calendar-tag';
import { syncCalendar } from './sync';
import { writeTag } from './write-tag';

const tuesday = (number: number, host: string) =>
  encodeCalendarTag({ crew: 'Tuesday Crew', number, of: 6, host });

async function syncedKit() {
  const kit = createCalendarKit();
  kit.api.seed(CALENDAR, {
    id: 'ev1',
    summary: 'Crew call',
    extendedProperties: { shared: { 'other.app': 'theirs' } },
  });
  await syncCalendar(kit.client, kit.syncStore, CALENDAR);
  kit.takeRequests();
  return kit;
}

describe('writing a tag', () => {
  it('tags a synced event with one patch guarded by its etag', async () => {
    const kit = await syncedKit();
    const outcome = await writeTag(kit.client, kit.syncStore, {
      calendarId: CALENDAR,
      eventId: 'ev1',
      desired: tuesday(3, 'Chiara'),
      at: kit.clock.now(),
    });
    expect(outcome.outcome).toBe('written');
    expect(kit.takeRequests().map((r) => `${r.method} ${r.status}`)).toEqual(['PATCH 200']);
    const shared = kit.api.event(CALENDAR, 'ev1')?.extendedProperties?.shared;
    expect(shared).toEqual({ 'other.app': 'theirs', ...tuesday(3, 'Chiara') });
    // The new etag is kept: a second change is one request again.
    await writeTag(kit.client, kit.syncStore, {
      calendarId: CALENDAR,
      eventId: 'ev1',
      desired: tuesday(3, 'Ana'),
      at: kit.clock.now(),
    });
    expect(kit.takeRequests().map((r) => `${r.method} ${r.status}`)).toEqual(['PATCH 200']);
  });

  it("on 412 re-reads, keeps the other person's change and retries: two more requests", async () => {
    const kit = await syncedKit();
    kit.api.editAsSomeoneElse(CALENDAR, 'ev1', (e) => ({ ...e, summary: 'Tuesday Crew call' }));
    await writeTag(kit.client, kit.syncStore, {
      calendarId: CALENDAR,
      eventId: 'ev1',
      desired: tuesday(3, 'Chiara'),
      at: kit.clock.now(),
    });
    expect(kit.takeRequests().map((r) => `${r.method} ${r.status}`)).toEqual([
      'PATCH 412',
      'GET 200',
      'PATCH 200',
    ]);
    const event = kit.api.event(CALENDAR, 'ev1');
    expect(event?.summary).toBe('Tuesday Crew call');
    expect(decodeCalendarTag(event?.extendedProperties?.shared)).toMatchObject({
      number: 3,
      host: 'Chiara',
    });
  });

  it("a crewmate's later change of the same session wins over an older intent from the outbox", async () => {
    const kit = await syncedKit();
    const at = kit.clock.now();
    kit.clock.advance(60_000);
    kit.api.editAsSomeoneElse(CALENDAR, 'ev1', (e) => ({
      ...e,
      extendedProperties: { shared: { ...tuesday(3, 'Bo') } },
    }));
    const outcome = await writeTag(kit.client, kit.syncStore, {
      calendarId: CALENDAR,
      eventId: 'ev1',
      desired: tuesday(3, 'Chiara'),
      base: {},
      at,
    });
    expect(outcome.outcome).toBe('unchanged');
    expect(kit.api.event(CALENDAR, 'ev1')?.extendedProperties?.shared?.['ck1.host']).toBe('Bo');
  });

  it('a write whose answer was lost is not written again', async () => {
    const kit = await syncedKit();
    kit.api.injectFaults({ kind: 'lost-response' });
    await writeTag(kit.client, kit.syncStore, {
      calendarId: CALENDAR,
      eventId: 'ev1',
      desired: tuesday(3, 'Chiara'),
      at: kit.clock.now(),
    });
    expect(kit.takeRequests().map((r) => `${r.method} ${r.status}`)).toEqual([
      'PATCH dropped',
      'PATCH 412',
      'GET 200',
    ]);
    expect(kit.api.commits).toEqual([{ method: 'PATCH', eventId: 'ev1', changedShared: true }]);
  });

  it('tags an event never synced (one instance of a series) with a read first', async () => {
    const kit = createCalendarKit();
    kit.api.seed(CALENDAR, {
      id: 'series',
      start: { dateTime: '2026-12-08T18:00:00Z', timeZone: 'Europe/Rome' },
      end: { dateTime: '2026-12-08T19:00:00Z', timeZone: 'Europe/Rome' },
      recurrence: ['RRULE:FREQ=WEEKLY;COUNT=6'],
    });
    await writeTag(kit.client, kit.syncStore, {
      calendarId: CALENDAR,
      eventId: 'series_20261215T180000Z',
      desired: tuesday(2, 'Ana'),
      at: kit.clock.now(),
    });
    expect(kit.takeRequests().map((r) => `${r.method} ${r.status}`)).toEqual([
      'GET 200',
      'PATCH 200',
    ]);
    expect(kit.api.event(CALENDAR, 'series_20261215T180000Z')?.extendedProperties?.shared).toEqual(
      tuesday(2, 'Ana'),
    );
  });

  it('an event deleted meanwhile is reported gone, not retried', async () => {
    const kit = await syncedKit();
    kit.api.editAsSomeoneElse(CALENDAR, 'ev1', (e) => ({ ...e, status: 'cancelled' }));
    const outcome = await writeTag(kit.client, kit.syncStore, {
      calendarId: CALENDAR,
      eventId: 'ev1',
      desired: tuesday(1, 'Ana'),
      at: kit.clock.now(),
    });
    expect(outcome).toEqual({ outcome: 'gone' });
  });
});
