// The hosting log: what one person has hosted and held across all their crews, as a timeline
// (issue 10, "The log and the ladder"). Pure; built from the records the store already keeps.
import { activeMembers, nameKey } from '../crew';
import type { Crew, Id, IsoTime, Member, RoleName, RoundKind, Session } from '../model';

/** The same person in several crews: by e-mail when the crew has one, else by name as read. */
export function personKeyOf(member: Pick<Member, 'name' | 'email'>): string {
  const email = member.email?.trim().toLowerCase();
  return email ? `email:${email}` : `name:${nameKey(member.name)}`;
}

export interface Person {
  key: string;
  /** The name as written in the crew listed first (crews sorted by name). */
  name: string;
  /** Each crew the person is in, with their member id there. */
  memberships: { crewId: Id; crewName: string; memberId: Id; left: boolean }[];
}

/** Everyone in any crew, once each, sorted by name. */
export function peopleAcrossCrews(crews: readonly Crew[]): Person[] {
  const byKey = new Map<string, Person>();
  const sorted = [...crews].sort((a, b) => a.name.localeCompare(b.name) || (a.id < b.id ? -1 : 1));
  for (const crew of sorted) {
    for (const member of crew.members) {
      const key = personKeyOf(member);
      const person = byKey.get(key) ?? { key, name: member.name, memberships: [] };
      person.memberships.push({
        crewId: crew.id,
        crewName: crew.name,
        memberId: member.id,
        left: member.leftAt !== undefined,
      });
      byKey.set(key, person);
    }
  }
  return [...byKey.values()].sort((a, b) => a.name.localeCompare(b.name));
}

/** "host", "caller", or one of a crew's rotating roles (e.g. "timekeeper"). */
export type PathwayRole = 'host' | 'caller' | RoleName;

/** The rounds of a session, as far as the log needs them. */
export interface RoundSummary {
  sessionId?: Id | undefined;
  kind: RoundKind;
}

export interface LogEntry {
  kind: 'session' | 'called';
  crewId: Id;
  crewName: string;
  /** The session; absent for `called` (sending a crew's first invitation). */
  sessionId?: Id;
  seriesId?: Id;
  index?: number;
  at: IsoTime;
  roles: PathwayRole[];
  /** People in the meeting (present when held), or in the crew when it was called. */
  groupSize: number;
  /** Rounds run in that session (only counted where the person hosted). */
  roundsRun: number;
}

export interface HostingLog {
  personKey: string;
  /** Oldest first. */
  entries: LogEntry[];
  sessionsHosted: number;
  /** How often each role was held, host and caller included. */
  roleCounts: Record<PathwayRole, number>;
  /** Distinct crews the person has hosted in. */
  crewsHosted: number;
  roundsRun: number;
}

/** Who was in the meeting: the present list once held, else the active members not away. */
export function groupSizeOf(crew: Crew, session: Session): number {
  if (session.presentIds !== undefined) return session.presentIds.length;
  return activeMembers(crew, session.startsAt).filter((m) => !session.awayIds.includes(m.id))
    .length;
}

export interface LogInput {
  crews: readonly Crew[];
  sessions: readonly Session[];
  rounds?: readonly RoundSummary[];
}

/**
 * The log of one person. Only held sessions count: a planned turn is not a hosting yet. Roles are
 * the host (who actually hosted) and each role holder recorded with the session.
 */
export function hostingLog(
  personKey: string,
  { crews, sessions, rounds = [] }: LogInput,
): HostingLog {
  const roundsBySession = new Map<Id, number>();
  for (const round of rounds) {
    if (round.sessionId === undefined) continue;
    roundsBySession.set(round.sessionId, (roundsBySession.get(round.sessionId) ?? 0) + 1);
  }
  const crewById = new Map(crews.map((crew) => [crew.id, crew]));
  const mine = new Map<Id, Id>();
  const entries: LogEntry[] = [];
  for (const crew of crews) {
    const member = crew.members.find((m) => personKeyOf(m) === personKey);
    if (member === undefined) continue;
    mine.set(crew.id, member.id);
    if (crew.callerId === member.id) {
      entries.push({
        kind: 'called',
        crewId: crew.id,
        crewName: crew.name,
        at: crew.createdAt,
        roles: ['caller'],
        groupSize: activeMembers(crew, crew.createdAt).length || crew.members.length,
        roundsRun: 0,
      });
    }
  }
  for (const session of sessions) {
    if (session.status !== 'held') continue;
    const memberId = mine.get(session.crewId);
    const crew = crewById.get(session.crewId);
    if (memberId === undefined || crew === undefined) continue;
    const roles: PathwayRole[] = [];
    if (session.hostId === memberId) roles.push('host');
    if (session.roleHolders !== undefined) {
      for (const [role, holder] of Object.entries(session.roleHolders)) {
        if (holder === memberId) roles.push(role);
      }
    }
    if (roles.length === 0) continue;
    entries.push({
      kind: 'session',
      crewId: crew.id,
      crewName: crew.name,
      sessionId: session.id,
      ...(session.seriesId === undefined ? {} : { seriesId: session.seriesId }),
      index: session.index,
      at: session.startsAt,
      roles,
      groupSize: groupSizeOf(crew, session),
      roundsRun: roles.includes('host') ? (roundsBySession.get(session.id) ?? 0) : 0,
    });
  }
  // Each date parsed once, not twice per comparison: someone in 50 crews has thousands of entries
  // (pathway-render-scale). Same order as comparing Date.parse(a.at) - Date.parse(b.at).
  const dated = entries.map((entry) => ({ entry, ms: Date.parse(entry.at) }));
  dated.sort((a, b) => a.ms - b.ms || (a.entry.kind === 'called' ? -1 : 1));
  entries.splice(0, entries.length, ...dated.map((d) => d.entry));
  const roleCounts: Record<PathwayRole, number> = {};
  for (const entry of entries) {
    for (const role of entry.roles) roleCounts[role] = (roleCounts[role] ?? 0) + 1;
  }
  const hosted = entries.filter((e) => e.roles.includes('host'));
  return {
    personKey,
    entries,
    sessionsHosted: hosted.length,
    roleCounts,
    crewsHosted: new Set(hosted.map((e) => e.crewId)).size,
    roundsRun: hosted.reduce((sum, e) => sum + e.roundsRun, 0),
  };
}

/** Hostings per calendar month (UTC, "2026-12"), oldest first, months without any included. */
export function hostingsByMonth(log: HostingLog): { month: string; hostings: number }[] {
  const hosted = log.entries.filter((e) => e.roles.includes('host'));
  if (hosted.length === 0) return [];
  const counts = new Map<string, number>();
  for (const entry of hosted) {
    const month = entry.at.slice(0, 7);
    counts.set(month, (counts.get(month) ?? 0) + 1);
  }
  const first = hosted[0]?.at.slice(0, 7) ?? '';
  const last = hosted[hosted.length - 1]?.at.slice(0, 7) ?? '';
  const rows: { month: string; hostings: number }[] = [];
  let [year, month] = first.split('-').map(Number) as [number, number];
  for (;;) {
    const key = `${year}-${String(month).padStart(2, '0')}`;
    rows.push({ month: key, hostings: counts.get(key) ?? 0 });
    if (key >= last) break;
    month += 1;
    if (month > 12) [year, month] = [year + 1, 1];
  }
  return rows;
}
