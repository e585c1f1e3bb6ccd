// What can go wrong talking to the Calendar API, sorted by what the caller must do about it
// (docs/calendar-api.md, "Concurrency, errors and quotas", seen 2026-12).

export type CalendarErrorKind =
  /** No answer at all (offline, connection dropped): wait in the outbox, try later. */
  | 'offline'
  /** 401 after one new token: the user must sign in again. */
  | 'unauthorized'
  /** 403 rate limits, 429, 5xx, still failing after the backoff: try later. */
  | 'busy'
  /** 403 quotaExceeded: stop and tell the user. */
  | 'quota'
  /** 403 forbidden and friends: this account may not do this. */
  | 'forbidden'
  /** 412 conditionNotMet: someone changed the event; re-read, merge, retry. */
  | 'precondition'
  /** 404 / 410 deleted: the event is gone. */
  | 'gone'
  /** 410 fullSyncRequired on a list: the sync token expired. */
  | 'sync-expired'
  /** 409 duplicate: an insert with this id already happened. */
  | 'duplicate'
  | 'bad-request';

export class CalendarApiError extends Error {
  constructor(
    readonly kind: CalendarErrorKind,
    readonly status: number | undefined,
    readonly reason: string | undefined,
  ) {
    super(`Calendar API ${status ?? 'no answer'}: ${reason ?? kind}`);
    this.name = 'CalendarApiError';
  }

  /** Worth trying again later without the user doing anything. */
  get retryLater(): boolean {
    return this.kind === 'offline' || this.kind === 'busy' || this.kind === 'precondition';
  }
}

const RATE_REASONS = new Set(['rateLimitExceeded', 'userRateLimitExceeded']);

/** The first `errors[].reason` of a Google error body; undefined when the body is not one. */
export function errorReason(body: unknown): string | undefined {
  if (typeof body !== 'object' || body === null) return undefined;
  const error = (body as { error?: unknown }).error;
  if (typeof error !== 'object' || error === null) return undefined;
  const errors = (error as { errors?: unknown }).errors;
  const first = Array.isArray(errors) ? (errors[0] as { reason?: unknown } | undefined) : undefined;
  return typeof first?.reason === 'string' ? first.reason : undefined;
}

/** True when the answer says "slow down / try again shortly" (backoff, then retry). */
export function isTransient(status: number, reason: string | undefined): boolean {
  if (status === 429 || status === 500 || status === 502 || status === 503 || status === 504) {
    return true;
  }
  return status === 403 && reason !== undefined && RATE_REASONS.has(reason);
}

export function kindOf(status: number, reason: string | undefined): CalendarErrorKind {
  if (status === 401) return 'unauthorized';
  if (isTransient(status, reason)) return 'busy';
  if (status === 403) {
    return reason === 'quotaExceeded' || reason === 'dailyLimitExceeded' ? 'quota' : 'forbidden';
  }
  if (status === 412) return 'precondition';
  if (status === 410 && reason === 'fullSyncRequired') return 'sync-expired';
  if (status === 404 || status === 410) return 'gone';
  if (status === 409) return 'duplicate';
  return 'bad-request';
}

/** `Retry-After` in milliseconds (seconds or an HTTP date); undefined when absent or unreadable. */
export function retryAfterMs(header: string | null, now: number): number | undefined {
  if (!header) return undefined;
  const trimmed = header.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const at = Date.parse(trimmed);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}
