// The background's Calendar sync deps with every browser part faked: the fake Calendar API as
// fetch, a fake identity whose auth flow answers like the fake OAuth endpoint, in-memory
// storage areas, recorded alarms, and fresh IndexedDB databases (fake-indexeddb).
import type { IdentityApi } from '../../lib/background/calendar-auth';
import type { CalendarSyncDeps } from '../../lib/background/calendar-sync';
import { openCalendarSyncDb } from '../../lib/background/calendar-sync-store';
import { FakeCalendarApi } from './fake-calendar-api';
import { freshStore } from './store';

let opened = 0;

function area() {
  const values = new Map<string, unknown>();
  return {
    values,
    get: async (key: string) =>
      values.has(key) ? { [key]: structuredClone(values.get(key)) } : {},
    set: async (items: Record<string, unknown>) => {
      for (const [k, v] of Object.entries(items)) values.set(k, structuredClone(v));
    },
    remove: async (key: string) => {
      values.delete(key);
    },
  };
}

export function fakeSyncDeps(
  options: { api?: FakeCalendarApi; identity?: IdentityApi | null } = {},
) {
  const api = options.api ?? new FakeCalendarApi({ checkTokens: true });
  const flows: { url: string; interactive: boolean }[] = [];
  const identity: IdentityApi = options.identity ?? {
    getRedirectURL: () => 'https://abcdefghijklmnop.chromiumapp.org/',
    async launchWebAuthFlow(details) {
      flows.push(details);
      const url = new URL(details.url);
      const token = api.issueToken(url.searchParams.get('scope')?.split(' ') ?? []);
      return `${url.searchParams.get('redirect_uri')}#access_token=${token}&token_type=Bearer&expires_in=3600&state=${url.searchParams.get('state')}`;
    },
  };
  const alarms = new Map<string, { when?: number; periodInMinutes?: number }>();
  let now = Date.parse('2026-12-01T09:00:00.000Z');
  const session = area();
  const local = area();
  opened += 1;
  const deps: CalendarSyncDeps = {
    store: freshStore(),
    db: openCalendarSyncDb(`crewkit-calendar-test-${process.pid}-${opened}`),
    auth: {
      identity: options.identity === null ? undefined : identity,
      session,
      clientId: 'test-client.apps.googleusercontent.com',
      chromeOauth: false,
      firefox: false,
      now: () => now,
      state: () => `state-${flows.length}`,
    },
    local,
    alarms: {
      create: (name, info) => alarms.set(name, info),
      clear: (name) => alarms.delete(name),
    },
    fetch: api.fetch,
    now: () => now,
    random: () => 0.5,
  };
  return { deps, api, flows, alarms, session, local, advance: (ms: number) => (now += ms) };
}
