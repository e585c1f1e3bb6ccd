import { describe, expect, it } from 'vitest';
import { CALENDAR, createCalendarKit } from '../../tests/support/calendar-kit';
import { encodeCalendarTag } from '../core/calendar-tag';
import { drainOutbox, enqueueTag } from './outbox';
import { syncCalendar } from './sync';

const tuesday = (number: number, host: string) =>
  encodeCalendarTag({ crew: 'Tuesday Crew', number, of: 6, host });

async function kitWithEvents(...ids: string[]) {
  const kit = createCalendarKit({ maxAttempts: 2 });
  for (const id of ids) kit.api.seed(CALENDAR, { id, summary: id });
  await syncCalendar(kit.client, kit.syncStore, CALENDAR);
  kit.takeRequests();
  return kit;
}

const drain = (kit: Awaited<ReturnType<typeof kitWithEvents>>) =>
  drainOutbox({
    storage: kit.outbox,
    client: kit.client,
    syncStore: kit.syncStore,
    clock: kit.clock,
    random: kit.random,
  });

const sharedOf = (kit: Awaited<ReturnType<typeof kitWithEvents>>, id: string) =>
  kit.api.event(CALENDAR, id)?.extendedProperties?.shared;

describe('outbox', () => {
  it('keeps a write made offline and sends it once the network is back', async () => {
    const kit = await kitWithEvents('ev1', 'ev2');
    await enqueueTag(kit.outbox, {
      calendarId: CALENDAR,
      eventId: 'ev1',
      desired: tuesday(1, 'Ana'),
      base: {},
      at: kit.clock.now(),
    });
    await enqueueTag(kit.outbox, {
      calendarId: CALENDAR,
      eventId: 'ev2',
      desired: tuesday(2, 'Bo'),
      base: {},
      at: kit.clock.now(),
    });
    kit.api.injectFaults({ kind: 'network' }, { kind: 'network' });
    const offline = await drain(kit);
    expect(offline).toMatchObject({ written: 0, waiting: 2, stopped: 'offline' });
    expect(offline.nextAttemptAt).toBeGreaterThan(kit.clock.now());
    expect(sharedOf(kit, 'ev1')).toBeUndefined();

    kit.clock.advance((offline.nextAttemptAt ?? 0) - kit.clock.now());
    expect(await drain(kit)).toMatchObject({ written: 2, waiting: 0 });
    expect(sharedOf(kit, 'ev1')).toEqual(tuesday(1, 'Ana'));
    expect(sharedOf(kit, 'ev2')).toEqual(tuesday(2, 'Bo'));
  });

  it('a second change to the same event replaces the first: one write, the last intent', async () => {
    const kit = await kitWithEvents('ev1');
    await enqueueTag(kit.outbox, {
      calendarId: CALENDAR,
      eventId: 'ev1',
      desired: tuesday(1, 'Ana'),
      base: {},
      at: 1,
    });
    await enqueueTag(kit.outbox, {
      calendarId: CALENDAR,
      eventId: 'ev1',
      desired: tuesday(1, 'Bo'),
      base: tuesday(1, 'Ana'),
      at: 2,
    });
    expect(await kit.outbox.all()).toHaveLength(1);
    expect((await kit.outbox.all())[0]?.intent.base).toEqual({});
    await drain(kit);
    expect(kit.takeRequests()).toHaveLength(1);
    expect(sharedOf(kit, 'ev1')).toEqual(tuesday(1, 'Bo'));
  });

  it('an intent made while its event was being written is kept and sent next', async () => {
    const kit = await kitWithEvents('ev1');
    await enqueueTag(kit.outbox, {
      calendarId: CALENDAR,
      eventId: 'ev1',
      desired: tuesday(1, 'Ana'),
      base: {},
      at: 1,
    });
    // The user changes the host while the first patch is on the wire.
    const original = kit.api.handle.bind(kit.api);
    let once = true;
    kit.api.handle = async (request) => {
      const response = await original(request);
      if (once && request.method === 'PATCH') {
        once = false;
        await enqueueTag(kit.outbox, {
          calendarId: CALENDAR,
          eventId: 'ev1',
          desired: tuesday(1, 'Bo'),
          base: tuesday(1, 'Ana'),
          at: 2,
        });
      }
      return response;
    };
    expect(await drain(kit)).toMatchObject({ written: 1, waiting: 1 });
    expect(await drain(kit)).toMatchObject({ written: 1, waiting: 0 });
    expect(sharedOf(kit, 'ev1')).toEqual(tuesday(1, 'Bo'));
  });

  it('keeps a write Google refuses for good, without retrying it, until a new intent', async () => {
    const kit = await kitWithEvents('ev1');
    kit.api.editAsSomeoneElse(CALENDAR, 'ev1', (e) => e); // stale etag → one 412 round
    const original = kit.api.handle.bind(kit.api);
    kit.api.handle = async (request) =>
      request.method === 'PATCH'
        ? new Response(
            JSON.stringify({
              error: { code: 403, errors: [{ reason: 'forbiddenForNonOrganizer' }] },
            }),
            { status: 403 },
          )
        : original(request);
    await enqueueTag(kit.outbox, {
      calendarId: CALENDAR,
      eventId: 'ev1',
      desired: tuesday(1, 'Ana'),
      base: {},
      at: 1,
    });
    expect(await drain(kit)).toMatchObject({ written: 0, waiting: 1 });
    expect((await kit.outbox.all())[0]).toMatchObject({ blocked: true, lastError: 'forbidden' });
    kit.takeRequests();
    await drain(kit);
    expect(kit.takeRequests()).toHaveLength(0);
  });

  it('stops when signed out and keeps everything for after the next sign-in', async () => {
    const kit = await kitWithEvents('ev1');
    await enqueueTag(kit.outbox, {
      calendarId: CALENDAR,
      eventId: 'ev1',
      desired: tuesday(1, 'Ana'),
      base: {},
      at: 1,
    });
    kit.api.injectFaults({ kind: 'unauthorized' }, { kind: 'unauthorized' });
    expect(await drain(kit)).toMatchObject({ stopped: 'signed-out', waiting: 1 });
    expect(await drain(kit)).toMatchObject({ written: 1, waiting: 0 });
  });

  it('drops a write for an event that was deleted', async () => {
    const kit = await kitWithEvents('ev1');
    kit.api.editAsSomeoneElse(CALENDAR, 'ev1', (e) => ({ ...e, status: 'cancelled' }));
    await enqueueTag(kit.outbox, {
      calendarId: CALENDAR,
      eventId: 'ev1',
      desired: tuesday(1, 'Ana'),
      base: {},
      at: 1,
    });
    expect(await drain(kit)).toMatchObject({ gone: 1, waiting: 0 });
  });
});
