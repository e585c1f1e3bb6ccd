// The bookkeeping behind the rotation (rotation.ts states the rule): for the host and for each
// role separately, where each member stands in the queue for the next turn, and where the current
// cycle began. Pure: no browser, no storage.
import { isActiveAt } from './crew';
import type { Crew, Id, Member, Session } from './model';

/** Whose turn came when, for the host or for one role. */
export interface Turns {
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
export type Priority = [number, number];

export interface Context {
  crew: Crew;
  /** Sessions that count (planned or held), in series order; array positions are "time". */
  live: Session[];
  joiners: Set<Id>;
  callerOpens: boolean;
}

export function isActiveIn(crew: Crew, session: Session): Member[] {
  return crew.members.filter((m) => isActiveAt(m, session.startsAt));
}

/** Members active at the session who are away (or, once held, were not there). */
export function absentAt(crew: Crew, session: Session): Id[] {
  const absent = (id: Id) =>
    session.awayIds.includes(id) ||
    (session.presentIds !== undefined && !session.presentIds.includes(id));
  return isActiveIn(crew, session)
    .map((m) => m.id)
    .filter(absent);
}

export function presentAt(crew: Crew, session: Session): Id[] {
  const absent = absentAt(crew, session);
  return isActiveIn(crew, session)
    .map((m) => m.id)
    .filter((id) => !absent.includes(id));
}

/**
 * Role number `offset` starts that many places further back than the host order, so at the first
 * session the timekeeper is whoever hosts last in the round, and from a clean start role j at
 * session k goes to the host of session k - j - 1: host and roles never fall on one person.
 */
export function newTurns(roster: Id[], joiners: Id[], offset: number): Turns {
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

export function priority(turns: Turns, id: Id): Priority {
  return (
    turns.borrowed.get(id) ?? [
      turns.last.get(id) ?? turns.arrival.get(id) ?? Number.POSITIVE_INFINITY,
      turns.rank.get(id) ?? Number.MAX_SAFE_INTEGER,
    ]
  );
}

/** True when `a` has the older claim to the turn than `b`. */
export function before(turns: Turns, a: Id, b: Id): boolean {
  const [pa, pb] = [priority(turns, a), priority(turns, b)];
  return pa[0] !== pb[0] ? pa[0] < pb[0] : pa[1] < pb[1];
}

export function longestWaiting(turns: Turns, ids: Id[]): Id | undefined {
  return ids.reduce<Id | undefined>(
    (best, id) => (best === undefined || before(turns, id, best) ? id : best),
    undefined,
  );
}

/**
 * Ends the current cycle when everyone active at `session` has had a turn in it; the next one
 * begins at `nextStart`. Checked after every turn and again at every session, because a cycle
 * can also end without a turn: when the only members still owed one leave. Without the second
 * check a cycle whose last owed member left stayed open while nobody could take a turn (everyone
 * away), so a member joining then stood before the current cycle's first turn and went ahead of
 * the member who was away on their turn (rotation.test.ts, "a leave ends the cycle").
 */
function closeCycleIfDone(ctx: Context, turns: Turns, session: Session, nextStart: number): void {
  if (turns.sinceCycleStart.size === 0) return;
  if (!isActiveIn(ctx.crew, session).every((m) => turns.sinceCycleStart.has(m.id))) return;
  turns.cycleStart = nextStart;
  turns.sinceCycleStart.clear();
}

/**
 * At each session, before anyone's turn: closes a cycle that the leavers have completed, then
 * gives members who joined since the last session their place: after everyone whose last turn
 * came before the current cycle, before anyone who has had a turn in it, and behind anyone who
 * joined earlier in the cycle (a standing strictly between cycleStart - 1 and cycleStart).
 */
export function arrive(ctx: Context, turns: Turns, session: Session, position: number): void {
  closeCycleIfDone(ctx, turns, session, position);
  const standing = turns.cycleStart - 1 + (position + 1) / (ctx.live.length + 1);
  for (const member of isActiveIn(ctx.crew, session)) {
    if (!turns.arrival.has(member.id)) turns.arrival.set(member.id, standing);
  }
}

/**
 * Records a turn at `position`. `passedOver`: the absent members with an older claim (none when
 * the turn was given by hand). A cycle ends once every active member has had a turn in it.
 */
export function takeTurn(
  ctx: Context,
  turns: Turns,
  id: Id,
  position: number,
  passedOver: Id[],
): void {
  for (const other of passedOver) if (before(turns, other, id)) turns.passedOver.add(other);
  turns.passedOver.delete(id);
  turns.borrowed.delete(id);
  turns.last.set(id, position);
  turns.sinceCycleStart.add(id);
  closeCycleIfDone(ctx, turns, ctx.live[position] as Session, position + 1);
}
