// Which crew a call belongs to (by the crew's standing meeting link).
import { parseMeetingLink } from './meeting-link';
import type { Crew } from './model';

/** The active crew whose standing link is this call, if any. */
export function crewForCall(
  crews: Crew[],
  call: { meetCode?: string; url?: string },
): Crew | undefined {
  const wanted = call.meetCode
    ? { kind: 'meet' as const, code: call.meetCode }
    : call.url
      ? parseMeetingLink(call.url)
      : null;
  if (!wanted) return undefined;
  return crews.find((crew) => {
    if (crew.archivedAt || !crew.meetingLink) return false;
    const link = parseMeetingLink(crew.meetingLink);
    if (!link || link.kind !== wanted.kind) return false;
    if (link.kind === 'meet' && wanted.kind === 'meet') return link.code === wanted.code;
    if (link.kind === 'jitsi' && wanted.kind === 'jitsi') {
      // Jitsi rooms are case-insensitive; a tenant's room is another call than the same name
      // elsewhere on the host.
      return (
        link.origin === wanted.origin &&
        link.room.toLowerCase() === wanted.room.toLowerCase() &&
        (link.tenant ?? '').toLowerCase() === (wanted.tenant ?? '').toLowerCase()
      );
    }
    return false;
  });
}
