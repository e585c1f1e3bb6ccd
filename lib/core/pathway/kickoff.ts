// The kickoff captures the crew's intentions and agreements into the crew (issue 10, "A whole
// meeting, not only a round"). While the kickoff's "Intentions" and "Agreements" phases run, the
// host notes what the crew says (lib/ui/panel/PhaseNotes.tsx, kept with the meeting's round
// record like the retrospective's notes); when the meeting is held, those lines join the crew's
// own, where the crew editor changes them later. Pure: returns the crew to write, if any.
import { keptLines } from '../crew';
import type { Crew, Id, RoundRecord } from '../model';
import type { RoundState } from '../round';

const MAX_LINES = 50;
const MAX_LINE = 1000;

export type KickoffNote = 'intentions' | 'agreements';

/** The kickoff's phases that capture something, by their ids in lib/core/starter-series.ts. */
export const KICKOFF_PHASES: Readonly<Record<Id, KickoffNote>> = {
  intentions: 'intentions',
  agreements: 'agreements',
};

/** What the phase on now captures, when it is one of the kickoff's (round or timed block). */
export function kickoffNoteOf(state: RoundState): KickoffNote | null {
  if (state.budget.kind !== 'phases') return null;
  if (state.status !== 'running' && state.status !== 'paused') return null;
  const slot = state.entries[state.index]?.slot;
  return slot?.kind === 'phase' ? (KICKOFF_PHASES[slot.phaseId] ?? null) : null;
}

/**
 * The crew with the intentions and agreements noted in the meetings of `sessionId` added after
 * its own (each line once, blank lines dropped); undefined when nothing new was noted.
 */
export function crewWithKickoffNotes(
  crew: Crew,
  rounds: readonly RoundRecord[],
  sessionId: Id,
): Crew | undefined {
  const noted: Record<KickoffNote, string[]> = { intentions: [], agreements: [] };
  const meetings = rounds
    .filter((r) => r.kind === 'agenda' && r.sessionId === sessionId && r.notes)
    .sort((a, b) => (a.createdAt < b.createdAt ? -1 : 1));
  for (const round of meetings) {
    for (const [phaseId, text] of Object.entries(round.notes ?? {})) {
      const note = KICKOFF_PHASES[phaseId];
      if (note) noted[note].push(...keptLines(text.split('\n')));
    }
  }
  // Within what a crew record holds (lib/core/backup-schema.ts: 50 lines of 1000 characters).
  const merged = (own: readonly string[], more: string[]) => {
    const out = [...own];
    for (const line of more.map((l) => l.slice(0, MAX_LINE))) {
      if (out.length < MAX_LINES && !out.includes(line)) out.push(line);
    }
    return out;
  };
  const intentions = merged(crew.intentions ?? [], noted.intentions);
  const agreements = merged(crew.agreements, noted.agreements);
  if (
    intentions.length === (crew.intentions ?? []).length &&
    agreements.length === crew.agreements.length
  ) {
    return undefined;
  }
  return { ...crew, intentions, agreements };
}
