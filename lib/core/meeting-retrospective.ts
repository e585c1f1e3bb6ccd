// What a series' retrospective heard (issue 10, "The end of a series"): the notes the host kept
// in the retrospective meeting's two rounds (lib/ui/panel/PhaseNotes.tsx), one answer a line, for
// the series' end decision to start from. The crew still edits them before deciding.
import { RETROSPECTIVE_PHASES } from './meeting-prompt';
import type { Id, RoundRecord } from './model';

export interface RetrospectiveHeard {
  liked: string[];
  wouldChange: string[];
}

const lines = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

/** The notes of the meetings held for `sessionIds`, oldest meeting first, each line once. */
export function retrospectiveHeard(
  rounds: readonly RoundRecord[],
  sessionIds: ReadonlySet<Id>,
): RetrospectiveHeard {
  const heard: RetrospectiveHeard = { liked: [], wouldChange: [] };
  const meetings = rounds
    .filter((r) => r.kind === 'agenda' && r.notes && r.sessionId && sessionIds.has(r.sessionId))
    .sort((a, b) => (a.createdAt < b.createdAt ? -1 : 1));
  for (const round of meetings) {
    for (const [phaseId, text] of Object.entries(round.notes ?? {})) {
      const question = RETROSPECTIVE_PHASES[phaseId];
      if (!question) continue;
      const list = question === 'liked' ? heard.liked : heard.wouldChange;
      for (const line of lines(text)) if (!list.includes(line)) list.push(line);
    }
  }
  return heard;
}
