// Which Meet page a URL is (CONVENTIONS.md 4). The URL is the most robust signal Meet offers
// (docs/meet-page.md, "Meeting code" [W], seen 2026-04); the code pattern is the one
// meeting-link rule in lib/core/meeting-link.ts.
import { MEET_HOST, meetCodeOfPath } from '../../core/meeting-link';

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** Any page on Meet's host, meeting or not (the landing page can turn into a call in place). */
export function isMeetUrl(url: string): boolean {
  return parse(url)?.hostname === MEET_HOST;
}

/** The meeting code in a Meet URL, or null for `/`, `/landing`, `/new` and other hosts. */
export function meetingCodeFromUrl(url: string): string | null {
  const parsed = parse(url);
  if (parsed?.hostname !== MEET_HOST) return null;
  return meetCodeOfPath(parsed.pathname)?.code ?? null;
}

export function isMeetingUrl(url: string): boolean {
  return meetingCodeFromUrl(url) !== null;
}
