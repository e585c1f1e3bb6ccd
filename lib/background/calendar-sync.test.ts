import { describe, expect, it } from 'vitest';
import { fakeSyncDeps } from '../../tests/support/calendar-sync-deps';
import { decodeCalendarTag, encodeCalendarTag } from '../core/calendar-tag';
import { adoptSharedCrew, sharedBadges, sharedCrews } from './calendar-shared';
import {
  calendarSyncStatus,
  OUTBOX_ALARM,
  onCalendarAlarm,
  queueSharedTag,
  runSync,
  SYNC_ALARM,
  turnSyncOff,
  turnSyncOn,
} from './calendar-sync';

const crewEvent = {
  id: 'crew1',
  summary: 'Tuesday Crew',
  start: { dateTime: '2026-12-08T18:00:00Z' },
  end: { dateTime: '2026-12-08T19:00:00Z' },
  organizer: { email: 'chiara@example.org' },
  attendees: [
    { email: 'ana@example.org', displayName: 'Ana' },
    { email: 'chiara@example.org', displayName: 'Chiara' },
    { email: 'bo@example.org' },
  ],
  extendedProperties: {
    shared: encodeCalendarTag({ crew: 'Tuesday Crew', number: 3, of: 6, host: 'Chiara' }),
  },
};

describe('Calendar sync in the background', () => {
  it('is off until turned on; turning on signs in through the web auth flow and syncs', async () => {
    const { deps, api, flows, alarms } = fakeSyncDeps();
    api.seed('primary', crewEvent);
    expect(await calendarSyncStatus(deps)).toMatchObject({
      configured: true,
      enabled: false,
      signedIn: false,
    });
    const status = await turnSyncOn(deps);
    expect(status).toMatchObject({ enabled: true, signedIn: true, waiting: 0 });
    expect(status.lastSyncAt).toBeDefined();
    const auth = new URL(flows[0]?.url ?? '');
    expect(flows[0]?.interactive).toBe(true);
    expect(auth.origin + auth.pathname).toBe('https://accounts.google.com/o/oauth2/v2/auth');
    expect(auth.searchParams.get('scope')).toBe('https://www.googleapis.com/auth/calendar.events');
    expect(auth.searchParams.get('response_type')).toBe('token');
    expect(auth.searchParams.get('redirect_uri')).toBe('https://abcdefghijklmnop.chromiumapp.org/');
    expect(alarms.get(SYNC_ALARM)).toEqual({ periodInMinutes: 15 });
    expect(await sharedBadges(deps, [{ eventId: 'crew1' }])).toEqual([
      { eventId: 'crew1', crew: 'Tuesday Crew', number: 3, of: 6, host: 'Chiara' },
    ]);
  });

  it('without the identity permission, sync stays off and says why', async () => {
    const { deps } = fakeSyncDeps({ identity: null });
    expect(await turnSyncOn(deps)).toMatchObject({ enabled: false, problem: 'no-permission' });
  });

  it('signing out forgets the token and what was synced; tags written stay on the event', async () => {
    const { deps, api, alarms, session } = fakeSyncDeps();
    api.seed('primary', { id: 'ev1', summary: 'Crew' });
    await turnSyncOn(deps);
    await queueSharedTag(deps, {
      eventId: 'ev1',
      desired: encodeCalendarTag({ crew: 'Tuesday Crew', number: 1 }),
    });
    const status = await turnSyncOff(deps);
    expect(status).toMatchObject({ enabled: false, signedIn: false });
    expect(session.values.size).toBe(0);
    expect(alarms.has(SYNC_ALARM)).toBe(false);
    expect(await sharedBadges(deps, [{ eventId: 'ev1' }])).toEqual([]);
    expect(
      decodeCalendarTag(api.event('primary', 'ev1')?.extendedProperties?.shared),
    ).toMatchObject({ number: 1 });
    // No more requests once off.
    const before = api.requests.length;
    await onCalendarAlarm(deps, SYNC_ALARM);
    await runSync(deps);
    expect(api.requests.length).toBe(before);
  });

  it('a write made offline waits, and the outbox alarm sends it in a later worker', async () => {
    const { deps, api, alarms, advance } = fakeSyncDeps();
    api.seed('primary', { id: 'ev1', summary: 'Crew' });
    await turnSyncOn(deps);
    api.setRandomFaults(1, [{ kind: 'network' }], () => 0);
    const desired = encodeCalendarTag({ crew: 'Tuesday Crew', number: 2, host: 'Bo' });
    // The client retries a dropped connection after a backoff; make it instant for the test.
    const realSetTimeout = globalThis.setTimeout;
    globalThis.setTimeout = ((fn: () => void) => realSetTimeout(fn, 0)) as typeof setTimeout;
    try {
      await queueSharedTag(deps, { eventId: 'ev1', desired });
    } finally {
      globalThis.setTimeout = realSetTimeout;
    }
    expect(await calendarSyncStatus(deps)).toMatchObject({ waiting: 1 });
    const when = alarms.get(OUTBOX_ALARM)?.when ?? 0;
    expect(when).toBeGreaterThan(deps.now());
    api.clearFaults();
    advance(when - deps.now());
    await onCalendarAlarm(deps, OUTBOX_ALARM);
    expect(await calendarSyncStatus(deps)).toMatchObject({ waiting: 0 });
    expect(api.event('primary', 'ev1')?.extendedProperties?.shared).toEqual(desired);
  });

  it('finds the crew of a crewmate and adopts it with the people of the event', async () => {
    const { deps, api } = fakeSyncDeps();
    api.seed('primary', crewEvent);
    await turnSyncOn(deps);
    expect(await sharedCrews(deps)).toEqual([
      {
        name: 'Tuesday Crew',
        eventId: 'crew1',
        plannedSessions: 6,
        people: [
          { email: 'ana@example.org', name: 'Ana' },
          { email: 'chiara@example.org', name: 'Chiara' },
          { email: 'bo@example.org' },
        ],
      },
    ]);
    const crewId = await adoptSharedCrew(deps, 'crew1');
    const crew = (await (await deps.store).listCrews()).find((c) => c.id === crewId);
    expect(crew?.name).toBe('Tuesday Crew');
    expect(crew?.members.map((m) => [m.name, m.email])).toEqual([
      ['Ana', 'ana@example.org'],
      ['Chiara', 'chiara@example.org'],
      ['bo', 'bo@example.org'],
    ]);
    expect(crew?.members.find((m) => m.id === crew.callerId)?.name).toBe('Chiara');
    expect(await sharedCrews(deps)).toEqual([]);
    expect(await adoptSharedCrew(deps, 'crew1')).toBeNull();
  });
});
