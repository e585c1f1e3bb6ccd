// What the panel shows about a crew: its next session (number, host by rotation, agenda) and who
// spoke first last time. Read from the store the page already holds.
import { currentMembers } from '../../core/crew';
import type { AgendaPhase, Crew, Id, RoundRecord, Series, Session } from '../../core/model';
import { progressThroughSeries } from '../../core/prompts';
import { planRotation } from '../../core/rotation';
import { parseRoundState, type RoundPerson, roundLog } from '../../core/round';
import { type UpcomingHostRow, upcomingHosts } from '../../core/series';
import { STARTER_SERIES } from '../../core/starter-series';
import type { CrewkitStore } from '../../store';
import type { PanelContext, SetupSource } from './types';

/** A session that started less than this long ago still counts as "now" (the meeting runs). */
const SESSION_GRACE_MS = 3 * 60 * 60 * 1000;

export interface NextSession {
  row: UpcomingHostRow;
  series: Series;
  session: Session;
}

/** The crew's next planned session (or the one running now) across its series, with its host. */
export function nextSessionOf(
  crew: Crew,
  seriesList: Series[],
  sessions: Session[],
  now: number,
): NextSession | null {
  let best: NextSession | null = null;
  for (const series of seriesList) {
    const ofSeries = sessions.filter((s) => s.seriesId === series.id);
    const plan = planRotation({ crew, sessions: ofSeries, opensWithId: series.opensWithId });
    const rows = upcomingHosts(crew, series, ofSeries, plan);
    const row = rows.find((r) => Date.parse(r.startsAt) >= now - SESSION_GRACE_MS);
    const session = row && ofSeries.find((s) => s.id === row.sessionId);
    if (!row || !session) continue;
    if (!best || Date.parse(row.startsAt) < Date.parse(best.row.startsAt)) {
      best = { row, series, session };
    }
  }
  return best;
}

function agendaOf(next: NextSession | null): AgendaPhase[] | undefined {
  if (!next || next.series.templateId !== STARTER_SERIES.id) return undefined;
  return STARTER_SERIES.sessions[next.session.index - 1]?.agenda;
}

/** Who spoke first in the crew's most recent finished round. */
export function lastFirstSpeaker(rounds: RoundRecord[]): Id | undefined {
  const newestFirst = [...rounds].sort((a, b) => (a.createdAt < b.createdAt ? 1 : -1));
  for (const record of newestFirst) {
    const state = parseRoundState(record.state);
    if (state?.status !== 'ended' || state.budget.kind === 'phases') continue;
    const first = roundLog(state, state.endedAt ?? 0).spokenOrder[0];
    if (first) return first;
  }
  return undefined;
}

export interface CrewRoundContext {
  context: PanelContext;
  setup: Omit<SetupSource, 'quickRoundNames'>;
  sessionId?: Id | undefined;
  /** 0 at the series' first session, 1 at its last: prompts deepen along it. */
  seriesProgress: number;
}

export async function loadCrewContext(
  store: Pick<CrewkitStore, 'listSeries' | 'listSessions' | 'listRounds'>,
  crew: Crew,
  now: number,
): Promise<CrewRoundContext> {
  const [seriesList, sessions, rounds] = await Promise.all([
    store.listSeries(crew.id),
    store.listSessions(crew.id),
    store.listRounds(crew.id),
  ]);
  const next = nextSessionOf(crew, seriesList, sessions, now);
  const members: RoundPerson[] = currentMembers(crew).map((m) => ({
    personId: m.id,
    name: m.name,
  }));
  return {
    context: {
      crewName: crew.name,
      sessionLabel: next ? { index: next.row.index, of: next.row.of } : undefined,
      hostName: next?.row.hostName,
      agreements: crew.agreements,
    },
    setup: {
      members,
      hostId: next?.row.hostId,
      lastFirstSpeakerId: lastFirstSpeaker(rounds),
      sessionAgenda: agendaOf(next),
    },
    sessionId: next?.session.id,
    seriesProgress: next
      ? progressThroughSeries(next.session.index, next.series.plannedSessions)
      : 0,
  };
}
