// What the kickoff's "Schedule and hosting" fields start from (issue 10): the series as planned
// now, and who hosts which of the next sessions by the fair rotation, again as the host changes
// one (the ones after it follow the rotation from there). Pure; the panel computes with it.
import { currentMembers } from '../crew';
import type { Crew, Id, IsoTime, Rhythm, Session } from '../model';
import { planRotation } from '../rotation';
import { MAX_EVERY_WEEKS, withChosenHosts } from './kickoff-schedule';

/** The host of one planned session after the kickoff. */
export interface ProposedHost {
  sessionId: Id;
  index: number;
  startsAt: IsoTime;
  hostId: Id | undefined;
}

/** What the panel offers before the host changes anything. */
export interface ScheduleProposal {
  kickoffId: Id;
  /** When the next meeting is planned now. */
  nextStart: IsoTime;
  everyWeeks: number;
  /** Who can host: the crew's current members, in rotation order. */
  members: { id: Id; name: string }[];
  /** What the rotation is planned from: the crew and the sessions of the kickoff's series. */
  crew: Crew;
  sessions: Session[];
  opensWithId?: Id;
}

const WEEK_MS = 7 * 86_400_000;

/** The proposal for the kickoff `kickoffId`; undefined when it is not a session of the crew. */
export function scheduleProposal(
  crew: Crew,
  sessions: readonly Session[],
  kickoffId: Id,
  opensWithId?: Id,
): ScheduleProposal | undefined {
  const kickoff = sessions.find((s) => s.id === kickoffId && s.crewId === crew.id);
  if (!kickoff) return undefined;
  const own = sessions.filter((s) => s.seriesId === kickoff.seriesId);
  const next = own
    .filter((s) => s.status === 'planned' && s.index > kickoff.index)
    .sort((a, b) => a.index - b.index)[0];
  const everyWeeks = weeksOf(crew.rhythm);
  return {
    kickoffId,
    nextStart:
      next?.startsAt ?? new Date(Date.parse(kickoff.startsAt) + everyWeeks * WEEK_MS).toISOString(),
    everyWeeks,
    members: currentMembers(crew).map((m) => ({ id: m.id, name: m.name })),
    crew,
    sessions: own,
    ...(opensWithId ? { opensWithId } : {}),
  };
}

/**
 * Who hosts each planned session after the kickoff, in order: the host's choices (by session
 * id) where made, the rotation's from there on for the others.
 */
export function proposedHosts(
  proposal: ScheduleProposal,
  chosen: Readonly<Record<Id, Id>> = {},
): ProposedHost[] {
  const { crew, sessions, kickoffId, opensWithId } = proposal;
  const kickoff = sessions.find((s) => s.id === kickoffId);
  if (!kickoff) return [];
  const coming = sessions
    .filter((s) => s.status === 'planned' && s.index > kickoff.index)
    .sort((a, b) => a.index - b.index);
  const pinned = withChosenHosts(
    crew,
    sessions,
    kickoff,
    coming.map((s) => chosen[s.id]),
    opensWithId,
  );
  const plan = planRotation({ crew, sessions: pinned, opensWithId });
  return coming.map((s) => ({
    sessionId: s.id,
    index: s.index,
    startsAt: s.startsAt,
    hostId: plan.find((a) => a.sessionId === s.id)?.hostId,
  }));
}

/** The crew's rhythm in whole weeks, as near as the fields can say it (monthly: four). */
function weeksOf(rhythm: Rhythm): number {
  if (rhythm.kind === 'fortnightly') return 2;
  if (rhythm.kind === 'monthly') return 4;
  if (rhythm.kind === 'custom' && rhythm.everyDays && rhythm.everyDays % 7 === 0) {
    return Math.min(MAX_EVERY_WEEKS, Math.max(1, rhythm.everyDays / 7));
  }
  return 1;
}
