import { describe, expect, it } from 'vitest';
import { CALENDAR, createCalendarKit } from '../../tests/support/calendar-kit';
import { CalendarApiError } from './errors';

const seedOne = (kit: ReturnType<typeof createCalendarKit>) =>
  kit.api.seed(CALENDAR, {
    id: 'ev1',
    summary: 'Tuesday Crew',
    start: { dateTime: '2026-12-08T18:00:00Z' },
  });

describe('Calendar client', () => {
  it('reads an event with one request and the bearer token', async () => {
    const kit = createCalendarKit();
    seedOne(kit);
    const event = await kit.client.getEvent(CALENDAR, 'ev1');
    expect(event.summary).toBe('Tuesday Crew');
    expect(kit.takeRequests()).toEqual([
      {
        method: 'GET',
        path: `/calendar/v3/calendars/${encodeURIComponent(CALENDAR)}/events/ev1`,
        query: {},
        status: 200,
      },
    ]);
  });

  it('on 401 gets a new token once and retries; a second 401 means signed out', async () => {
    const kit = createCalendarKit();
    seedOne(kit);
    kit.api.injectFaults({ kind: 'unauthorized' });
    await expect(kit.client.getEvent(CALENDAR, 'ev1')).resolves.toMatchObject({ id: 'ev1' });
    expect(kit.takeRequests().map((r) => r.status)).toEqual([401, 200]);
    expect(kit.clock.sleeps).toEqual([]);

    kit.api.injectFaults({ kind: 'unauthorized' }, { kind: 'unauthorized' });
    const failure = await kit.client.getEvent(CALENDAR, 'ev1').catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(CalendarApiError);
    expect((failure as CalendarApiError).kind).toBe('unauthorized');
    expect(kit.takeRequests().map((r) => r.status)).toEqual([401, 401]);
  });

  it('backs off exponentially with jitter through a burst of 500s', async () => {
    const kit = createCalendarKit();
    seedOne(kit);
    kit.api.injectFaults(
      ...Array.from({ length: 4 }, () => ({ kind: 'status', status: 500 }) as const),
    );
    await kit.client.getEvent(CALENDAR, 'ev1');
    expect(kit.takeRequests().map((r) => r.status)).toEqual([500, 500, 500, 500, 200]);
    const [a, b, c, d] = kit.clock.sleeps as [number, number, number, number];
    // Between half and all of 1 s, 2 s, 4 s, 8 s.
    expect(a).toBeGreaterThanOrEqual(500);
    expect(a).toBeLessThanOrEqual(1000);
    expect(b).toBeGreaterThanOrEqual(1000);
    expect(b).toBeLessThanOrEqual(2000);
    expect(c).toBeGreaterThanOrEqual(2000);
    expect(c).toBeLessThanOrEqual(4000);
    expect(d).toBeGreaterThanOrEqual(4000);
    expect(d).toBeLessThanOrEqual(8000);
  });

  it('waits at least Retry-After on 429 and on 403 rate limits', async () => {
    const kit = createCalendarKit();
    seedOne(kit);
    kit.api.injectFaults(
      { kind: 'rate', status: 429, retryAfterSeconds: 7 },
      { kind: 'rate', status: 403, retryAfterSeconds: 20 },
    );
    await kit.client.getEvent(CALENDAR, 'ev1');
    expect(kit.clock.sleeps).toEqual([7000, 20_000]);
  });

  it('gives up after the last attempt and says the API is busy', async () => {
    const kit = createCalendarKit({ maxAttempts: 3 });
    seedOne(kit);
    kit.api.injectFaults(
      ...Array.from({ length: 3 }, () => ({ kind: 'status', status: 503 }) as const),
    );
    const failure = (await kit.client
      .getEvent(CALENDAR, 'ev1')
      .catch((e: unknown) => e)) as CalendarApiError;
    expect(failure.kind).toBe('busy');
    expect(failure.retryLater).toBe(true);
    expect(kit.takeRequests()).toHaveLength(3);
  });

  it('stops at once on quotaExceeded, 404 and 412', async () => {
    const kit = createCalendarKit();
    seedOne(kit);
    kit.api.injectFaults({ kind: 'quota' });
    const quota = (await kit.client
      .getEvent(CALENDAR, 'ev1')
      .catch((e: unknown) => e)) as CalendarApiError;
    expect([quota.kind, quota.retryLater]).toEqual(['quota', false]);
    const gone = (await kit.client
      .getEvent(CALENDAR, 'nope')
      .catch((e: unknown) => e)) as CalendarApiError;
    expect(gone.kind).toBe('gone');
    const stale = (await kit.client
      .patchEvent(CALENDAR, 'ev1', { summary: 'x' }, '"stale"')
      .catch((e: unknown) => e)) as CalendarApiError;
    expect(stale.kind).toBe('precondition');
    expect(kit.takeRequests()).toHaveLength(3);
    expect(kit.clock.sleeps).toEqual([]);
  });

  it('retries a dropped connection, then reports offline', async () => {
    const kit = createCalendarKit({ maxAttempts: 2 });
    seedOne(kit);
    kit.api.injectFaults({ kind: 'network' });
    await expect(kit.client.getEvent(CALENDAR, 'ev1')).resolves.toMatchObject({ id: 'ev1' });
    kit.api.injectFaults({ kind: 'network' }, { kind: 'network' });
    const failure = (await kit.client
      .getEvent(CALENDAR, 'ev1')
      .catch((e: unknown) => e)) as CalendarApiError;
    expect(failure.kind).toBe('offline');
  });
});
