// Answers of the fake Calendar API: Google's error shape, patch semantics, injected faults
// (docs/calendar-api.md, "Concurrency, errors and quotas", seen 2026-12).
import type { calendar_v3 } from '@googleapis/calendar';

type Event = calendar_v3.Schema$Event;

export type Fault =
  | { kind: 'status'; status: 500 | 502 | 503; reason?: string }
  | { kind: 'rate'; status: 403 | 429; retryAfterSeconds?: number }
  | { kind: 'quota' }
  | { kind: 'unauthorized' }
  /** The connection drops before the server acts. */
  | { kind: 'network' }
  /** The server acts, then the connection drops: the client never hears that it worked. */
  | { kind: 'lost-response' };

/** Patch semantics: fields in the body replace; extendedProperties merge per key, null deletes. */
export function patchEvent(current: Event, body: Event): Event {
  const next: Event = { ...structuredClone(current), ...body, id: current.id };
  if (body.extendedProperties) {
    const merged: calendar_v3.Schema$Event['extendedProperties'] = {};
    for (const scope of ['shared', 'private'] as const) {
      const values = { ...(current.extendedProperties?.[scope] ?? {}) };
      for (const [key, value] of Object.entries(body.extendedProperties[scope] ?? {})) {
        if (value === null) delete values[key];
        else if (key.length <= 44) values[key] = String(value).slice(0, 1024);
      }
      if (Object.keys(values).length) merged[scope] = values;
    }
    next.extendedProperties = merged;
  }
  return next;
}

export const sortedEntries = (map: Record<string, string> | undefined) =>
  Object.entries(map ?? {}).sort(([a], [b]) => (a < b ? -1 : 1));

export function faultResponse(fault: Fault): Response {
  switch (fault.kind) {
    case 'status':
      return error(fault.status, fault.reason ?? 'backendError', 'Backend Error');
    case 'rate': {
      const response = error(
        fault.status,
        fault.status === 429 ? 'rateLimitExceeded' : 'userRateLimitExceeded',
        'Rate Limit Exceeded',
      );
      if (fault.retryAfterSeconds !== undefined) {
        response.headers.set('retry-after', String(fault.retryAfterSeconds));
      }
      return response;
    }
    case 'quota':
      return error(403, 'quotaExceeded', 'Calendar usage limits exceeded.');
    default:
      return error(401, 'authError', 'Invalid Credentials');
  }
}

export function json(status: number, value: unknown): Response {
  return new Response(JSON.stringify(value), {
    status,
    headers: { 'content-type': 'application/json; charset=UTF-8' },
  });
}

export function error(status: number, reason: string, message: string): Response {
  return json(status, {
    error: { code: status, message, errors: [{ domain: 'global', reason, message }] },
  });
}
