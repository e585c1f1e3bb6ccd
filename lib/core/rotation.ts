// Who hosts each planned session of a series, and who holds each rotating role (timekeeper, ...).
//
// The rule, for the host and for each role separately: the turn goes to the present member whose
// standing is oldest. Standing is the position of one's last turn; members there from the start
// who have never had a turn come first, in crew order starting from the caller. A cycle ends
// once every active member has had a turn since it began; a member who joins mid-series stands
// just before the current cycle began, so they go after everyone still owed a turn in this cycle
// and before anyone's second turn. From this follow round-robin (n sessions with nobody away:
// each of n members once), "away on your turn: you go first at the next session you attend",
// and joiners waiting their turn. rotation.property.test.ts restates the rule and checks it.
// Hand-made choices override it: a pinned host or role holder, whoever actually hosted a held
// session, and swaps (the two members exchange places in the round).
import { isActiveAt } from './crew';
import type { Crew, Id, Member, RoleName, Session } from './model';
import {
  absentAt,
  arrive,
  type Context,
  longestWaiting,
  newTurns,
  presentAt,
  priority,
  type Turns,
  takeTurn,
} from './rotation-turns';

export type RotationReasonCode =
  | 'caller-opens'
  | 'not-hosted-yet'
  | 'back-after-away'
  | 'longest-since-hosting'
  | 'pinned'
  | 'swapped'
  | 'joined-recently-waits'
  | 'nobody-available'
  | 'first-time-in-role'
  | 'longest-since-role'
  | 'only-host-available';

export interface RotationReason {
  code: RotationReasonCode;
  /** The role a role reason is about. */
  role?: RoleName;
  /** The member a note is about ('joined-recently-waits'). */
  memberId?: Id;
  /** For 'swapped': the index of the session this one swapped hosts with. */
  swappedWithSessionIndex?: number;
}

/** A session as the rotation reads it (`swappedWithSessionId` is set by `swapHosts`). */
export type RotationSession = Session;

export interface RoleAssignment {
  memberId: Id | undefined;
  reason: RotationReason;
}

export interface Assignment {
  sessionId: Id;
  hostId: Id | undefined;
  hostReason: RotationReason;
  roles: Record<RoleName, RoleAssignment>;
  /** Informational notes for the UI, e.g. who joined recently and is waiting for a turn. */
  notes: RotationReason[];
}

/**
 * Members present from the first session, rotated to start at the caller (or at the member a
 * continued series opens with), then later joiners.
 */
function rotationOrder(
  crew: Crew,
  firstStart: string,
  opensWithId: Id,
): { roster: Id[]; joiners: Id[] } {
  const count = crew.members.length;
  const callerAt = Math.max(
    0,
    crew.members.findIndex((m) => m.id === opensWithId),
  );
  const fromCaller = crew.members.map((_, i) => crew.members[(callerAt + i) % count] as Member);
  const joinedLater = (m: Member) => Date.parse(m.joinedAt) > Date.parse(firstStart);
  return {
    roster: fromCaller.filter((m) => !joinedLater(m) && isActiveAt(m, firstStart)).map((m) => m.id),
    joiners: crew.members.filter(joinedLater).map((m) => m.id),
  };
}

/**
 * A session pinned by a swap: the pinned host takes the place in the round of whoever's turn it
 * was, and that member takes the pinned host's place. Two sessions within one round swap just
 * their hosts; the round goes on in the new order so nobody hosts twice in a row of n.
 */
function takeSwappedTurn(ctx: Context, turns: Turns, session: Session, pin: Id, position: number) {
  const due = longestWaiting(turns, presentAt(ctx.crew, session));
  if (due !== undefined && due !== pin) turns.borrowed.set(due, priority(turns, pin));
  takeTurn(ctx, turns, pin, position, []);
}

function pinnedMember(crew: Crew, session: Session, id: Id | undefined): Id | undefined {
  return id !== undefined && presentAt(crew, session).includes(id) ? id : undefined;
}

function chooseHost(
  ctx: Context,
  turns: Turns,
  session: RotationSession,
  position: number,
  anyoneHosted: boolean,
): { hostId: Id | undefined; hostReason: RotationReason } {
  const pin = pinnedMember(ctx.crew, session, session.pinnedHostId);
  const partner = ctx.live.find((s) => s.id === session.swappedWithSessionId);
  if (pin !== undefined && partner !== undefined) {
    takeSwappedTurn(ctx, turns, session, pin, position);
    return { hostId: pin, hostReason: { code: 'swapped', swappedWithSessionIndex: partner.index } };
  }
  if (pin !== undefined) {
    takeTurn(ctx, turns, pin, position, []);
    return { hostId: pin, hostReason: { code: 'pinned' } };
  }
  const hostId = longestWaiting(turns, presentAt(ctx.crew, session));
  const absent = absentAt(ctx.crew, session);
  if (hostId === undefined) {
    for (const id of absent) turns.passedOver.add(id);
    return { hostId, hostReason: { code: 'nobody-available' } };
  }
  const code: RotationReasonCode = turns.passedOver.has(hostId)
    ? 'back-after-away'
    : !anyoneHosted && ctx.callerOpens && hostId === ctx.crew.callerId
      ? 'caller-opens'
      : turns.last.has(hostId)
        ? 'longest-since-hosting'
        : 'not-hosted-yet';
  takeTurn(ctx, turns, hostId, position, absent);
  return { hostId, hostReason: { code } };
}

/** A role goes to someone free of other duties if possible, else anyone but the host. */
function chooseRole(
  ctx: Context,
  role: RoleName,
  turns: Turns,
  session: RotationSession,
  position: number,
  busy: Id[],
): RoleAssignment {
  const pin = pinnedMember(ctx.crew, session, session.roleHolders?.[role]);
  if (pin !== undefined) {
    takeTurn(ctx, turns, pin, position, []);
    return { memberId: pin, reason: { code: 'pinned', role } };
  }
  const present = presentAt(ctx.crew, session);
  const free = present.filter((id) => !busy.includes(id));
  const notHost = present.filter((id) => id !== busy[0]);
  const memberId = longestWaiting(
    turns,
    free.length > 0 ? free : notHost.length > 0 ? notHost : present,
  );
  const absent = absentAt(ctx.crew, session);
  if (memberId === undefined) {
    for (const id of absent) turns.passedOver.add(id);
    return { memberId, reason: { code: 'nobody-available', role } };
  }
  const code: RotationReasonCode =
    memberId === busy[0]
      ? 'only-host-available'
      : turns.passedOver.has(memberId)
        ? 'back-after-away'
        : turns.last.has(memberId)
          ? 'longest-since-role'
          : 'first-time-in-role';
  takeTurn(ctx, turns, memberId, position, absent);
  return { memberId, reason: { code, role } };
}

/** Held sessions count as they happened: whoever hosted and held roles had their turn. */
function recordHeld(
  ctx: Context,
  host: Turns,
  roles: Map<RoleName, Turns>,
  session: RotationSession,
  position: number,
): boolean {
  const isMember = (id: Id | undefined): id is Id => ctx.crew.members.some((m) => m.id === id);
  const hostId = session.hostId;
  if (isMember(hostId)) {
    const pinned = session.pinnedHostId === hostId;
    if (pinned && session.swappedWithSessionId !== undefined)
      takeSwappedTurn(ctx, host, session, hostId, position);
    else takeTurn(ctx, host, hostId, position, pinned ? [] : absentAt(ctx.crew, session));
  }
  for (const [role, turns] of roles) {
    const holder = session.roleHolders?.[role];
    if (isMember(holder)) takeTurn(ctx, turns, holder, position, absentAt(ctx.crew, session));
  }
  return isMember(hostId);
}

/**
 * Plans host and roles for every planned session of one series. `sessions` are that series'
 * sessions; skipped and cancelled ones are ignored, held ones count as they happened.
 * Deterministic: the same crew and sessions always give the same plan.
 */
export function planRotation({
  crew,
  sessions,
  opensWithId,
}: {
  crew: Crew;
  sessions: RotationSession[];
  /** Series.opensWithId: a continued series carries the rotation on from this member. */
  opensWithId?: Id | undefined;
}): Assignment[] {
  const live = sessions
    .filter((s) => s.status === 'planned' || s.status === 'held')
    .sort(
      (a, b) =>
        a.index - b.index ||
        Date.parse(a.startsAt) - Date.parse(b.startsAt) ||
        (a.id < b.id ? -1 : 1),
    );
  const first = live[0];
  if (first === undefined) return [];
  const opener = crew.members.some((m) => m.id === opensWithId) ? opensWithId : undefined;
  const { roster, joiners } = rotationOrder(crew, first.startsAt, opener ?? crew.callerId);
  // "The caller opens" only where the rotation starts at the caller.
  const ctx: Context = { crew, live, joiners: new Set(joiners), callerOpens: opener === undefined };
  const host = newTurns(roster, joiners, 0);
  const roles = new Map(crew.roles.map((role, j) => [role, newTurns(roster, joiners, j + 1)]));
  let anyoneHosted = false;
  const assignments: Assignment[] = [];
  live.forEach((session, position) => {
    for (const turns of [host, ...roles.values()]) arrive(ctx, turns, session, position);
    if (session.status === 'held') {
      anyoneHosted = recordHeld(ctx, host, roles, session, position) || anyoneHosted;
      return;
    }
    const { hostId, hostReason } = chooseHost(ctx, host, session, position, anyoneHosted);
    anyoneHosted ||= hostId !== undefined;
    const busy: Id[] = hostId === undefined ? [] : [hostId];
    const roleAssignments: Record<RoleName, RoleAssignment> = {};
    for (const [role, turns] of roles) {
      const assignment = chooseRole(ctx, role, turns, session, position, busy);
      roleAssignments[role] = assignment;
      if (assignment.memberId !== undefined) busy.push(assignment.memberId);
    }
    // Joiners present and still waiting for their first turn as host.
    const notes: RotationReason[] = presentAt(crew, session)
      .filter((id) => id !== hostId && ctx.joiners.has(id) && !host.last.has(id))
      .map((memberId) => ({ code: 'joined-recently-waits', memberId }));
    assignments.push({ sessionId: session.id, hostId, hostReason, roles: roleAssignments, notes });
  });
  return assignments;
}

export { clearPin, markAway, swapHosts } from './rotation-edits';
