// Property tests for the rotation. Each property states one guarantee in the words a crew would
// use, over generated crews (2-12 members, any caller), with away marks, joins, leaves, pins,
// held sessions and swaps.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isActiveAt } from './crew';
import { type Crew, type Id, type Member, SCHEMA_VERSION, TIMEKEEPER } from './model';
import { type Assignment, planRotation, type RotationSession, swapHosts } from './rotation';

const HOUR = 3_600_000;
const WEEK = 7 * 24 * HOUR;
const FIRST = Date.parse('2026-12-01T18:00:00.000Z');
const iso = (ms: number) => new Date(ms).toISOString();
const startOf = (i: number) => iso(FIRST + i * WEEK);
const MAX_SESSIONS = 20;
const ROLES = [TIMEKEEPER, 'note taker'];
// Random seed each run; to replay a failure or run longer: FC_SEED=<seed> FC_RUNS=5000 npx vitest run ...
const RUNS = {
  numRuns: Number(process.env.FC_RUNS ?? 300),
  ...(process.env.FC_SEED === undefined ? {} : { seed: Number(process.env.FC_SEED) }),
};
/** Longer runs need longer than Vitest's 5 s per test (about 10 ms a run on a busy machine). */
const LONGER = { timeout: Math.max(5_000, RUNS.numRuns * 20) };

interface Shape {
  n: number;
  caller: number;
  roleCount: number;
  /** Hours after the first session when member i joins (undefined: from the start). */
  joins: (number | undefined)[];
  /** Hours after joining (or after the first session) when member i leaves. */
  leaves: (number | undefined)[];
}

function crewOf({ n, caller, roleCount, joins, leaves }: Shape, order?: number[]): Crew {
  const members: Member[] = Array.from({ length: n }, (_, i) => {
    const join = joins[i];
    const joinedMs = join === undefined ? FIRST - WEEK : FIRST + join * HOUR;
    const leave = leaves[i];
    return {
      id: `m${i}`,
      name: `M${i}`,
      joinedAt: iso(joinedMs),
      ...(leave === undefined ? {} : { leftAt: iso(Math.max(joinedMs, FIRST) + leave * HOUR) }),
    };
  });
  return {
    v: SCHEMA_VERSION,
    id: 'crew',
    name: 'Crew',
    members: order ? order.map((i) => members[i] as Member) : members,
    callerId: `m${caller % n}`,
    rhythm: { kind: 'weekly', durationMinutes: 60 },
    roles: ROLES.slice(0, roleCount),
    agreements: [],
    deckIds: [],
    createdAt: iso(FIRST - WEEK),
  };
}

function plannedSessions(count: number): RotationSession[] {
  return Array.from({ length: count }, (_, i) => ({
    v: SCHEMA_VERSION,
    id: `s${i + 1}`,
    crewId: 'crew',
    seriesId: 'series',
    index: i + 1,
    startsAt: startOf(i),
    status: 'planned',
    awayIds: [],
  }));
}

const memberOf = (crew: Crew, id: Id | undefined) => crew.members.find((m) => m.id === id);
const availableAt = (crew: Crew, s: RotationSession) =>
  crew.members
    .filter((m) => isActiveAt(m, s.startsAt) && !s.awayIds.includes(m.id))
    .map((m) => m.id);
const hosts = (plan: Assignment[]) => plan.map((a) => a.hostId);
const ROTATION_CODES = [
  'caller-opens',
  'not-hosted-yet',
  'back-after-away',
  'longest-since-hosting',
];

/**
 * The rule, restated from scratch for one session at `p` from who hosted before it: the present
 * member with the oldest standing hosts. Standing: the position of one's last turn; from the
 * start and never hosted: oldest, in crew order from the caller; joined mid-series and never
 * hosted: just before the cycle they joined in began, in order of joining, then crew order.
 * A cycle ends when every active member has hosted since it began: after a turn, or at a session
 * once those still owed a turn have left.
 */
function ruleHost(
  crew: Crew,
  live: RotationSession[],
  hostAt: (q: number) => Id | undefined,
  p: number,
): Id | undefined {
  const first = (live[0] as RotationSession).startsAt;
  const fromStart = (m: Member) =>
    Date.parse(m.joinedAt) <= Date.parse(first) && isActiveAt(m, first);
  const callerAt = crew.members.findIndex((m) => m.id === crew.callerId);
  const rotated = crew.members.map(
    (_, i) => crew.members[(callerAt + i) % crew.members.length] as Member,
  );
  const later = crew.members.filter((m) => Date.parse(m.joinedAt) > Date.parse(first));
  const order = [...rotated.filter(fromStart), ...later].map((m) => m.id);
  const standing = new Map<Id, number>();
  let cycleStart = 0;
  let since = new Set<Id>();
  for (let q = 0; q <= p; q++) {
    const session = live[q] as RotationSession;
    const active = crew.members.filter((m) => isActiveAt(m, session.startsAt));
    // A cycle also ends without a turn, when the last members still owed one have left.
    if (since.size > 0 && active.every((m) => since.has(m.id)))
      [cycleStart, since] = [q, new Set()];
    for (const m of active) {
      if (standing.has(m.id)) continue;
      const joined = cycleStart - 1 + (q + 1) / (live.length + 1);
      standing.set(m.id, fromStart(m) ? Number.NEGATIVE_INFINITY : joined);
    }
    const hostId = hostAt(q);
    if (q === p || hostId === undefined) continue;
    standing.set(hostId, q);
    since.add(hostId);
    if (active.every((m) => since.has(m.id))) [cycleStart, since] = [q + 1, new Set()];
  }
  const present = availableAt(crew, live[p] as RotationSession);
  const key = (id: Id) => standing.get(id) ?? Number.POSITIVE_INFINITY;
  return [...present].sort((a, b) => key(a) - key(b) || order.indexOf(a) - order.indexOf(b))[0];
}

/** `arb` one time in `1 + noneWeight`, otherwise undefined. */
const sometimes = <T>(arb: fc.Arbitrary<T>, noneWeight: number, someWeight = 1) =>
  fc.oneof(
    { arbitrary: fc.constant(undefined), weight: noneWeight },
    { arbitrary: arb, weight: someWeight },
  );
const perMember = <T>(arb: fc.Arbitrary<T>) => fc.array(arb, { minLength: 12, maxLength: 12 });
const perSession = <T>(arb: fc.Arbitrary<T>) =>
  fc.array(arb, { minLength: MAX_SESSIONS, maxLength: MAX_SESSIONS });

const shapeArb = (joinWeight: number, leaveWeight: number) =>
  fc.record({
    n: fc.integer({ min: 2, max: 12 }),
    caller: fc.nat(11),
    roleCount: fc.integer({ min: 0, max: 2 }),
    joins: perMember(sometimes(fc.integer({ min: 1, max: MAX_SESSIONS * 168 }), joinWeight)),
    leaves: perMember(sometimes(fc.integer({ min: 1, max: MAX_SESSIONS * 168 }), leaveWeight)),
  });

/** Everything at once: absences, joins, leaves, pins, cancelled sessions, held ones and swaps. */
const messyArb = fc.record({
  shape: shapeArb(4, 5),
  count: fc.integer({ min: 1, max: MAX_SESSIONS }),
  awayPercent: fc.integer({ min: 0, max: 60 }),
  awayRolls: perSession(perMember(fc.nat(99))),
  pins: perSession(sometimes(fc.nat(11), 6)),
  statusRolls: perSession(fc.nat(99)),
  heldCount: fc.oneof(fc.constant(0), fc.nat(8)),
  heldHosts: perSession(sometimes(fc.nat(11), 1, 5)),
  swaps: fc.array(fc.tuple(fc.nat(MAX_SESSIONS - 1), fc.nat(MAX_SESSIONS - 1)), { maxLength: 3 }),
});

type Messy = typeof messyArb extends fc.Arbitrary<infer T> ? T : never;

function messyScenario(input: Messy): {
  crew: Crew;
  sessions: RotationSession[];
} {
  const crew = crewOf(input.shape);
  let sessions = plannedSessions(input.count).map((s, i): RotationSession => {
    const roll = input.statusRolls[i] ?? 99;
    const awayIds = crew.members
      .filter((_, j) => (input.awayRolls[i]?.[j] ?? 99) < input.awayPercent)
      .map((m) => m.id);
    const pin = input.pins[i];
    return {
      ...s,
      status: roll < 5 ? 'cancelled' : roll < 9 ? 'skipped' : 'planned',
      awayIds,
      ...(pin === undefined ? {} : { pinnedHostId: `m${pin % input.shape.n}` }),
    };
  });
  sessions = sessions.map((s, i) => {
    if (i >= input.heldCount || s.status !== 'planned') return s;
    const present = availableAt(crew, s);
    const pick = input.heldHosts[i];
    const hostId = pick === undefined ? undefined : present[pick % Math.max(1, present.length)];
    return { ...s, status: 'held', presentIds: present, ...(hostId ? { hostId } : {}) };
  });
  for (const [a, b] of input.swaps) {
    const plan = planRotation({ crew, sessions });
    sessions = swapHosts(sessions, plan, `s${(a % input.count) + 1}`, `s${(b % input.count) + 1}`);
  }
  return { crew, sessions };
}

describe('rotation properties over messy histories', LONGER, () => {
  it('assigns only available members, and a host whenever anyone is available', () => {
    fc.assert(
      fc.property(messyArb, (input) => {
        const { crew, sessions } = messyScenario(input);
        const plan = planRotation({ crew, sessions });
        const planned = sessions.filter((s) => s.status === 'planned');
        expect(plan.map((a) => a.sessionId)).toEqual(planned.map((s) => s.id));
        for (const [i, a] of plan.entries()) {
          const session = planned[i] as RotationSession;
          const available = availableAt(crew, session);
          expect(a.hostId === undefined).toBe(available.length === 0);
          if (a.hostId !== undefined) expect(available).toContain(a.hostId);
          if (a.hostId === undefined) expect(a.hostReason.code).toBe('nobody-available');
          const pin = session.pinnedHostId;
          if (pin !== undefined && available.includes(pin)) expect(a.hostId).toBe(pin);
          const holders = crew.roles.map((role) => a.roles[role]?.memberId);
          for (const holder of holders) {
            expect(holder === undefined).toBe(available.length === 0);
            if (holder !== undefined) expect(available).toContain(holder);
            if (available.length >= 2) expect(holder).not.toBe(a.hostId);
          }
          // Roles go to different people while there are enough people.
          const people = new Set([a.hostId, ...holders]);
          expect(people.size).toBe(Math.min(available.length, holders.length + 1) || 1);
        }
      }),
      RUNS,
    );
  });

  it('never schedules a member for a session starting after they left or before they joined', () => {
    fc.assert(
      fc.property(messyArb, (input) => {
        const { crew, sessions } = messyScenario(input);
        for (const a of planRotation({ crew, sessions })) {
          const start = Date.parse(sessions.find((s) => s.id === a.sessionId)?.startsAt ?? '');
          const assigned = [a.hostId, ...Object.values(a.roles).map((r) => r.memberId)];
          for (const member of assigned.map((id) => memberOf(crew, id))) {
            if (member === undefined) continue;
            expect(Date.parse(member.joinedAt)).toBeLessThanOrEqual(start);
            if (member.leftAt) expect(start).toBeLessThan(Date.parse(member.leftAt));
          }
        }
      }),
      RUNS,
    );
  });

  it('is deterministic, whatever order the sessions come in', () => {
    fc.assert(
      fc.property(messyArb, fc.nat(), (input, seed) => {
        const { crew, sessions } = messyScenario(input);
        const shuffled = [...sessions].sort(
          (a, b) => ((a.index * 7919 + seed) % 101) - ((b.index * 7919 + seed) % 101),
        );
        const plan = planRotation({ crew, sessions });
        expect(planRotation({ crew, sessions })).toEqual(plan);
        expect(planRotation({ crew, sessions: shuffled })).toEqual(plan);
      }),
      RUNS,
    );
  });

  it('does not change the plan when sessions are held as planned', () => {
    fc.assert(
      fc.property(messyArb, fc.nat(MAX_SESSIONS), (input, holdCount) => {
        const { crew, sessions } = messyScenario(input);
        const plan = planRotation({ crew, sessions });
        const toHold = new Map(
          plan
            .filter((a) => a.hostId !== undefined)
            .slice(0, holdCount)
            .map((a) => [a.sessionId, a]),
        );
        const afterHolding = sessions.map((s): RotationSession => {
          const a = toHold.get(s.id);
          if (a === undefined) return s;
          const roleHolders: Record<string, Id> = {};
          for (const [role, r] of Object.entries(a.roles))
            if (r.memberId) roleHolders[role] = r.memberId;
          return {
            ...s,
            status: 'held',
            hostId: a.hostId,
            roleHolders,
            presentIds: availableAt(crew, s),
          };
        });
        const replanned = planRotation({ crew, sessions: afterHolding });
        expect(replanned).toEqual(plan.filter((a) => !toHold.has(a.sessionId)));
      }),
      RUNS,
    );
  });
});

/** The messy history for the first `input.count` sessions, then `tail` clean sessions after it. */
function withCleanTail(input: Messy, tail: (active: number) => number) {
  const prefix = messyScenario(input);
  const tailStart = Date.parse(startOf(input.count));
  // Nobody joins or leaves during the clean stretch.
  const clamp = (at: string) => iso(Math.min(Date.parse(at), tailStart));
  const crew: Crew = {
    ...prefix.crew,
    members: prefix.crew.members.map((m) => ({
      ...m,
      joinedAt: clamp(m.joinedAt),
      ...(m.leftAt ? { leftAt: clamp(m.leftAt) } : {}),
    })),
  };
  const active = crew.members.filter((m) => isActiveAt(m, startOf(input.count))).length;
  const clean = plannedSessions(input.count + tail(active)).slice(input.count);
  return {
    crew,
    sessions: [...prefix.sessions, ...clean],
    tailIds: clean.map((s) => s.id),
    active,
  };
}

describe('rotation guarantees', LONGER, () => {
  it('the exact rule: the present member with the oldest standing hosts', () => {
    fc.assert(
      fc.property(messyArb, (input) => {
        const { crew, sessions } = messyScenario({ ...input, swaps: [] });
        const plan = planRotation({ crew, sessions });
        const live = sessions.filter((s) => s.status === 'planned' || s.status === 'held');
        const planned = new Map(plan.map((a) => [a.sessionId, a]));
        const hostAt = (q: number) => {
          const session = live[q] as RotationSession;
          return session.status === 'held' ? session.hostId : planned.get(session.id)?.hostId;
        };
        for (const [p, session] of live.entries()) {
          const a = planned.get(session.id);
          if (a === undefined || !ROTATION_CODES.includes(a.hostReason.code)) continue;
          expect(a.hostId).toBe(ruleHost(crew, live, hostAt, p));
        }
      }),
      RUNS,
    );
  });

  it('round-robin: in any run of n sessions with nobody away, each of n members hosts once', () => {
    fc.assert(
      fc.property(messyArb, fc.nat(4), (input, extra) => {
        const { crew, sessions, tailIds, active } = withCleanTail(input, (k) => 2 * k + extra);
        const plan = planRotation({ crew, sessions });
        const tailHosts = tailIds.map((id) => plan.find((a) => a.sessionId === id)?.hostId);
        const activeIds = crew.members
          .filter((m) => isActiveAt(m, startOf(input.count)))
          .map((m) => m.id)
          .sort();
        for (let w = 0; active > 0 && w + active <= tailHosts.length; w++) {
          expect([...tailHosts.slice(w, w + active)].sort()).toEqual(activeIds);
        }
      }),
      RUNS,
    );
  });

  it('away: whoever is away on their turn hosts at the next session they attend', () => {
    const arb = fc.record({
      shape: shapeArb(3, 4),
      count: fc.integer({ min: 2, max: MAX_SESSIONS }),
      at: fc.nat(MAX_SESSIONS - 1),
      awayFor: fc.integer({ min: 1, max: 4 }),
    });
    fc.assert(
      fc.property(arb, ({ shape, count, at, awayFor }) => {
        const crew = crewOf(shape);
        const sessions = plannedSessions(count);
        const k = at % count;
        const baseline = hosts(planRotation({ crew, sessions }));
        const x = baseline[k];
        if (x === undefined) return;
        const marked = sessions.map((s, i) =>
          i >= k && i < k + awayFor ? { ...s, awayIds: [x] } : s,
        );
        const plan = planRotation({ crew, sessions: marked });
        expect(hosts(plan).slice(0, k)).toEqual(baseline.slice(0, k));
        for (const a of plan.slice(k, k + awayFor)) expect(a.hostId).not.toBe(x);
        const back = plan[k + awayFor];
        const member = memberOf(crew, x) as Member;
        if (back && isActiveAt(member, startOf(k + awayFor))) {
          expect(back.hostId).toBe(x);
          expect(back.hostReason.code).toBe('back-after-away');
        }
      }),
      RUNS,
    );
  });

  it('joining: a newcomer hosts right after everyone still owed a turn in the current cycle', () => {
    const arb = fc.record({
      n: fc.integer({ min: 2, max: 11 }),
      caller: fc.nat(10),
      at: fc.nat(100),
      slot: fc.nat(11),
    });
    fc.assert(
      fc.property(arb, ({ n, caller, at, slot }) => {
        const a = 1 + (at % (3 * n));
        const joinHours = (a * WEEK) / HOUR - 1;
        const shape: Shape = {
          n: n + 1,
          caller: caller % n,
          roleCount: 1,
          joins: Array.from({ length: n + 1 }, (_, i) => (i === n ? joinHours : undefined)),
          leaves: [],
        };
        // The newcomer may sit anywhere in the crew order.
        const order = Array.from({ length: n }, (_, i) => i);
        order.splice(slot % (n + 1), 0, n);
        const crew = crewOf(shape, order);
        // With nobody away, cycles are blocks of n; the newcomer closes the current one.
        const first = (Math.floor(a / n) + 1) * n;
        const plan = planRotation({ crew, sessions: plannedSessions(first + 2 * (n + 1)) });
        const seq = hosts(plan);
        expect(seq.indexOf(`m${n}`)).toBe(first);
        expect(seq.slice(first - n, first).sort()).toEqual(
          order
            .filter((i) => i !== n)
            .map((i) => `m${i}`)
            .sort(),
        );
        for (let w = first - n; w + n + 1 <= seq.length; w++) {
          expect(new Set(seq.slice(w, w + n + 1)).size).toBe(n + 1);
        }
        for (let i = a; i < first; i++) {
          expect(plan[i]?.notes).toEqual([{ code: 'joined-recently-waits', memberId: `m${n}` }]);
        }
      }),
      RUNS,
    );
  });

  it('a swap exchanges two hosts; within one round, the sessions between keep theirs', () => {
    const arb = fc.record({
      n: fc.integer({ min: 2, max: 12 }),
      caller: fc.nat(11),
      roleCount: fc.integer({ min: 0, max: 2 }),
      count: fc.integer({ min: 2, max: MAX_SESSIONS }),
      i: fc.nat(MAX_SESSIONS),
      gap: fc.integer({ min: 1, max: MAX_SESSIONS }),
    });
    fc.assert(
      fc.property(arb, ({ n, caller, roleCount, count, i, gap }) => {
        const crew = crewOf({ n, caller, roleCount, joins: [], leaves: [] });
        const sessions = plannedSessions(count);
        const a = i % (count - 1);
        const b = Math.min(count - 1, a + gap);
        const before = planRotation({ crew, sessions });
        const swapped = swapHosts(sessions, before, `s${a + 1}`, `s${b + 1}`);
        const after = planRotation({ crew, sessions: swapped });
        // From the first swapped session on, the two members keep each other's place in the
        // round, so nobody hosts twice within n sessions.
        const [hostA, hostB] = [before[a]?.hostId, before[b]?.hostId];
        const exchange = (id: Id | undefined) => (id === hostA ? hostB : id === hostB ? hostA : id);
        const expected = hosts(before).map((id, t) => (t >= a ? exchange(id) : id));
        expect(hosts(after)).toEqual(expected);
        if (b - a < n) {
          const changed = expected
            .slice(0, b + 1)
            .flatMap((id, t) => (id === before[t]?.hostId ? [] : [t]));
          expect(changed).toEqual(hostA === hostB ? [] : [a, b]);
        }
        if (hostA !== hostB) {
          expect(after[a]?.hostReason).toEqual({ code: 'swapped', swappedWithSessionIndex: b + 1 });
          expect(after[b]?.hostReason).toEqual({ code: 'swapped', swappedWithSessionIndex: a + 1 });
        }
      }),
      RUNS,
    );
  });

  it('roles: from a clean start each member holds each role once in every n sessions', () => {
    const arb = fc.record({
      n: fc.integer({ min: 2, max: 12 }),
      caller: fc.nat(11),
      roleCount: fc.integer({ min: 1, max: 2 }),
      count: fc.integer({ min: 1, max: MAX_SESSIONS }),
    });
    fc.assert(
      fc.property(arb, ({ n, caller, roleCount, count }) => {
        const roles = Math.min(roleCount, n - 1);
        const crew = crewOf({ n, caller, roleCount: roles, joins: [], leaves: [] });
        const plan = planRotation({ crew, sessions: plannedSessions(count) });
        for (const a of plan) {
          const people = [a.hostId, ...crew.roles.map((r) => a.roles[r]?.memberId)];
          expect(new Set(people).size).toBe(roles + 1);
        }
        for (const role of crew.roles) {
          const holders = plan.map((a) => a.roles[role]?.memberId);
          for (let w = 0; w + n <= holders.length; w++) {
            expect(new Set(holders.slice(w, w + n)).size).toBe(n);
          }
        }
      }),
      RUNS,
    );
  });
});
