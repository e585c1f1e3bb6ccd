// The Calendar v3 REST client: `fetch` with a bearer token, nothing else (gapi.js is remote code
// and the npm clients are Node-only; docs/calendar-api.md, "The API", seen 2026-12).
// Everything it needs arrives injected (fetch, clock, token, randomness) so Node tests drive it
// against tests/support/fake-calendar-api.ts with exact timings.
//
// One request: 401 → drop the token and get a new one, once; 403 rate limits, 429 and 5xx →
// exponential backoff with jitter, never shorter than `Retry-After`; no answer at all → the same
// backoff (a dropped connection is usually a blip). Anything else is thrown as a
// CalendarApiError whose `kind` says what the caller must do.
import type { calendar_v3 } from '@googleapis/calendar';
import { CalendarApiError, errorReason, isTransient, kindOf, retryAfterMs } from './errors';

export interface Clock {
  now(): number;
  sleep(ms: number): Promise<void>;
}

export interface TokenSource {
  /** A token for the `calendar.events` scope (cached; never interactive). */
  get(): Promise<string>;
  /** Forget `rejected` (Google said 401) and return a fresh one; throws when signed out. */
  refresh(rejected: string): Promise<string>;
}

export interface CalendarClientOptions {
  fetch: typeof fetch;
  token: TokenSource;
  clock: Clock;
  /** 0 ≤ x < 1; Math.random in production, seeded in tests. */
  random?: () => number;
  baseUrl?: string;
  /** Attempts per request for transient failures (the first try included). */
  maxAttempts?: number;
  backoffBaseMs?: number;
  backoffCapMs?: number;
}

export const CALENDAR_API_BASE = 'https://www.googleapis.com/calendar/v3';
/** The optional host permission the options page asks for when sync is turned on. */
export const GOOGLE_API_ORIGIN = 'https://www.googleapis.com/*';

export interface RequestOptions {
  query?: Record<string, string | number | boolean | undefined>;
  body?: unknown;
  ifMatch?: string;
}

/**
 * An event resource as the Calendar API sends it (types only, from `@googleapis/calendar`). Not
 * Crewkit's CalendarEvent (lib/core/calendar-event.ts), which is what a crew session knows of it.
 */
export type GoogleEvent = calendar_v3.Schema$Event;

export interface ListEventsQuery {
  syncToken?: string;
  pageToken?: string;
  maxResults?: number;
  singleEvents?: boolean;
  showDeleted?: boolean;
  timeMin?: string;
  timeMax?: string;
}

export interface InsertOptions {
  /** `1` is required for `conferenceData.createRequest` to make a Meet link. */
  conferenceDataVersion?: 0 | 1;
  sendUpdates?: 'all' | 'externalOnly' | 'none';
}

export function createCalendarClient(options: CalendarClientOptions) {
  const {
    clock,
    token,
    random = Math.random,
    baseUrl = CALENDAR_API_BASE,
    maxAttempts = 6,
    backoffBaseMs = 1000,
    backoffCapMs = 32_000,
  } = options;
  // Called unbound: a `fetch` kept as a method throws "Illegal invocation" in browsers.
  const doFetch = options.fetch;

  /** Full jitter between half and all of base·2^attempt, capped; Retry-After is a floor. */
  const backoff = (attempt: number, floorMs: number | undefined) => {
    const ceiling = Math.min(backoffCapMs, backoffBaseMs * 2 ** attempt);
    return Math.max(floorMs ?? 0, Math.round(ceiling * (0.5 + random() / 2)));
  };

  async function request<T>(method: string, path: string, opts: RequestOptions = {}): Promise<T> {
    const url = new URL(`${baseUrl}${path}`);
    for (const [key, value] of Object.entries(opts.query ?? {})) {
      if (value !== undefined) url.searchParams.set(key, String(value));
    }
    let bearer = await token.get();
    let refreshed = false;
    for (let attempt = 0; ; attempt += 1) {
      const headers: Record<string, string> = { authorization: `Bearer ${bearer}` };
      if (opts.body !== undefined) headers['content-type'] = 'application/json';
      if (opts.ifMatch) headers['if-match'] = opts.ifMatch;
      let response: Response;
      try {
        response = await doFetch(url.toString(), {
          method,
          headers,
          ...(opts.body === undefined ? {} : { body: JSON.stringify(opts.body) }),
        });
      } catch {
        if (attempt + 1 >= maxAttempts) throw new CalendarApiError('offline', undefined, undefined);
        await clock.sleep(backoff(attempt, undefined));
        continue;
      }
      if (response.ok) return (await response.json()) as T;
      const body: unknown = await response.json().catch(() => undefined);
      const reason = errorReason(body);
      if (response.status === 401 && !refreshed) {
        refreshed = true;
        bearer = await token.refresh(bearer);
        attempt -= 1; // a new token is not a backoff step
        continue;
      }
      if (isTransient(response.status, reason) && attempt + 1 < maxAttempts) {
        await clock.sleep(
          backoff(attempt, retryAfterMs(response.headers.get('retry-after'), clock.now())),
        );
        continue;
      }
      throw new CalendarApiError(kindOf(response.status, reason), response.status, reason);
    }
  }

  const events = (calendarId: string, eventId?: string) =>
    `/calendars/${encodeURIComponent(calendarId)}/events${eventId === undefined ? '' : `/${encodeURIComponent(eventId)}`}`;

  return {
    request,
    listEvents: (calendarId: string, query: ListEventsQuery = {}) =>
      request<calendar_v3.Schema$Events>('GET', events(calendarId), { query: { ...query } }),
    getEvent: (calendarId: string, eventId: string) =>
      request<GoogleEvent>('GET', events(calendarId, eventId)),
    patchEvent: (calendarId: string, eventId: string, body: GoogleEvent, ifMatch?: string) =>
      request<GoogleEvent>('PATCH', events(calendarId, eventId), {
        body,
        ...(ifMatch ? { ifMatch } : {}),
      }),
    insertEvent: (calendarId: string, body: GoogleEvent, insert: InsertOptions = {}) =>
      request<GoogleEvent>('POST', events(calendarId), { body, query: { ...insert } }),
    freeBusy: (body: calendar_v3.Schema$FreeBusyRequest) =>
      request<calendar_v3.Schema$FreeBusyResponse>('POST', '/freeBusy', { body }),
  };
}

export type CalendarClient = ReturnType<typeof createCalendarClient>;
