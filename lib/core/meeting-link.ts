// Recognises the standing call link a crew reuses, so Crewkit knows which calls are the crew's.
// The one meeting-link rule: the Meet code pattern and the Jitsi room rule live here, and the
// site adapters (lib/sites/meet/page-detect.ts, lib/sites/jitsi/page-detect.ts) and the message
// schemas read calls with these same functions.

/**
 * A Meet meeting code, `aaa-bbbb-ccc`: the URL path on meet.google.com and the Calendar API's
 * `conferenceData.conferenceId` (docs/meet-page.md "Meeting code" [W], seen 2026-04).
 */
export const MEET_CODE = /^[a-z]{3}-[a-z]{4}-[a-z]{3}$/;

export const MEET_HOST = 'meet.google.com';

export type MeetingLink =
  | { kind: 'meet'; code: string }
  /** `tenant` only for a self-hosted tenant's room, `https://host/<tenant>/<room>`. */
  | { kind: 'jitsi'; origin: string; room: string; tenant?: string };

/** The segments of a URL path: `/a/b/` is `['a', 'b']`. */
export function pathSegments(pathname: string): string[] {
  return pathname.split('/').filter((segment) => segment !== '');
}

/**
 * The meeting code a Meet path starts with, lowercased (people type codes in capitals), and
 * whether more follows it (`/abc-defg-hij/…`: a page of the meeting, never a standing link).
 */
export function meetCodeOfPath(pathname: string): { code: string; more: boolean } | null {
  const [first, ...rest] = pathSegments(pathname);
  const code = first?.toLowerCase();
  return code !== undefined && MEET_CODE.test(code) ? { code, more: rest.length > 0 } : null;
}

/** Paths on a Jitsi host that are not rooms (its static files). */
const NOT_ROOMS = new Set(['static', 'libs', 'images', 'sounds', 'fonts', 'lang', 'css']);

/**
 * The room of a Jitsi path, `/<room>` or `/<tenant>/<room>` (self-hosted tenants), decoded; null
 * for the welcome page, static files (`/config.js`, `/static/close.html`) and deeper paths. The
 * Jitsi adapter reads call pages and the crew's standing link is read with this same rule.
 */
export function jitsiRoomOfPath(pathname: string): { room: string; tenant?: string } | null {
  const segments = pathSegments(pathname);
  if (segments.length === 0 || segments.length > 2) return null;
  if (NOT_ROOMS.has(segments[0] ?? '')) return null;
  const decoded = segments.map(decodeSegment);
  const room = decoded[decoded.length - 1];
  if (
    decoded.some((segment) => segment === null || segment.trim() === '' || /[\s/]/.test(segment))
  ) {
    return null;
  }
  if (room === null || room === undefined || room.includes('.')) return null;
  const tenant = decoded.length === 2 ? decoded[0] : undefined;
  return tenant ? { room, tenant } : { room };
}
/** People paste links without a scheme ("meet.google.com/abc-defg-hij"); only then we add https. */
const HAS_SCHEME = /^[a-z][a-z0-9+.-]*:/i;

function toUrl(text: string): URL | null {
  const trimmed = text.trim();
  if (trimmed === '' || /\s/.test(trimmed)) return null;
  const withScheme = HAS_SCHEME.test(trimmed) ? trimmed : `https://${trimmed}`;
  try {
    return new URL(withScheme);
  } catch {
    return null;
  }
}

function decodeSegment(segment: string): string | null {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}

/**
 * Reads a Google Meet or Jitsi meeting URL. Returns null for anything else, including Meet's
 * landing and "new meeting" pages, non-https links and links carrying credentials.
 */
export function parseMeetingLink(url: string): MeetingLink | null {
  const parsed = toUrl(url);
  if (parsed === null || parsed.protocol !== 'https:') return null;
  if (parsed.username !== '' || parsed.password !== '') return null;

  if (parsed.hostname === MEET_HOST) {
    const meet = meetCodeOfPath(parsed.pathname);
    return meet && !meet.more ? { kind: 'meet', code: meet.code } : null;
  }
  // Other Google hosts (calendar, accounts) are never a Jitsi room.
  if (parsed.hostname === 'google.com' || parsed.hostname.endsWith('.google.com')) return null;
  // A dotless host ("https://localhost/x", "https://room") is not a public Jitsi server.
  if (!parsed.hostname.includes('.')) return null;

  const jitsi = jitsiRoomOfPath(parsed.pathname);
  return jitsi ? { kind: 'jitsi', origin: parsed.origin, ...jitsi } : null;
}
