// Who is in the call, as the round sees them: crew members matched from the call's roster (in
// rotation order, the host first when present), then guests, with absent members set apart.
import { type MemberName, matchRosterToMembers, type RosterName } from './match-names';
import type { Id } from './model';

export interface CallPerson {
  personId: Id;
  name: string;
}

export interface CallPeople {
  /** Crew members present, in crew (rotation) order. */
  members: CallPerson[];
  /** People in the call who are not (recognised as) crew members, in roster order. */
  guests: CallPerson[];
  /** Crew members not in the call: shown as absent, skipped, marked away for the rotation. */
  absent: CallPerson[];
  /** The crew member running this panel, when recognised. */
  selfId?: Id;
}

/**
 * Names read from a web page become plain text the store accepts: angle brackets turn into
 * look-alike quotes (‹ ›), so a display name like `<img src=x>` is kept and shown, never markup.
 * The store refuses markup in every stored string (lib/core/backup-schema.ts).
 */
export function pageTextToPlain(text: string): string {
  return text.replace(/</g, '‹').replace(/>/g, '›').trim().slice(0, 80);
}

/** A stable, store-safe id for a guest from the site's participant id. */
export function guestId(rosterId: string): Id {
  let hash = 0;
  for (const char of rosterId) hash = (Math.imul(hash, 31) + char.charCodeAt(0)) >>> 0;
  return `guest-${hash.toString(36)}`;
}

export function callPeople(
  roster: readonly RosterName[],
  crewMembers: readonly MemberName[],
): CallPeople {
  const match = matchRosterToMembers(roster, crewMembers);
  const presentIds = new Set(match.matched.map((m) => m.memberId));
  const selfRosterId = roster.find((r) => r.isSelf)?.id;
  const selfId = match.matched.find((m) => m.rosterId === selfRosterId)?.memberId;
  const byRosterId = new Map(roster.map((r) => [r.id, r]));
  return {
    members: crewMembers
      .filter((m) => presentIds.has(m.id))
      .map((m) => ({ personId: m.id, name: m.name })),
    guests: match.guests.flatMap((rosterId) => {
      const entry = byRosterId.get(rosterId);
      return entry ? [{ personId: guestId(rosterId), name: pageTextToPlain(entry.name) }] : [];
    }),
    absent: crewMembers
      .filter((m) => !presentIds.has(m.id))
      .map((m) => ({ personId: m.id, name: m.name })),
    ...(selfId ? { selfId } : {}),
  };
}
