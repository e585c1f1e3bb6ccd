// "Change" at the end of a series (issue 10): the crew edits its rhythm, who stays and who joins,
// and the next series' agenda, then continues with the rotation carried on. Pure: the crew is
// checked by the crew editor's own rules (lib/core/crew.ts), so a change can never store a crew
// the editor would refuse.
import {
  addDraftMember,
  type CrewDraft,
  type CrewValidation,
  removeDraftMember,
  updateDraftMember,
  validateCrewDraft,
} from '../crew';
import { newId } from '../ids';
import type { Crew, Id, IsoTime, Rhythm, Series } from '../model';
import { STARTER_SERIES } from '../starter-series';

/**
 * The next series' agenda: the starter series' six meetings, or meetings on the default
 * one-hour agenda (check-in, open time, check-out), so many of them.
 */
export type NextAgenda = { kind: 'starter' } | { kind: 'default'; sessions: number };

export const NEXT_SERIES_MIN = 1;
export const NEXT_SERIES_MAX = 52;

export interface SeriesChange {
  rhythm: Rhythm;
  /** Members who do not go on to the next series: they leave now, their history stays. */
  leavingIds: Id[];
  /** New members' names, in the order they join the rotation (after everyone else). */
  joiningNames: string[];
  agenda: NextAgenda;
}

/** What the form starts from: the crew as it is and the series' own agenda. */
export function unchanged(crew: Crew, series: Series): SeriesChange {
  return {
    rhythm: { ...crew.rhythm },
    leavingIds: [],
    joiningNames: [],
    agenda:
      series.templateId === STARTER_SERIES.id
        ? { kind: 'starter' }
        : { kind: 'default', sessions: series.plannedSessions ?? 6 },
  };
}

/** The crew after the change, or the editor's problems with it (too few left, a name twice…). */
export function changedCrew(
  crew: Crew,
  change: SeriesChange,
  now: IsoTime,
  makeId: () => Id = newId,
): CrewValidation {
  let draft: CrewDraft = { ...crew, members: crew.members.map((m) => ({ ...m })) };
  for (const id of change.leavingIds) draft = removeDraftMember(draft, id, now);
  for (const name of change.joiningNames.map((n) => n.trim()).filter((n) => n !== '')) {
    const id = makeId();
    draft = updateDraftMember(addDraftMember(draft, id), id, { name, joinedAt: now });
  }
  draft = { ...draft, rhythm: { ...change.rhythm } };
  return validateCrewDraft(draft, { now, makeId });
}

/** The template and length the next series gets from the chosen agenda. */
export function nextSeriesShape(agenda: NextAgenda): {
  templateId?: Id;
  plannedSessions: number;
} {
  if (agenda.kind === 'starter') {
    return { templateId: STARTER_SERIES.id, plannedSessions: STARTER_SERIES.sessions.length };
  }
  const sessions = Math.min(
    NEXT_SERIES_MAX,
    Math.max(NEXT_SERIES_MIN, Math.round(agenda.sessions)),
  );
  return { plannedSessions: sessions };
}
