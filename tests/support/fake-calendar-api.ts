// A fake Google Calendar API v3, small but honest about the parts Crewkit relies on
// (docs/calendar-api.md, "The API", seen 2026-12): etags that change on every change and
// `If-Match` → 412; `events.list` with `syncToken` (changes only, cancelled included,
// `nextSyncToken` on the last page) and 410 when the token expired; patch merging
// `extendedProperties` per key with `null` deleting; insert with a client id (409 on a repeat) and
// `conferenceData.createRequest` honoured only with `conferenceDataVersion=1`; instances of a
// weekly series; `freeBusy`; 401 for a token it did not issue; and injected faults: 403/429 with
// Retry-After, bursts of 500s, dropped connections before or after a write, latency.
//
// It answers Web `Request`s, so Node tests pass `api.fetch` to the client, and an e2e fixture
// server can mount `api.handle` at www.googleapis.com (none does yet).
import type { calendar_v3 } from '@googleapis/calendar';
import { expandInstances, instanceOf } from './fake-calendar-instances';
import {
  error,
  type Fault,
  faultResponse,
  json,
  patchEvent,
  sortedEntries,
} from './fake-calendar-responses';

export type { Fault };

type Event = calendar_v3.Schema$Event;

export interface FakeCalendarOptions {
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
  latencyMs?: number;
  /** Accept any bearer token (default) or only tokens from `issueToken`. */
  checkTokens?: boolean;
}

export interface LoggedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  status: number | 'dropped';
}

interface Stored {
  event: Event;
  seq: number;
}

const API = '/calendar/v3';

export class FakeCalendarApi {
  readonly requests: LoggedRequest[] = [];
  /** Writes the server committed, per event id: what "never written twice" is checked against. */
  readonly commits: { method: string; eventId: string; changedShared?: boolean }[] = [];
  readonly calendars = new Map<string, Map<string, Stored>>();
  /** Calendars whose free/busy the caller may see (others answer `notFound`). */
  readonly freeBusyVisible = new Set<string>();
  private readonly faults: Fault[] = [];
  private randomFaults?: { rate: number; kinds: Fault[]; next: () => number };
  private readonly tokens = new Set<string>();
  /** Scopes of tokens issued for an OAuth request (tokens issued without are all-powerful). */
  private readonly tokenScopes = new Map<string, string[]>();
  private seq = 0;
  private tokenEpoch = 1;
  private etagCounter = 0;
  private meetCounter = 0;

  constructor(private readonly options: FakeCalendarOptions = {}) {}

  /** Bound, so it can be handed over as `fetch`. */
  readonly fetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> =>
    this.handle(new Request(input, init));

  issueToken(scopes?: string[]): string {
    const token = `fake-token-${this.tokens.size + 1}-${Math.random().toString(36).slice(2)}`;
    this.tokens.add(token);
    if (scopes) this.tokenScopes.set(token, scopes);
    return token;
  }
  revokeToken(token: string): void {
    this.tokens.delete(token);
  }
  /** The next requests fail like this, in order (one fault per request). */
  injectFaults(...faults: Fault[]): void {
    this.faults.push(...faults);
  }
  /** From now on each request fails with probability `rate`, drawn from `kinds`. */
  setRandomFaults(rate: number, kinds: Fault[], next: () => number): void {
    this.randomFaults = { rate, kinds, next };
  }
  clearFaults(): void {
    this.faults.length = 0;
    this.randomFaults = undefined;
  }
  /** Every sync token issued so far answers 410 from now on. */
  expireSyncTokens(): void {
    this.tokenEpoch += 1;
  }

  /** Adds an event as if it had always been there (not logged as a request). */
  seed(calendarId: string, event: Event): Event {
    return this.store(calendarId, { status: 'confirmed', ...event });
  }
  /** Someone else changes an event (a crewmate, or the owner in Calendar): a new etag. */
  editAsSomeoneElse(calendarId: string, eventId: string, change: (event: Event) => Event): Event {
    const current = this.lookup(calendarId, eventId);
    if (!current) throw new Error(`no event ${eventId}`);
    return this.store(calendarId, change(structuredClone(current)));
  }
  event(calendarId: string, eventId: string): Event | undefined {
    return this.lookup(calendarId, eventId);
  }
  /** Stored events of a calendar (series and changed instances; cancelled ones too). */
  events(calendarId: string): Event[] {
    return [...(this.calendars.get(calendarId)?.values() ?? [])].map((s) => s.event);
  }

  async handle(request: Request): Promise<Response> {
    const url = new URL(request.url);
    const entry: LoggedRequest = {
      method: request.method,
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      status: 0,
    };
    this.requests.push(entry);
    if (this.options.latencyMs) await (this.options.sleep ?? delay)(this.options.latencyMs);
    const fault = this.nextFault();
    if (fault?.kind === 'network') {
      entry.status = 'dropped';
      throw new TypeError('Failed to fetch');
    }
    const faulted = fault && fault.kind !== 'lost-response' ? faultResponse(fault) : undefined;
    const response = faulted ?? (await this.route(request, url));
    entry.status = response.status;
    if (fault?.kind === 'lost-response') {
      entry.status = 'dropped';
      throw new TypeError('Failed to fetch');
    }
    return response;
  }

  private nextFault(): Fault | undefined {
    const queued = this.faults.shift();
    if (queued) return queued;
    const random = this.randomFaults;
    if (!random || random.next() >= random.rate) return undefined;
    return random.kinds[Math.floor(random.next() * random.kinds.length)];
  }

  private async route(request: Request, url: URL): Promise<Response> {
    const auth = request.headers.get('authorization') ?? '';
    const token = auth.startsWith('Bearer ') ? auth.slice(7) : '';
    if (!token || (this.options.checkTokens && !this.tokens.has(token))) {
      return error(401, 'authError', 'Invalid Credentials');
    }
    const path = url.pathname;
    if (path === `${API}/freeBusy` && request.method === 'POST') {
      // freebusy.query accepts calendar, calendar.readonly and the two free/busy scopes, not
      // calendar.events (lib/google/free-slots.ts).
      const scopes = this.tokenScopes.get(token);
      const allowed = /\/auth\/calendar(\.readonly|\.freebusy|\.events\.freebusy)?$/;
      if (scopes && !scopes.some((scope) => allowed.test(scope)))
        return error(403, 'insufficientPermissions', 'Request had insufficient scopes.');
      return this.freeBusy(await request.json());
    }
    const match = /^\/calendar\/v3\/calendars\/([^/]+)\/events(?:\/([^/]+))?$/.exec(path);
    if (!match) return error(404, 'notFound', 'Not Found');
    const calendarId = decodeURIComponent(match[1] as string);
    const eventId = match[2] === undefined ? undefined : decodeURIComponent(match[2]);
    const q = url.searchParams;
    if (eventId === undefined && request.method === 'GET') return this.list(calendarId, q);
    if (eventId === undefined && request.method === 'POST') {
      return this.insert(calendarId, await request.json(), q);
    }
    if (eventId === undefined) return error(405, 'badRequest', 'Method not allowed');
    const current = this.lookup(calendarId, eventId);
    if (!current || current.status === 'cancelled') {
      return current
        ? error(410, 'deleted', 'Resource has been deleted')
        : error(404, 'notFound', 'Not Found');
    }
    if (request.method === 'GET') return json(200, current);
    if (request.method !== 'PATCH') return error(405, 'badRequest', 'Method not allowed');
    const ifMatch = request.headers.get('if-match');
    if (ifMatch && ifMatch !== '*' && ifMatch !== current.etag) {
      return error(412, 'conditionNotMet', 'Precondition Failed');
    }
    const stored = this.store(calendarId, patchEvent(current, await request.json()));
    const before = JSON.stringify(sortedEntries(current.extendedProperties?.shared));
    const after = JSON.stringify(sortedEntries(stored.extendedProperties?.shared));
    this.commits.push({ method: 'PATCH', eventId, changedShared: before !== after });
    return json(200, stored);
  }

  private list(calendarId: string, q: URLSearchParams): Response {
    const syncToken = q.get('syncToken');
    let since = 0;
    if (syncToken) {
      const parsed = /^st-(\d+)-(\d+)$/.exec(syncToken);
      if (!parsed || Number(parsed[2]) !== this.tokenEpoch) {
        return error(
          410,
          'fullSyncRequired',
          'Sync token is no longer valid, a full sync is required.',
        );
      }
      since = Number(parsed[1]);
    }
    const all = [...(this.calendars.get(calendarId)?.values() ?? [])]
      .filter((s) => s.seq > since)
      .filter((s) => syncToken || q.get('showDeleted') === 'true' || s.event.status !== 'cancelled')
      .sort((a, b) => a.seq - b.seq)
      .map((s) => s.event);
    const items = q.get('singleEvents') === 'true' ? expandInstances(all, q) : all;
    const page = q.get('pageToken');
    const offset = page ? Number(page.split('-')[1]) : 0;
    const snapshot = page ? Number(page.split('-')[2]) : this.seq;
    const size = Math.min(Number(q.get('maxResults') ?? 250) || 250, 2500);
    const slice = items.slice(offset, offset + size);
    const more = offset + size < items.length;
    return json(200, {
      kind: 'calendar#events',
      items: slice,
      ...(more
        ? { nextPageToken: `p-${offset + size}-${snapshot}` }
        : { nextSyncToken: `st-${snapshot}-${this.tokenEpoch}` }),
    });
  }

  private insert(calendarId: string, body: Event, q: URLSearchParams): Response {
    if (body.id && this.lookup(calendarId, body.id)) {
      return error(409, 'duplicate', 'The requested identifier already exists.');
    }
    if (body.recurrence && !body.start?.timeZone) {
      return error(400, 'missingTimeZone', 'Missing time zone definition for start time.');
    }
    const event: Event = {
      ...body,
      id: body.id ?? `ev${++this.etagCounter}x`,
      status: 'confirmed',
    };
    const create = body.conferenceData?.createRequest;
    if (create && q.get('conferenceDataVersion') === '1') {
      // Meet codes are letters only (xxx-yyyy-zzz): the counter written in a-z.
      const n = ++this.meetCounter;
      const letters = Array.from({ length: 4 }, (_, i) =>
        String.fromCharCode(97 + (Math.floor(n / 26 ** (3 - i)) % 26)),
      ).join('');
      const code = `crw-${letters}-kit`;
      event.hangoutLink = `https://meet.google.com/${code}`;
      event.conferenceData = {
        conferenceId: code,
        conferenceSolution: { key: { type: 'hangoutsMeet' }, name: 'Google Meet' },
        entryPoints: [
          { entryPointType: 'video', uri: event.hangoutLink, label: `meet.google.com/${code}` },
        ],
        createRequest: { ...create, status: { statusCode: 'success' } },
      };
    } else {
      delete event.conferenceData;
    }
    const stored = this.store(calendarId, event);
    this.commits.push({ method: 'POST', eventId: stored.id as string });
    return json(200, stored);
  }

  private freeBusy(body: calendar_v3.Schema$FreeBusyRequest): Response {
    const min = Date.parse(body.timeMin ?? '');
    const max = Date.parse(body.timeMax ?? '');
    const calendars: Record<string, calendar_v3.Schema$FreeBusyCalendar> = {};
    for (const { id } of body.items ?? []) {
      if (!id) continue;
      if (!this.freeBusyVisible.has(id)) {
        calendars[id] = { busy: [], errors: [{ domain: 'global', reason: 'notFound' }] };
        continue;
      }
      const events = expandInstances(this.events(id), new URLSearchParams());
      calendars[id] = {
        busy: events
          .filter((e) => e.status !== 'cancelled' && e.transparency !== 'transparent')
          .map((e) => ({ start: e.start?.dateTime ?? '', end: e.end?.dateTime ?? '' }))
          .filter((b) => Date.parse(b.end) > min && Date.parse(b.start) < max),
      };
    }
    return json(200, {
      kind: 'calendar#freeBusy',
      timeMin: body.timeMin,
      timeMax: body.timeMax,
      calendars,
    });
  }

  private lookup(calendarId: string, eventId: string): Event | undefined {
    const events = this.calendars.get(calendarId);
    const own = events?.get(eventId)?.event;
    if (own || !events) return own;
    return instanceOf(events, eventId);
  }

  private store(calendarId: string, event: Event): Event {
    const events = this.calendars.get(calendarId) ?? new Map<string, Stored>();
    this.calendars.set(calendarId, events);
    const now = new Date(this.options.now?.() ?? Date.now()).toISOString();
    const stored: Event = {
      kind: 'calendar#event',
      ...event,
      etag: `"${++this.etagCounter}"`,
      updated: now,
      created: event.created ?? now,
    };
    events.set(stored.id as string, { event: stored, seq: ++this.seq });
    return structuredClone(stored);
  }
}

const delay = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
