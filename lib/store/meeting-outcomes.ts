// What a held meeting leaves in the crew and its series, wherever it was held (issue 10): the
// kickoff's intentions and agreements join the crew's, its schedule goes into the series. One
// path for a Meet or Jitsi call's end (lib/background/call-end.ts), the side panel's meeting end and the options
// page's "Mark as held": in lib/store, beside the other reads and writes that pages and the
// background share (crew-context.ts, round-commands.ts), so the pages call it with their store.
import type { Crew, Id } from '../core/model';
import { crewWithKickoffNotes } from '../core/pathway/kickoff';
import { scheduleIntoSeries, scheduleOfMeetings } from '../core/pathway/kickoff-schedule';
import type { CrewkitStore } from './store';

export type OutcomeStore = Pick<
  CrewkitStore,
  'getCrew' | 'listSessions' | 'listSeries' | 'listRounds' | 'putSession' | 'putCrew'
>;

export interface MeetingOutcomes {
  /** A schedule was noted and is now the series' (the end summary says so). */
  scheduleSaved: boolean;
}

/** Keeps what the meetings of `sessionId` noted. Safe to call twice: the second time writes nothing. */
export async function keepMeetingOutcomes(
  store: OutcomeStore,
  crewId: Id,
  sessionId: Id,
): Promise<MeetingOutcomes> {
  const crew = await store.getCrew(crewId);
  if (!crew) return { scheduleSaved: false };
  const [sessions, seriesList, rounds] = await Promise.all([
    store.listSessions(crew.id),
    store.listSeries(crew.id),
    store.listRounds(crew.id),
  ]);
  const seriesId = sessions.find((s) => s.id === sessionId)?.seriesId;
  const opensWithId = seriesList.find((s) => s.id === seriesId)?.opensWithId;
  const scheduled = scheduleIntoSeries(
    crew,
    sessions,
    sessionId,
    scheduleOfMeetings(rounds, sessionId),
    opensWithId,
  );
  let latest: Crew = crew;
  if (scheduled) {
    for (const session of scheduled.sessions) await store.putSession(session);
    if (scheduled.crew) {
      await store.putCrew(scheduled.crew);
      latest = scheduled.crew;
    }
  }
  await keepKickoffNotes(store, latest, rounds, sessionId);
  return { scheduleSaved: scheduled !== undefined };
}

/**
 * A kickoff's noted intentions and agreements join the crew's (lib/core/pathway/kickoff.ts). A
 * note the crew record refuses (markup, say) stays with the meeting only: the meeting's end, and
 * the next-host question after it, never fail for it.
 */
async function keepKickoffNotes(
  store: Pick<CrewkitStore, 'putCrew'>,
  crew: Crew,
  rounds: Parameters<typeof crewWithKickoffNotes>[1],
  sessionId: Id,
): Promise<void> {
  const captured = crewWithKickoffNotes(crew, rounds, sessionId);
  if (!captured) return;
  try {
    await store.putCrew(captured);
  } catch {
    // The notes are still in the meeting's round record, and the crew editor can take them in.
  }
}
