// Recognises the standing call link a crew reuses, so Crewkit knows which calls are the crew's.
// Meet code shape from reference/google-meet-dom.md ("Meeting code"): `aaa-bbbb-ccc`.

export type MeetingLink =
  | { kind: 'meet'; code: string }
  | { kind: 'jitsi'; origin: string; room: string };

const MEET_HOST = 'meet.google.com';
const MEET_PATH = /^\/([a-z]{3}-[a-z]{4}-[a-z]{3})\/?$/;
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
    // Meet codes are lowercase; people sometimes type them in capitals.
    const match = MEET_PATH.exec(parsed.pathname.toLowerCase());
    return match?.[1] ? { kind: 'meet', code: match[1] } : null;
  }
  // Other Google hosts (calendar, accounts) are never a Jitsi room.
  if (parsed.hostname === 'google.com' || parsed.hostname.endsWith('.google.com')) return null;
  // A dotless host ("https://localhost/x", "https://room") is not a public Jitsi server.
  if (!parsed.hostname.includes('.')) return null;

  const segments = parsed.pathname.split('/').filter((segment) => segment !== '');
  if (segments.length !== 1 || segments[0] === undefined) return null;
  const room = decodeSegment(segments[0]);
  if (room === null || room.trim() === '' || /[\s/]/.test(room)) return null;
  return { kind: 'jitsi', origin: parsed.origin, room };
}
