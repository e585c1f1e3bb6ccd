// Which Jitsi page a URL is. meet.jit.si is built in; self-hosted origins are those the user
// added in options (Settings.jitsiOrigins), each granted as a host permission at that moment.

export const JITSI_PUBLIC_ORIGIN = 'https://meet.jit.si';

/** Paths on a Jitsi host that are not rooms. */
const NOT_ROOMS = new Set(['static', 'libs', 'images', 'sounds', 'fonts', 'lang', 'css']);

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

export function isJitsiUrl(
  url: string,
  origins: readonly string[] = [JITSI_PUBLIC_ORIGIN],
): boolean {
  const parsed = parse(url);
  return parsed !== null && origins.some((origin) => parse(origin)?.origin === parsed.origin);
}

/**
 * The room name from `/<room>` or `/<tenant>/<room>`, lowercased because Jitsi treats room names
 * case-insensitively (a crew's saved link and the live URL may differ in case). Null for the
 * welcome page, static files and other origins.
 */
export function roomFromUrl(
  url: string,
  origins: readonly string[] = [JITSI_PUBLIC_ORIGIN],
): string | null {
  if (!isJitsiUrl(url, origins)) return null;
  const segments = (parse(url)?.pathname ?? '/').split('/').filter((segment) => segment !== '');
  if (segments.length === 0 || segments.length > 2) return null;
  if (NOT_ROOMS.has(segments[0] ?? '')) return null;
  const room = segments[segments.length - 1] ?? '';
  if (room.includes('.')) return null; // a file such as config.js or close.html
  try {
    return decodeURIComponent(room).toLowerCase();
  } catch {
    return null;
  }
}
