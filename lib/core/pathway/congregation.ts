// The congregation view's figures (issue 10): for someone who hosts many crews, every crew with
// its next session and host, crews that have not met for longer than their rhythm, who has not
// hosted yet (a gentle note, never a ranking) and how far hosting has spread beyond the founders.
import { currentMembers } from '../crew';
import type { Crew, Id, IsoTime, Series, Session } from '../model';
import { planRotation } from '../rotation';
import { occurrenceStartMs, sessionsOfSeries } from '../series';
import { personKeyOf } from './log';

const DAY_MS = 86_400_000;
/**
 * A day's grace after the rhythm's next date before a crew counts as not having met: the session
 * may be held but not yet marked as held.
 */
export const OVERDUE_GRACE_MS = DAY_MS;

const activeCrews = (crews: readonly Crew[]) => crews.filter((crew) => !crew.archivedAt);

export interface Spread {
  /** Distinct people in the active crews (current members). */
  members: number;
  /** Of those, people who have hosted at least one held session, in any crew. */
  hosted: number;
  /** hosted / members, 0 when there is nobody. */
  share: number;
}

/**
 * Person keys of everyone who hosted a held session, in any crew (archived ones too). Computed
 * once for the congregation view and passed to both figures: it walks every session.
 */
export function hostKeys(crews: readonly Crew[], sessions: readonly Session[]): Set<string> {
  // Crew, then member: no key string built per session (10,000 of them in pathway-render-scale).
  const memberKey = new Map<Id, Map<Id, string>>();
  for (const crew of crews) {
    memberKey.set(crew.id, new Map(crew.members.map((member) => [member.id, personKeyOf(member)])));
  }
  const keys = new Set<string>();
  for (const session of sessions) {
    if (session.status !== 'held' || session.hostId === undefined) continue;
    const key = memberKey.get(session.crewId)?.get(session.hostId);
    if (key !== undefined) keys.add(key);
  }
  return keys;
}

export function hostingSpread(
  crews: readonly Crew[],
  sessions: readonly Session[],
  hosts: ReadonlySet<string> = hostKeys(crews, sessions),
): Spread {
  const people = new Set<string>();
  for (const crew of activeCrews(crews)) {
    for (const member of currentMembers(crew)) people.add(personKeyOf(member));
  }
  const hosted = [...people].filter((key) => hosts.has(key)).length;
  return { members: people.size, hosted, share: people.size === 0 ? 0 : hosted / people.size };
}

export interface NotHostedYet {
  personKey: string;
  name: string;
  crewNames: string[];
}

/** People in active crews who have not hosted yet, in crew order (never sorted by anything else). */
export function notHostedYet(
  crews: readonly Crew[],
  sessions: readonly Session[],
  hosts: ReadonlySet<string> = hostKeys(crews, sessions),
): NotHostedYet[] {
  const byKey = new Map<string, NotHostedYet>();
  const sorted = [...activeCrews(crews)].sort((a, b) => a.name.localeCompare(b.name));
  for (const crew of sorted) {
    for (const member of currentMembers(crew)) {
      const key = personKeyOf(member);
      if (hosts.has(key)) continue;
      const entry = byKey.get(key) ?? { personKey: key, name: member.name, crewNames: [] };
      entry.crewNames.push(crew.name);
      byKey.set(key, entry);
    }
  }
  return [...byKey.values()];
}

export interface CrewOverview {
  crewId: Id;
  crewName: string;
  lastMetAt?: IsoTime;
  next?: { sessionId: Id; startsAt: IsoTime; hostId?: Id; hostName?: string };
  /** Not met for longer than the rhythm (plus a day's grace). */
  overdue: boolean;
  /** Since the last meeting (or since the crew was made, if it never met). */
  daysSinceMet: number;
}

/** One row per active crew, sorted by name; the next host comes from the rotation's plan. */
export function congregationOverview(
  crews: readonly Crew[],
  series: readonly Series[],
  sessions: readonly Session[],
  now: IsoTime,
): CrewOverview[] {
  const nowMs = Date.parse(now);
  const byCrew = new Map<Id, Session[]>();
  for (const session of sessions) {
    const list = byCrew.get(session.crewId) ?? [];
    list.push(session);
    byCrew.set(session.crewId, list);
  }
  // The first of each id, as a find() over the list would give.
  const seriesById = new Map<Id, Series>();
  for (const s of series) if (!seriesById.has(s.id)) seriesById.set(s.id, s);
  return [...activeCrews(crews)]
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((crew) => {
      const own = byCrew.get(crew.id) ?? [];
      let lastMs = Number.NEGATIVE_INFINITY;
      let next: Session | undefined;
      let nextMs = Number.POSITIVE_INFINITY;
      for (const session of own) {
        const at = Date.parse(session.startsAt);
        if (session.status === 'held') lastMs = Math.max(lastMs, at);
        if (session.status === 'planned' && at >= nowMs) {
          if (next === undefined || at < nextMs) [next, nextMs] = [session, at];
        }
      }
      const sinceIso = Number.isFinite(lastMs) ? new Date(lastMs).toISOString() : crew.createdAt;
      const dueMs = occurrenceStartMs(sinceIso, crew.rhythm, 1) + OVERDUE_GRACE_MS;
      const row: CrewOverview = {
        crewId: crew.id,
        crewName: crew.name,
        overdue: nowMs > dueMs,
        daysSinceMet: Math.max(0, Math.floor((nowMs - Date.parse(sinceIso)) / DAY_MS)),
        ...(Number.isFinite(lastMs) ? { lastMetAt: sinceIso } : {}),
      };
      if (next !== undefined) row.next = nextWithHost(crew, seriesById, own, next);
      return row;
    });
}

function nextWithHost(
  crew: Crew,
  seriesById: ReadonlyMap<Id, Series>,
  own: Session[],
  next: Session,
): NonNullable<CrewOverview['next']> {
  const ofSeries = next.seriesId === undefined ? [next] : sessionsOfSeries(own, next.seriesId);
  const opensWithId =
    next.seriesId === undefined ? undefined : seriesById.get(next.seriesId)?.opensWithId;
  const hostId = planRotation({ crew, sessions: ofSeries, opensWithId }).find(
    (a) => a.sessionId === next.id,
  )?.hostId;
  const hostName = crew.members.find((m) => m.id === hostId)?.name;
  return {
    sessionId: next.id,
    startsAt: next.startsAt,
    ...(hostId === undefined ? {} : { hostId }),
    ...(hostName === undefined ? {} : { hostName }),
  };
}
