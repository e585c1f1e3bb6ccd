// Who hosts each planned session of a series, and who holds each rotating role (timekeeper, ...).
//
// The one rule, for the host and for each role separately: at every session the turn goes to the
// available member whose last turn is the longest ago. Members who have never had a turn come
// first, in crew order starting from the caller. A cycle ends once every current member has had
// a turn since it began. A member who joins mid-series counts as having had their last turn just
// before the current cycle began: they go after everyone still owed a turn in this cycle and before
// anyone's second turn. From this follow round-robin (n sessions, n members, each once), "away
// means you go first at the next session you attend", and joiners waiting their turn.
// Hand-made choices override the rule: a pinned host (a swap or a confirmation), a pinned role
// holder, and in held sessions whoever actually hosted. A member pinned to one of the next few
// sessions is passed over until then, so a swap exchanges two dates and moves nobody else.
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

/**
 * English wording of each reason, as documentation for whoever writes the UI strings (the UI
 * itself goes through i18n). Braces name RotationReason fields or the member's name.
 */
export const ROTATION_REASON_EN: Record<RotationReasonCode, string> = {
  'caller-opens': 'The caller opens the series by hosting the first session.',
  'not-hosted-yet': 'Has not hosted in this series yet.',
  'back-after-away':
    'Was away when their turn came, so goes first at the next session they attend.',
  'longest-since-hosting': 'Has gone the longest without hosting.',
  pinned: 'Chosen by hand for this session.',
  swapped: 'Swapped hosts with session {swappedWithSessionIndex}.',
  'joined-recently-waits':
    '{member} joined recently and hosts once everyone who was here before has had a turn.',
  'nobody-available': 'Everyone is away, so nobody can take this turn.',
  'first-time-in-role': 'Has not been {role} in this series yet.',
  'longest-since-role': 'Has gone the longest without being {role}.',
  'only-host-available': 'Only the host is available, so they are also {role}.',
};

/** A session as the rotation reads it; `swappedWithSessionId` is set by `swapHosts`. */
export interface RotationSession extends Session {
  swappedWithSessionId?: Id;
}

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
  /** Members whose turn came while they were away and who have not had it since. */
  passedOver: Set<Id>;
  /** Never-had-a-turn order: lower goes first. */
  rank: Map<Id, number>;
  /** Where members who joined mid-series stand before their first turn (see the rule above). */
  arrival: Map<Id, number>;
  /** Position where the current cycle began, and who has had a turn since. */
  cycleStart: number;
  sinceCycleStart: Set<Id>;
}

interface Context {
  crew: Crew;
  /** Sessions that count (planned or held), in series order; array positions are "time". */
  live: RotationSession[];
  joiners: Set<Id>;
}

function isAvailable(member: Member, session: Session): boolean {
  return isActiveAt(member, session.startsAt) && !session.awayIds.includes(member.id);
}

function availableIds(crew: Crew, session: Session): Id[] {
  return crew.members.filter((m) => isAvailable(m, session)).map((m) => m.id);
}

/** Members present from the first session, rotated to start at the caller, then later joiners. */
function rotationOrder(crew: Crew, firstStart: string): { roster: Id[]; joiners: Id[] } {
  const count = crew.members.length;
  const callerAt = Math.max(
    0,
    crew.members.findIndex((m) => m.id === crew.callerId),
  );
  const fromCaller = crew.members.map((_, i) => crew.members[(callerAt + i) % count] as Member);
  const joinedLater = (m: Member) => Date.parse(m.joinedAt) > Date.parse(firstStart);
  return {
    roster: fromCaller.filter((m) => !joinedLater(m) && isActiveAt(m, firstStart)).map((m) => m.id),
    joiners: crew.members.filter(joinedLater).map((m) => m.id),
  };
}

/**
 * Role `offset` starts one place further back than the host order, so at the first session the
 * timekeeper is whoever hosts last in the cycle, and host and roles never collide in the first
 * round: role j at session k goes to the host of session k - j - 1.
 */
function newTurns(roster: Id[], joiners: Id[], offset: number): Turns {
  const shift = roster.length === 0 ? 0 : offset % roster.length;
  const rotated = [
    ...roster.slice(roster.length - shift),
    ...roster.slice(0, roster.length - shift),
  ];
  return {
    last: new Map(),
    passedOver: new Set(),
    rank: new Map([...rotated, ...joiners].map((id, i) => [id, i])),
    arrival: new Map(roster.map((id) => [id, Number.NEGATIVE_INFINITY])),
    cycleStart: 0,
    sinceCycleStart: new Set(),
  };
}

function turnKey(turns: Turns, id: Id): number {
  return turns.last.get(id) ?? turns.arrival.get(id) ?? Number.POSITIVE_INFINITY;
}

/** Gives members who joined since the last session their place in the turn order. */
function arrive(ctx: Context, turns: Turns, session: Session): void {
  for (const member of ctx.crew.members) {
    if (!turns.arrival.has(member.id) && isActiveAt(member, session.startsAt)) {
      turns.arrival.set(member.id, turns.cycleStart - 0.5);
    }
  }
}

/** True when `a` has the older claim to the turn than `b`. */
function before(ctx: Context, turns: Turns, a: Id, b: Id): boolean {
  const [ka, kb] = [turnKey(turns, a), turnKey(turns, b)];
  if (ka !== kb) return ka < kb;
  return (
    (turns.rank.get(a) ?? Number.MAX_SAFE_INTEGER) < (turns.rank.get(b) ?? Number.MAX_SAFE_INTEGER)
  );
}

function longestWaiting(ctx: Context, turns: Turns, ids: Id[]): Id | undefined {
  return ids.reduce<Id | undefined>(
    (best, id) => (best === undefined || before(ctx, turns, id, best) ? id : best),
    undefined,
  );
}

/** Records a turn; members with an older claim who were absent are remembered as passed over. */
function takeTurn(
  ctx: Context,
  turns: Turns,
  id: Id,
  position: number,
  absent: Id[] | undefined,
): void {
  for (const other of absent ?? []) if (before(ctx, turns, other, id)) turns.passedOver.add(other);
  turns.passedOver.delete(id);
  turns.last.set(id, position);
  turns.sinceCycleStart.add(id);
  const session = ctx.live[position] as Session;
  const owed = ctx.crew.members.filter(
    (m) => isActiveAt(m, session.startsAt) && !turns.sinceCycleStart.has(m.id),
  );
  if (owed.length === 0) {
    turns.cycleStart = position + 1;
    turns.sinceCycleStart.clear();
  }
}

function validPin(crew: Crew, session: Session, id: Id | undefined): Id | undefined {
  const member = crew.members.find((m) => m.id === id);
  return member && isAvailable(member, session) ? member.id : undefined;
}

/** Members pinned to host a planned session within the coming cycle (fewer than n sessions on). */
function bookedAfter(ctx: Context, position: number, cycleLength: number): Set<Id> {
  const booked = new Set<Id>();
  for (let q = position + 1; q < Math.min(ctx.live.length, position + cycleLength); q++) {
    const later = ctx.live[q] as RotationSession;
    const pin =
      later.status === 'planned' ? validPin(ctx.crew, later, later.pinnedHostId) : undefined;
    if (pin !== undefined) booked.add(pin);
  }
  return booked;
}

function absentAt(crew: Crew, session: Session): Id[] {
  return crew.members
    .filter((m) => isActiveAt(m, session.startsAt))
    .filter(
      (m) =>
        session.awayIds.includes(m.id) ||
        (session.presentIds !== undefined && !session.presentIds.includes(m.id)),
    )
    .map((m) => m.id);
}

function hostReason(ctx: Context, turns: Turns, hostId: Id, anyoneHosted: boolean): RotationReason {
  if (!anyoneHosted && hostId === ctx.crew.callerId) return { code: 'caller-opens' };
  if (turns.passedOver.has(hostId)) return { code: 'back-after-away' };
  return { code: turns.last.has(hostId) ? 'longest-since-hosting' : 'not-hosted-yet' };
}

function pinReason(ctx: Context, session: RotationSession): RotationReason {
  const partner = ctx.live.find((s) => s.id === session.swappedWithSessionId);
  return partner ? { code: 'swapped', swappedWithSessionIndex: partner.index } : { code: 'pinned' };
}

function chooseHost(
  ctx: Context,
  turns: Turns,
  session: RotationSession,
  position: number,
  anyoneHosted: boolean,
): { hostId: Id | undefined; hostReason: RotationReason } {
  const available = availableIds(ctx.crew, session);
  const pin = validPin(ctx.crew, session, session.pinnedHostId);
  if (pin !== undefined) {
    takeTurn(ctx, turns, pin, position, undefined);
    return { hostId: pin, hostReason: pinReason(ctx, session) };
  }
  const activeCount = ctx.crew.members.filter((m) => isActiveAt(m, session.startsAt)).length;
  const booked = bookedAfter(ctx, position, activeCount);
  const unbooked = available.filter((id) => !booked.has(id));
  const hostId = longestWaiting(ctx, turns, unbooked.length > 0 ? unbooked : available);
  if (hostId === undefined) return { hostId, hostReason: { code: 'nobody-available' } };
  const reason = hostReason(ctx, turns, hostId, anyoneHosted);
  takeTurn(ctx, turns, hostId, position, absentAt(ctx.crew, session));
  return { hostId, hostReason: reason };
}

function chooseRole(
  ctx: Context,
  role: RoleName,
  turns: Turns,
  session: RotationSession,
  position: number,
  taken: Set<Id>,
  hostId: Id | undefined,
): RoleAssignment {
  const pin = validPin(ctx.crew, session, session.roleHolders?.[role]);
  if (pin !== undefined) {
    takeTurn(ctx, turns, pin, position, undefined);
    return { memberId: pin, reason: { code: 'pinned', role } };
  }
  const available = availableIds(ctx.crew, session);
  const free = available.filter((id) => !taken.has(id));
  const notHost = available.filter((id) => id !== hostId);
  const pool = free.length > 0 ? free : notHost.length > 0 ? notHost : available;
  const memberId = longestWaiting(ctx, turns, pool);
  if (memberId === undefined) return { memberId, reason: { code: 'nobody-available', role } };
  const code: RotationReasonCode =
    memberId === hostId
      ? 'only-host-available'
      : turns.passedOver.has(memberId)
        ? 'back-after-away'
        : turns.last.has(memberId)
          ? 'longest-since-role'
          : 'first-time-in-role';
  takeTurn(ctx, turns, memberId, position, absentAt(ctx.crew, session));
  return { memberId, reason: { code, role } };
}

/** Joiners still waiting for their first turn as host while someone else hosts. */
function waitingJoiners(
  ctx: Context,
  turns: Turns,
  session: Session,
  hostId: Id | undefined,
): RotationReason[] {
  return availableIds(ctx.crew, session)
    .filter((id) => id !== hostId && !turns.last.has(id) && ctx.joiners.has(id))
    .map((memberId) => ({ code: 'joined-recently-waits', memberId }));
}

function recordHeld(
  ctx: Context,
  host: Turns,
  roles: Map<RoleName, Turns>,
  session: Session,
  position: number,
): boolean {
  const isMember = (id: Id | undefined): id is Id => ctx.crew.members.some((m) => m.id === id);
  const absent = absentAt(ctx.crew, session);
  const hostId = session.hostId;
  if (isMember(hostId)) {
    // A pinned host was chosen by hand: nobody ahead of them was passed over by the rotation.
    takeTurn(ctx, host, hostId, position, session.pinnedHostId === hostId ? undefined : absent);
  }
  for (const [role, turns] of roles) {
    const holder = session.roleHolders?.[role];
    if (isMember(holder)) takeTurn(ctx, turns, holder, position, absent);
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
}: {
  crew: Crew;
  sessions: RotationSession[];
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
  const { roster, joiners } = rotationOrder(crew, first.startsAt);
  const ctx: Context = { crew, live, joiners: new Set(joiners) };
  const host = newTurns(roster, joiners, 0);
  const roles = new Map(crew.roles.map((role, j) => [role, newTurns(roster, joiners, j + 1)]));
  let anyoneHosted = false;
  const assignments: Assignment[] = [];
  live.forEach((session, position) => {
    for (const turns of [host, ...roles.values()]) arrive(ctx, turns, session);
    if (session.status === 'held') {
      anyoneHosted = recordHeld(ctx, host, roles, session, position) || anyoneHosted;
      return;
    }
    const { hostId, hostReason } = chooseHost(ctx, host, session, position, anyoneHosted);
    anyoneHosted = anyoneHosted || hostId !== undefined;
    const taken = new Set<Id>(hostId === undefined ? [] : [hostId]);
    const roleAssignments: Record<RoleName, RoleAssignment> = {};
    for (const [role, turns] of roles) {
      const assignment = chooseRole(ctx, role, turns, session, position, taken, hostId);
      roleAssignments[role] = assignment;
      if (assignment.memberId !== undefined) taken.add(assignment.memberId);
    }
    const notes = waitingJoiners(ctx, host, session, hostId);
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
