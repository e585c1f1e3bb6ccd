// What the background does when a call ends (Meet, Jitsi): close the crew session and ask who
// hosts next. Functions over the store, so the rules are tested in Node; handlers.ts registers them.
import { currentMembers } from '../core/crew';
import type { Crew, Id, Session } from '../core/model';
import { planRotation } from '../core/rotation';
import type { CallProgress, NextHostQuestion } from '../messaging/protocol';
import type { CrewkitStore } from '../store/store';

/** A call closes a planned session only when it happens near that session's time. */
export const SESSION_MATCH_WINDOW_MS = 12 * 3600_000;

function plannedHost(crew: Crew, series: Session[], sessionId: Id): Id | undefined {
  return planRotation({ crew, sessions: series }).find((a) => a.sessionId === sessionId)?.hostId;
}

/**
 * The call is over: its session is saved as held with who was there (absent members marked away,
 * so the rotation keeps their turn), and the host is asked who hosts next. Safe to call twice.
 */
export async function endCall(
  store: Pick<CrewkitStore, 'getCrew' | 'getSession' | 'listSessions' | 'putSession'>,
  progress: CallProgress,
  now: number,
): Promise<NextHostQuestion | null> {
  const crew = await store.getCrew(progress.crewId);
  if (!crew) return null;
  const sessions = await store.listSessions(crew.id);
  const session = sessions.find((s) => s.id === progress.sessionId);
  const near = session && Math.abs(Date.parse(session.startsAt) - now) <= SESSION_MATCH_WINDOW_MS;
  let seriesId = session?.seriesId;
  if (session && near && session.status === 'planned') {
    const ofSeries = sessions.filter((s) => s.seriesId === session.seriesId);
    const planned = session.pinnedHostId ?? plannedHost(crew, ofSeries, session.id);
    const members = currentMembers(crew);
    const present = members.filter((m) => progress.presentIds.includes(m.id)).map((m) => m.id);
    const hostId =
      planned && present.includes(planned) ? planned : (progress.selfId ?? planned ?? undefined);
    const held: Session = {
      ...session,
      status: 'held',
      presentIds: present,
      awayIds: members.filter((m) => !present.includes(m.id)).map((m) => m.id),
      ...(hostId ? { hostId } : {}),
    };
    await store.putSession(held);
    sessions.splice(sessions.indexOf(session), 1, held);
  } else if (!near) {
    seriesId = undefined;
  }
  return nextHostQuestion(crew, sessions, seriesId, now);
}

function nextHostQuestion(
  crew: Crew,
  sessions: Session[],
  seriesId: Id | undefined,
  now: number,
): NextHostQuestion | null {
  const upcoming = sessions
    .filter((s) => s.status === 'planned' && (seriesId === undefined || s.seriesId === seriesId))
    .filter((s) => Date.parse(s.startsAt) > now - SESSION_MATCH_WINDOW_MS)
    .sort((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt));
  const next = upcoming[0];
  if (!next) return null;
  const ofSeries = sessions.filter((s) => s.seriesId === next.seriesId);
  return {
    crewId: crew.id,
    sessionId: next.id,
    sessionIndex: next.index,
    hostId: next.pinnedHostId ?? plannedHost(crew, ofSeries, next.id),
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
