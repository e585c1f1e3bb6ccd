// Hand edits to a series' rotation: swapping two planned hosts, marking someone away, handing a
// pinned session back. planRotation (rotation.ts) reads the result.
import type { Id, Session } from './model';
import type { Assignment, RotationSession } from './rotation';

/**
 * Swaps the hosts the plan gives two planned sessions by pinning each to the other's host.
 * Returns the sessions unchanged when either session has no planned host.
 */
export function swapHosts<T extends RotationSession>(
  sessions: T[],
  assignments: Assignment[],
  sessionIdA: Id,
  sessionIdB: Id,
): T[] {
  const hostOf = (id: Id) => assignments.find((a) => a.sessionId === id)?.hostId;
  const [hostA, hostB] = [hostOf(sessionIdA), hostOf(sessionIdB)];
  if (sessionIdA === sessionIdB || hostA === undefined || hostB === undefined) return sessions;
  return sessions.map((session) => {
    if (session.id === sessionIdA) {
      return { ...session, pinnedHostId: hostB, swappedWithSessionId: sessionIdB };
    }
    if (session.id === sessionIdB) {
      return { ...session, pinnedHostId: hostA, swappedWithSessionId: sessionIdA };
    }
    return session;
  });
}

/** Marks a member away for a session (or back); the rotation skips them there. */
export function markAway<T extends Session>(session: T, memberId: Id, away: boolean): T {
  const others = session.awayIds.filter((id) => id !== memberId);
  return { ...session, awayIds: away ? [...others, memberId] : others };
}

/** Hands a session back to the rotation. */
export function clearPin<T extends RotationSession>(session: T): T {
  const { pinnedHostId: _pin, swappedWithSessionId: _swap, ...rest } = session;
  return rest as T;
}
