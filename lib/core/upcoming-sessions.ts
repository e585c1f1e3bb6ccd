// Today's and the next crew sessions, for the popup: each with its host and where to join (the
// Meet link of its calendar event, else the crew's standing link). Pure: the caller gives the
// bounds of the user's local day.
import { CALL_BELONGS_TO_SESSION_MS } from './held';
import { parseMeetingLink } from './meeting-link';
import type { Crew, Id, Series, Session } from './model';
import { planRotation } from './rotation';
import { upcomingHosts } from './series';

export interface UpcomingSession {
  crewId: Id;
  crewName: string;
  sessionId: Id;
  startsAt: number;
  index: number;
  of?: number;
  hostName?: string;
  /** A Meet or Jitsi URL, only ever https. */
  joinUrl?: string;
  today: boolean;
}

function joinUrl(crew: Crew, session: Session): string | undefined {
  if (session.meetCode && /^[a-z]{3}-[a-z]{4}-[a-z]{3}$/.test(session.meetCode)) {
    return `https://meet.google.com/${session.meetCode}`;
  }
  const link = crew.meetingLink ? parseMeetingLink(crew.meetingLink) : null;
  if (!link) return undefined;
  return link.kind === 'meet'
    ? `https://meet.google.com/${link.code}`
    : `${link.origin}/${encodeURIComponent(link.room)}`;
}

/**
 * Per crew: its sessions today that are not over, and its next one after today. `day` is the
 * user's local day as [start, end) in ms. Sorted by start.
 */
export function upcomingSessions(
  books: readonly { crew: Crew; series: Series[]; sessions: Session[] }[],
  now: number,
  day: { start: number; end: number },
): UpcomingSession[] {
  const out: UpcomingSession[] = [];
  for (const { crew, series: seriesList, sessions } of books) {
    if (crew.archivedAt) continue;
    const rows = seriesList.flatMap((series) => {
      const ofSeries = sessions.filter((s) => s.seriesId === series.id);
      const plan = planRotation({ crew, sessions: ofSeries, opensWithId: series.opensWithId });
      return upcomingHosts(crew, series, ofSeries, plan);
    });
    const coming = rows
      .filter((r) => Date.parse(r.startsAt) >= now - CALL_BELONGS_TO_SESSION_MS)
      .sort((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt));
    const today = coming.filter((r) => Date.parse(r.startsAt) < day.end);
    const next = coming.find((r) => Date.parse(r.startsAt) >= day.end);
    for (const row of [...today, ...(next ? [next] : [])]) {
      const session = sessions.find((s) => s.id === row.sessionId);
      if (!session) continue;
      const url = joinUrl(crew, session);
      const startsAt = Date.parse(row.startsAt);
      out.push({
        crewId: crew.id,
        crewName: crew.name,
        sessionId: row.sessionId,
        startsAt,
        index: row.index,
        ...(row.of !== undefined ? { of: row.of } : {}),
        ...(row.hostName !== undefined ? { hostName: row.hostName } : {}),
        ...(url ? { joinUrl: url } : {}),
        today: startsAt >= day.start && startsAt < day.end,
      });
    }
  }
  return out.sort((a, b) => a.startsAt - b.startsAt);
}
