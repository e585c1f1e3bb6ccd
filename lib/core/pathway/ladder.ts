// The ladder by group size (reference/microsolidarity.md, "The developmental pathway"): hosting 50
// is harder than hosting 5, so capacity grows one step at a time in groups of escalating size.
// The ladder says which sizes someone has hosted and what the next step could be, in the
// practice's words; it is never a score, a level or a ranking.
import { SPLIT_HINT_ABOVE } from '../model';
import type { HostingLog } from './log';

export type Rung = 'pair' | 'crew' | 'larger-group' | 'congregation';
export const RUNGS: readonly Rung[] = ['pair', 'crew', 'larger-group', 'congregation'];

/**
 * "After hosting several crews, a person may be ready to host a congregation." Crewkit records
 * crew meetings, not congregation gatherings, so this rung reads "has hosted in several crews";
 * three is our reading of "several".
 */
export const CONGREGATION_CREWS = 3;

/** Which rung a meeting of this many people is on: 2 a pair, 3-8 a crew, more a larger group. */
export function rungOfGroupSize(size: number): Exclude<Rung, 'congregation'> {
  if (size <= 2) return 'pair';
  return size <= SPLIT_HINT_ABOVE ? 'crew' : 'larger-group';
}

/**
 * The next step, as a code the UI words from the practice:
 * - start-with-a-crew: start with a crew, not alone and not in a pair; a crew is supportive.
 * - ask-for-feedback: keep hosting the crew and ask people who know you what to develop.
 * - host-another-crew: build capacity in more crews, one step at a time.
 * - try-a-larger-group: after several crews, host a larger group.
 * - ready-for-congregation: you may be ready to create space for many crews to form.
 * - grow-other-hosts: keep taking part at smaller scales and develop members who want to host.
 */
export type NextStep =
  | 'start-with-a-crew'
  | 'ask-for-feedback'
  | 'host-another-crew'
  | 'try-a-larger-group'
  | 'ready-for-congregation'
  | 'grow-other-hosts';

export interface LadderRung {
  rung: Rung;
  reached: boolean;
  /** Sessions hosted at this size (for congregation: crews hosted in). */
  count: number;
}

export interface Ladder {
  rungs: LadderRung[];
  /** The highest rung reached, if any. */
  reached?: Rung;
  next: NextStep;
}

export function ladderOf(log: HostingLog): Ladder {
  const counts: Record<Rung, number> = { pair: 0, crew: 0, 'larger-group': 0, congregation: 0 };
  for (const entry of log.entries) {
    if (entry.kind === 'session' && entry.roles.includes('host')) {
      counts[rungOfGroupSize(entry.groupSize)] += 1;
    }
  }
  counts.congregation = log.crewsHosted;
  const reachedRung = (rung: Rung) =>
    rung === 'congregation' ? counts.congregation >= CONGREGATION_CREWS : counts[rung] > 0;
  const rungs = RUNGS.map((rung) => ({ rung, reached: reachedRung(rung), count: counts[rung] }));
  const reached = [...rungs].reverse().find((r) => r.reached)?.rung;
  return { rungs, ...(reached === undefined ? {} : { reached }), next: nextStep(counts, reached) };
}

function nextStep(counts: Record<Rung, number>, reached: Rung | undefined): NextStep {
  if (reached === 'congregation') return 'grow-other-hosts';
  const groupsHosted = counts.crew + counts['larger-group'];
  if (groupsHosted === 0) return 'start-with-a-crew';
  if (groupsHosted === 1) return 'ask-for-feedback';
  if (counts.congregation < 2) return 'host-another-crew';
  if (counts['larger-group'] === 0) return 'try-a-larger-group';
  return 'ready-for-congregation';
}
