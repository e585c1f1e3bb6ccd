// What a tagged event shows (crew, "3 of 6", host) and which session a call is.
import { type CrewBook, live, ms } from './calendar-session-book';
import type { Id, Session } from './model';
import { planRotation } from './rotation';

export interface SessionBadge {
  crewId: Id;
  crewName: string;
  sessionId: Id;
  index: number;
  of?: number;
  hostId?: Id;
  hostName?: string;
  /** The crew skipped this session: the chip says so calmly, with no number or host (issue 9). */
  skipped?: true;
}

/**
 * What chips' badges say: crew, "3 of 6", and who hosts (by rotation, a pin, or as held). The
 * returned function plans each series' rotation once, however many of its chips are asked about.
 * A skipped session is no crew session and has no badge, unless `skipped` asks for its own (the
 * calendar's chips: "Tuesday Crew · skipped"; the shared tag and the rotation never count it).
 */
export function badgeReader(
  book: CrewBook,
  options: { skipped?: boolean } = {},
): (session: Session) => SessionBadge | null {
  const plans = new Map<Id | undefined, Map<Id, Id | undefined>>();
  const plannedHost = (session: Session): Id | undefined => {
    let plan = plans.get(session.seriesId);
    if (!plan) {
      const series = book.series.find((s) => s.id === session.seriesId);
      const ofSeries = book.sessions.filter((s) => s.seriesId === session.seriesId);
      const assignments = planRotation({
        crew: book.crew,
        sessions: ofSeries,
        opensWithId: series?.opensWithId,
      });
      plan = new Map(assignments.map((a) => [a.sessionId, a.hostId]));
      plans.set(session.seriesId, plan);
    }
    return plan.get(session.id);
  };
  return (session) => {
    if (options.skipped && session.status === 'skipped') {
      const { id: crewId, name: crewName } = book.crew;
      return { crewId, crewName, sessionId: session.id, index: session.index, skipped: true };
    }
    if (!live(session)) return null;
    const series = book.series.find((s) => s.id === session.seriesId);
    const hostId = session.status === 'held' ? session.hostId : plannedHost(session);
    const hostName = book.crew.members.find((m) => m.id === hostId)?.name;
    return {
      crewId: book.crew.id,
      crewName: book.crew.name,
      sessionId: session.id,
      index: session.index,
      ...(series?.plannedSessions !== undefined ? { of: series.plannedSessions } : {}),
      ...(hostId !== undefined ? { hostId } : {}),
      ...(hostName !== undefined ? { hostName } : {}),
    };
  };
}

/** One session's badge (see badgeReader for many). */
export function sessionBadge(book: CrewBook, session: Session): SessionBadge | null {
  return badgeReader(book)(session);
}

/** The session a call is, by the Meet code its calendar event carries: the one nearest `now`. */
export function sessionForMeetCode(
  sessions: readonly Session[],
  meetCode: string,
  nowMs: number,
): Session | undefined {
  return sessions
    .filter((s) => s.meetCode === meetCode && live(s))
    .sort((a, b) => Math.abs(ms(a.startsAt) - nowMs) - Math.abs(ms(b.startsAt) - nowMs))[0];
}
