// Which Jitsi page a URL is. meet.jit.si is built in; self-hosted origins are those the user
// added in options (Settings.jitsiOrigins), each granted as a host permission at that moment.

import { jitsiRoomOfPath } from '../../core/meeting-link';

export const JITSI_PUBLIC_ORIGIN = 'https://meet.jit.si';

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
 * The room from `/<room>` or `/<tenant>/<room>` (lib/core/meeting-link.ts, the rule a crew's
 * standing link is read with), lowercased because Jitsi treats room names case-insensitively (a
 * crew's saved link and the live URL may differ in case); a tenant's room is `tenant/room`, since
 * the same room name under two tenants is two calls. Null for the welcome page, static files and
 * other origins.
 */
export function roomFromUrl(
  url: string,
  origins: readonly string[] = [JITSI_PUBLIC_ORIGIN],
): string | null {
  if (!isJitsiUrl(url, origins)) return null;
  const jitsi = jitsiRoomOfPath(parse(url)?.pathname ?? '/');
  if (jitsi === null) return null;
  return (jitsi.tenant ? `${jitsi.tenant}/${jitsi.room}` : jitsi.room).toLowerCase();
}
