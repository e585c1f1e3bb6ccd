// What "this session was held" means, decided once for the options page's "Mark as held" and for
// the end of a call Crewkit saw: who was there, who was away (so the rotation keeps their turn),
// and who hosted.
import { currentMembers } from './crew';
import type { Crew, Id, Session } from './model';
import { planRotation } from './rotation';

/**
 * A call belongs to a session when it is this close to the session's start, before or after.
 * 12 h, not the 3 h the panel once used: a crew that moves its call within the day still gets
 * the session closed, and since sessions are at least a day apart (the shortest rhythm is a
 * custom one of 1 day) two sessions' windows never overlap, so a call belongs to one session at
 * most. The panel's "session running now" and the call's end use this same window, so the
 * session the panel shows is the session the call's end closes.
 */
export const CALL_BELONGS_TO_SESSION_MS = 12 * 3600_000;

/** Whether a call at `now` belongs to `session` (see CALL_BELONGS_TO_SESSION_MS). */
export function callBelongsToSession(session: Pick<Session, 'startsAt'>, now: number): boolean {
  return Math.abs(Date.parse(session.startsAt) - now) <= CALL_BELONGS_TO_SESSION_MS;
}

/** The host rotation plans for a session (a pin wins), from the sessions of its series. */
export function plannedHostOf(
  crew: Crew,
  sessions: Session[],
  sessionId: Id,
  /** Series.opensWithId of the session's series (a series continued after a retrospective). */
  opensWithId?: Id | undefined,
): Id | undefined {
  const session = sessions.find((s) => s.id === sessionId);
  if (!session) return undefined;
  if (session.pinnedHostId) return session.pinnedHostId;
  const ofSeries = sessions.filter((s) => s.seriesId === session.seriesId);
  return planRotation({ crew, sessions: ofSeries, opensWithId }).find(
    (a) => a.sessionId === sessionId,
  )?.hostId;
}

export interface HoldRequest {
  crew: Crew;
  /** The crew's sessions (at least those of the session's series). */
  sessions: Session[];
  sessionId: Id;
  /** Who was there; ids that are not current members are ignored. */
  presentMemberIds: readonly Id[];
  /** Who ran the panel, the host when the planned host was not there. */
  hostIdIfPresent?: Id | undefined;
  /**
   * Given at a call's end: then only a planned session the call belongs to is held. Without it
   * (marked by hand) any session of the crew may be held, whenever it was.
   */
  now?: number | undefined;
  /** Series.opensWithId of the session's series, so a continued rotation is honoured. */
  opensWithId?: Id | undefined;
}

/**
 * The session records to write when a session was held: the session with its present members,
 * every other current member marked away, and as host the planned host if present, else
 * whoever ran the panel, else the planned host. Empty when there is nothing to write.
 */
export function holdSession(request: HoldRequest): Session[] {
  const { crew, sessions, sessionId, now } = request;
  const session = sessions.find((s) => s.id === sessionId && s.crewId === crew.id);
  if (!session) return [];
  if (now !== undefined && (session.status !== 'planned' || !callBelongsToSession(session, now))) {
    return [];
  }
  const members = currentMembers(crew).map((m) => m.id);
  const present = members.filter((id) => request.presentMemberIds.includes(id));
  const planned = plannedHostOf(crew, sessions, sessionId, request.opensWithId);
  const hostId =
    planned && present.includes(planned) ? planned : (request.hostIdIfPresent ?? planned);
  const { hostId: _formerHost, ...rest } = session;
  return [
    {
      ...rest,
      status: 'held',
      presentIds: present,
      awayIds: members.filter((id) => !present.includes(id)),
      ...(hostId ? { hostId } : {}),
    },
  ];
}
