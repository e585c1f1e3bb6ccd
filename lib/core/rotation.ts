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

/** Whose turn came when, for the host or for one role. */
interface Turns {
  /** Position of the session where each member last had this turn. */
  last: Map<Id, number>;
  /** Where members stand before their first turn: -Infinity from the start, see `arrive`. */
  arrival: Map<Id, number>;
  /** Tie-break among equal standing: crew order from the caller, then joiners. */
  rank: Map<Id, number>;
  /** Places taken over in a swap, until that member's next turn. */
  borrowed: Map<Id, Priority>;
  /** Members whose turn came while they were away and who have not had it since. */
  passedOver: Set<Id>;
  /** Position where the current cycle began, and who has had a turn since. */
  cycleStart: number;
  sinceCycleStart: Set<Id>;
}

/** [standing, rank]: lower goes first. */
type Priority = [number, number];

interface Context {
  crew: Crew;
  /** Sessions that count (planned or held), in series order; array positions are "time". */
  live: RotationSession[];
  joiners: Set<Id>;
  callerOpens: boolean;
}

function isActiveIn(crew: Crew, session: Session): Member[] {
  return crew.members.filter((m) => isActiveAt(m, session.startsAt));
}

/** Members active at the session who are away (or, once held, were not there). */
function absentAt(crew: Crew, session: Session): Id[] {
  const absent = (id: Id) =>
    session.awayIds.includes(id) ||
    (session.presentIds !== undefined && !session.presentIds.includes(id));
  return isActiveIn(crew, session)
    .map((m) => m.id)
    .filter(absent);
}

function presentAt(crew: Crew, session: Session): Id[] {
  const absent = absentAt(crew, session);
  return isActiveIn(crew, session)
    .map((m) => m.id)
    .filter((id) => !absent.includes(id));
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
 * Role number `offset` starts that many places further back than the host order, so at the first
 * session the timekeeper is whoever hosts last in the round, and from a clean start role j at
 * session k goes to the host of session k - j - 1: host and roles never fall on one person.
 */
function newTurns(roster: Id[], joiners: Id[], offset: number): Turns {
  const shift = roster.length === 0 ? 0 : offset % roster.length;
  const cut = roster.length - shift;
  const order = [...roster.slice(cut), ...roster.slice(0, cut), ...joiners];
  return {
    last: new Map(),
    arrival: new Map(roster.map((id) => [id, Number.NEGATIVE_INFINITY])),
    rank: new Map(order.map((id, i) => [id, i])),
    borrowed: new Map(),
    passedOver: new Set(),
    cycleStart: 0,
    sinceCycleStart: new Set(),
  };
}

function priority(turns: Turns, id: Id): Priority {
  return (
    turns.borrowed.get(id) ?? [
      turns.last.get(id) ?? turns.arrival.get(id) ?? Number.POSITIVE_INFINITY,
      turns.rank.get(id) ?? Number.MAX_SAFE_INTEGER,
    ]
  );
}

/** True when `a` has the older claim to the turn than `b`. */
function before(turns: Turns, a: Id, b: Id): boolean {
  const [pa, pb] = [priority(turns, a), priority(turns, b)];
  return pa[0] !== pb[0] ? pa[0] < pb[0] : pa[1] < pb[1];
}

function longestWaiting(turns: Turns, ids: Id[]): Id | undefined {
  return ids.reduce<Id | undefined>(
    (best, id) => (best === undefined || before(turns, id, best) ? id : best),
    undefined,
  );
}

/**
 * Gives members who joined since the last session their place: after everyone whose last turn
 * came before the current cycle, before anyone who has had a turn in it, and behind anyone who
 * joined earlier in the cycle (a standing strictly between cycleStart - 1 and cycleStart).
 */
function arrive(ctx: Context, turns: Turns, session: Session, position: number): void {
  const standing = turns.cycleStart - 1 + (position + 1) / (ctx.live.length + 1);
  for (const member of isActiveIn(ctx.crew, session)) {
    if (!turns.arrival.has(member.id)) turns.arrival.set(member.id, standing);
  }
}

/**
 * Records a turn at `position`. `passedOver`: the absent members with an older claim (none when
 * the turn was given by hand). A cycle ends once every active member has had a turn in it.
 */
function takeTurn(ctx: Context, turns: Turns, id: Id, position: number, passedOver: Id[]): void {
  for (const other of passedOver) if (before(turns, other, id)) turns.passedOver.add(other);
  turns.passedOver.delete(id);
  turns.borrowed.delete(id);
  turns.last.set(id, position);
  turns.sinceCycleStart.add(id);
  const session = ctx.live[position] as Session;
  if (isActiveIn(ctx.crew, session).every((m) => turns.sinceCycleStart.has(m.id))) {
    turns.cycleStart = position + 1;
    turns.sinceCycleStart.clear();
  }
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
