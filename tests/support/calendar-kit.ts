// One fake Calendar API with a client, stores and a fake clock wired together, for Node tests
// and the request-count benchmark.
import { type CalendarClient, createCalendarClient } from '../../lib/google/client';
import { createMemoryOutboxStorage, type OutboxStorage } from '../../lib/google/outbox';
import { createMemorySyncStore, type SyncStore } from '../../lib/google/sync-store';
import { FakeCalendarApi, type FakeCalendarOptions, type LoggedRequest } from './fake-calendar-api';
import { createFakeClock, type FakeClock, seededRandom } from './fake-clock';

export const CALENDAR = 'chiara@example.org';

export interface CalendarKit {
  api: FakeCalendarApi;
  clock: FakeClock;
  client: CalendarClient;
  syncStore: SyncStore;
  outbox: OutboxStorage;
  random: () => number;
  /** Requests the API saw since the last call (and resets the count). */
  takeRequests(): LoggedRequest[];
}

export function createCalendarKit(
  options: { seed?: number; api?: FakeCalendarOptions; maxAttempts?: number } = {},
): CalendarKit {
  const clock = createFakeClock();
  const api = new FakeCalendarApi({
    now: clock.now,
    sleep: clock.sleep,
    checkTokens: true,
    ...options.api,
  });
  let token = api.issueToken();
  const random = seededRandom(options.seed ?? 1);
  const client = createCalendarClient({
    fetch: api.fetch,
    clock,
    random,
    ...(options.maxAttempts ? { maxAttempts: options.maxAttempts } : {}),
    token: {
      get: async () => token,
      refresh: async (rejected) => {
        api.revokeToken(rejected);
        token = api.issueToken();
        return token;
      },
    },
  });
  let seen = 0;
  return {
    api,
    clock,
    client,
    random,
    syncStore: createMemorySyncStore(),
    outbox: createMemoryOutboxStorage(),
    takeRequests() {
      const taken = api.requests.slice(seen);
      seen = api.requests.length;
      return taken;
    },
  };
}
