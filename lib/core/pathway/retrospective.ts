// The end of a series (issue 10): the retrospective decides to continue (plan the next series with
// the rotation carried on), change (edit rhythm, members, agenda, then continue) or split (start
// new crews from the members, each with its own caller). Every outcome is recorded with the
// series as a Retrospective record. Pure: returns the records to write.
import { newId } from '../ids';
import {
  type Crew,
  type Id,
  type IsoTime,
  MIN_MEMBERS,
  type Retrospective,
  SCHEMA_VERSION,
  type Series,
  type Session,
} from '../model';
import { planRotation } from '../rotation';
import { occurrenceStartMs, planSessions, sessionsOfSeries } from '../series';

/** Who hosts first if the rotation of `series` went on for one more session with everyone in. */
export function carriedOnHost(
  crew: Crew,
  series: Series,
  sessions: readonly Session[],
): Id | undefined {
  const own = sessionsOfSeries([...sessions], series.id);
  const last = own[own.length - 1];
  const at =
    last === undefined
      ? series.startsAt
      : new Date(occurrenceStartMs(last.startsAt, crew.rhythm, 1)).toISOString();
  const probe: Session = {
    v: SCHEMA_VERSION,
    id: '__carried-on',
    crewId: crew.id,
    seriesId: series.id,
    index: (last?.index ?? 0) + 1,
    startsAt: at,
    status: 'planned',
    awayIds: [],
  };
  const plan = planRotation({ crew, sessions: [...own, probe], opensWithId: series.opensWithId });
  return plan.find((a) => a.sessionId === probe.id)?.hostId;
}

/** The first rhythm date after the last meeting that is not in the past (now if none met). */
function nextRhythmDate(
  crew: Crew,
  lastStart: IsoTime | undefined,
  now: IsoTime,
  timeZone: string,
): IsoTime {
  if (lastStart === undefined) return now;
  const nowMs = Date.parse(now);
  let n = 1;
  while (occurrenceStartMs(lastStart, crew.rhythm, n, timeZone) < nowMs) n += 1;
  return new Date(occurrenceStartMs(lastStart, crew.rhythm, n, timeZone)).toISOString();
}

export interface ContinueInput {
  crew: Crew;
  series: Series;
  sessions: readonly Session[];
  now: IsoTime;
  /** The next series' first session; defaults to the rhythm's next date after the last one. */
  startsAt?: IsoTime;
  title: string;
  liked?: string[];
  wouldChange?: string[];
  /** 'change' when the crew was edited first; the outcome is recorded as such. */
  decision?: 'continue' | 'change';
  /**
   * The next series' template and length when the change chose another agenda
   * (./series-change.ts, nextSeriesShape); the finished series' own by default.
   */
  shape?: { templateId?: Id; plannedSessions: number };
  makeId?: () => Id;
  /** The user's zone: the next series keeps the crew's local time of day ('UTC' by default). */
  timeZone?: string;
}

export interface ContinueResult {
  retrospective: Retrospective;
  series: Series;
  sessions: Session[];
}

/** Continue or change: the next series, same length and template, the rotation carried on. */
export function continueSeries({
  crew,
  series,
  sessions,
  now,
  startsAt,
  title,
  liked = [],
  wouldChange = [],
  decision = 'continue',
  shape,
  makeId = newId,
  timeZone = 'UTC',
}: ContinueInput): ContinueResult {
  const own = sessionsOfSeries([...sessions], series.id);
  const last = own[own.length - 1];
  const nextStart = startsAt ?? nextRhythmDate(crew, last?.startsAt, now, timeZone);
  const opensWithId = carriedOnHost(crew, series, sessions);
  const next: Series = {
    v: SCHEMA_VERSION,
    id: makeId(),
    crewId: crew.id,
    title,
    startsAt: nextStart,
    createdAt: now,
    ...(shape === undefined
      ? {
          ...(series.plannedSessions === undefined
            ? {}
            : { plannedSessions: series.plannedSessions }),
          ...(series.templateId === undefined ? {} : { templateId: series.templateId }),
        }
      : {
          plannedSessions: shape.plannedSessions,
          ...(shape.templateId === undefined ? {} : { templateId: shape.templateId }),
        }),
    ...(opensWithId === undefined ? {} : { opensWithId }),
  };
  const planned = planSessions(crew, next, [], now, next.plannedSessions ?? 6, makeId, timeZone);
  return {
    retrospective: {
      ...baseRecord(crew, series, now, makeId),
      decision,
      liked,
      wouldChange,
      nextSeriesId: next.id,
    },
    series: next,
    sessions: planned,
  };
}

export interface SplitGroup {
  name: string;
  memberIds: Id[];
  callerId: Id;
}

export type SplitProblem =
  | { code: 'too-few-members'; group: number }
  | { code: 'caller-not-in-group'; group: number }
  | { code: 'member-in-two-groups'; memberId: Id }
  | { code: 'unknown-member'; memberId: Id }
  | { code: 'name-required'; group: number }
  | { code: 'fewer-than-two-groups' };

export function splitProblems(crew: Crew, groups: readonly SplitGroup[]): SplitProblem[] {
  const problems: SplitProblem[] = [];
  if (groups.length < 2) problems.push({ code: 'fewer-than-two-groups' });
  const seen = new Set<Id>();
  groups.forEach((group, i) => {
    if (group.name.trim() === '') problems.push({ code: 'name-required', group: i });
    if (group.memberIds.length < MIN_MEMBERS) problems.push({ code: 'too-few-members', group: i });
    if (!group.memberIds.includes(group.callerId)) {
      problems.push({ code: 'caller-not-in-group', group: i });
    }
    for (const id of group.memberIds) {
      if (!crew.members.some((m) => m.id === id && m.leftAt === undefined)) {
        problems.push({ code: 'unknown-member', memberId: id });
      } else if (seen.has(id)) problems.push({ code: 'member-in-two-groups', memberId: id });
      seen.add(id);
    }
  });
  return problems;
}

export interface SplitInput {
  crew: Crew;
  series: Series;
  groups: readonly SplitGroup[];
  now: IsoTime;
  liked?: string[];
  wouldChange?: string[];
  makeId?: () => Id;
}

export type SplitResult =
  | { ok: true; retrospective: Retrospective; crews: Crew[]; archivedCrew: Crew }
  | { ok: false; problems: SplitProblem[] };

/**
 * Split: each group becomes a crew of its own with the members (same ids, so their history can
 * be followed), its own caller, the old crew's rhythm, roles and agreements. The old crew is
 * archived, never deleted: its history stays in everyone's log.
 */
export function splitCrew({
  crew,
  series,
  groups,
  now,
  liked = [],
  wouldChange = [],
  makeId = newId,
}: SplitInput): SplitResult {
  const problems = splitProblems(crew, groups);
  if (problems.length > 0) return { ok: false, problems };
  const crews: Crew[] = groups.map((group) => ({
    v: SCHEMA_VERSION,
    id: makeId(),
    name: group.name.trim(),
    members: crew.members
      .filter((m) => group.memberIds.includes(m.id))
      .map((m) => ({ ...m, joinedAt: now })),
    callerId: group.callerId,
    rhythm: { ...crew.rhythm },
    roles: [...crew.roles],
    agreements: [...crew.agreements],
    ...(crew.intentions === undefined ? {} : { intentions: [...crew.intentions] }),
    deckIds: [],
    createdAt: now,
  }));
  return {
    ok: true,
    retrospective: {
      ...baseRecord(crew, series, now, makeId),
      decision: 'split',
      liked,
      wouldChange,
      newCrewIds: crews.map((c) => c.id),
    },
    crews,
    archivedCrew: { ...crew, archivedAt: now },
  };
}

function baseRecord(crew: Crew, series: Series, now: IsoTime, makeId: () => Id) {
  return { v: SCHEMA_VERSION, id: makeId(), crewId: crew.id, seriesId: series.id, decidedAt: now };
}

/** The retrospective of a series, if its crew has decided. */
export function retrospectiveOf(
  retrospectives: readonly Retrospective[],
  seriesId: Id,
): Retrospective | undefined {
  return retrospectives.find((r) => r.seriesId === seriesId);
}
