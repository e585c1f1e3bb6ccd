// What a facilitation panel shows about a crew: its next session (number, host by rotation,
// agenda) and who spoke first last time. Pure: lib/store/crew-context.ts reads the records, the
// side panel and the background (for the in-call panel) both build the context from them here.
import { currentMembers } from './crew';
import { CALL_BELONGS_TO_SESSION_MS } from './held';
import type { AgendaPhase, Crew, Id, RoundRecord, Series, Session } from './model';
import { SCHEDULE_PHASE_ID } from './pathway/kickoff-schedule';
import { type ScheduleProposal, scheduleProposal } from './pathway/schedule-proposal';
import { progressThroughSeries } from './prompts';
import { planRotation } from './rotation';
import { parseRoundState, type RoundPerson, roundLog } from './round';
import { type UpcomingHostRow, upcomingHosts } from './series';
import { STARTER_SERIES } from './starter-series';

/** The crew line at the top of a panel. */
export interface PanelContext {
  crewName?: string | undefined;
  sessionLabel?: { index: number; of?: number | undefined } | undefined;
  hostName?: string | undefined;
  agreements: string[];
}

/** Who and what a new round can be made from. */
export interface SetupSource {
  /** The crew's members in rotation order; undefined for a quick round with typed names. */
  members?: RoundPerson[] | undefined;
  hostId?: Id | undefined;
  /** Who spoke first last time, so someone else can start. */
  lastFirstSpeakerId?: Id | undefined;
  /** Names typed for the last quick round, offered again. */
  quickRoundNames: string[];
  /** This session's agenda, if the crew has one planned; the host may adjust it. */
  sessionAgenda?: AgendaPhase[] | undefined;
}

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
    const row = rows.find((r) => Date.parse(r.startsAt) >= now - CALL_BELONGS_TO_SESSION_MS);
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
  /** The series as planned, offered in the kickoff's "Schedule and hosting" phase (issue 10). */
  schedule?: ScheduleProposal | undefined;
}

export function crewRoundContext(
  crew: Crew,
  records: { seriesList: Series[]; sessions: Session[]; rounds: RoundRecord[] },
  now: number,
): CrewRoundContext {
  const { seriesList, sessions, rounds } = records;
  const next = nextSessionOf(crew, seriesList, sessions, now);
  const agenda = agendaOf(next);
  const schedule =
    next && agenda?.some((phase) => phase.id === SCHEDULE_PHASE_ID)
      ? scheduleProposal(crew, sessions, next.session.id, next.series.opensWithId)
      : undefined;
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
      sessionAgenda: agenda,
    },
    sessionId: next?.session.id,
    seriesProgress: next
      ? progressThroughSeries(next.session.index, next.series.plannedSessions)
      : 0,
    ...(schedule ? { schedule } : {}),
  };
}
