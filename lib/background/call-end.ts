// What the background does when a call ends (Meet, Jitsi): close the crew session and ask who
// hosts next. Functions over the store, so the rules are tested in Node; handlers.ts registers them.
import { attendanceOf, presentFromSightings } from '../core/attendance';
import { currentMembers } from '../core/crew';
import {
  CALL_BELONGS_TO_SESSION_MS,
  callBelongsToSession,
  holdSession,
  plannedHostOf,
} from '../core/held';
import type { Crew, Id, Session } from '../core/model';
import type { CallProgress, NextHostQuestion } from '../messaging/protocol';
import { keepMeetingOutcomes } from '../store/meeting-outcomes';
import type { CrewkitStore } from '../store/store';

/**
 * The call is over: its session is saved as held with who was there (absent members marked away,
 * so the rotation keeps their turn), and the host is asked who hosts next. Safe to call twice.
 */
export async function endCall(
  store: Pick<
    CrewkitStore,
    | 'getCrew'
    | 'getSession'
    | 'listSessions'
    | 'listSeries'
    | 'putSession'
    | 'listRounds'
    | 'putCrew'
  >,
  progress: CallProgress,
  now: number,
): Promise<NextHostQuestion | null> {
  const crew = await store.getCrew(progress.crewId);
  if (!crew) return null;
  const [sessions, series] = await Promise.all([
    store.listSessions(crew.id),
    store.listSeries(crew.id),
  ]);
  // A series continued after a retrospective opens with the member it recorded, not the caller.
  const opensWith = (seriesId: Id | undefined) =>
    series.find((one) => one.id === seriesId)?.opensWithId;
  const session = sessions.find((s) => s.id === progress.sessionId);
  if (!session || !callBelongsToSession(session, now)) {
    return nextHostQuestion(crew, sessions, undefined, now, opensWith);
  }
  const written = holdSession({
    crew,
    sessions,
    sessionId: session.id,
    // Everyone who came, not only who was still there at the end (issue 8).
    presentMemberIds: progress.sightings
      ? presentFromSightings(progress.sightings)
      : progress.presentIds,
    hostIdIfPresent: progress.selfId,
    opensWithId: opensWith(session.seriesId),
    now,
  });
  const attendance = progress.sightings
    ? attendanceOf(progress.sightings, new Set(currentMembers(crew).map((m) => m.id)))
    : undefined;
  for (const record of written) {
    await store.putSession(
      record.id === session.id && attendance ? { ...record, attendance } : record,
    );
  }
  const { scheduleSaved } = await keepMeetingOutcomes(store, crew.id, session.id);
  // The kickoff's schedule may have moved the coming sessions and their hosts: ask from those.
  const after = scheduleSaved
    ? await store.listSessions(crew.id)
    : sessions.map((s) => written.find((w) => w.id === s.id) ?? s);
  const question = nextHostQuestion(crew, after, session.seriesId, now, opensWith);
  return (
    question && {
      ...question,
      heldSessionId: session.id,
      ...(scheduleSaved ? { scheduleSaved } : {}),
    }
  );
}

function nextHostQuestion(
  crew: Crew,
  sessions: Session[],
  seriesId: Id | undefined,
  now: number,
  opensWith: (seriesId: Id | undefined) => Id | undefined,
): NextHostQuestion | null {
  const upcoming = sessions
    .filter((s) => s.status === 'planned' && (seriesId === undefined || s.seriesId === seriesId))
    .filter((s) => Date.parse(s.startsAt) > now - CALL_BELONGS_TO_SESSION_MS)
    .sort((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt));
  const next = upcoming[0];
  if (!next) return null;
  return {
    crewId: crew.id,
    sessionId: next.id,
    sessionIndex: next.index,
    hostId: plannedHostOf(crew, sessions, next.id, opensWith(next.seriesId)),
    candidates: currentMembers(crew).map((m) => ({ id: m.id, name: m.name })),
  };
}

/** The host confirmed (or changed) who hosts next time: pin it on that session. */
export async function confirmNextHost(
  store: Pick<CrewkitStore, 'getCrew' | 'getSession' | 'putSession'>,
  choice: { crewId: Id; sessionId: Id; hostId: Id },
): Promise<void> {
  const [crew, session] = await Promise.all([
    store.getCrew(choice.crewId),
    store.getSession(choice.crewId, choice.sessionId),
  ]);
  if (!crew || !session || session.status !== 'planned') return;
  if (!currentMembers(crew).some((m) => m.id === choice.hostId)) return;
  await store.putSession({ ...session, pinnedHostId: choice.hostId });
}
