// Talk-time balance from sampled speaking hints (issue 8, "Talk-time balance, privately"): each
// sample credits whoever seems to be speaking with the time since the previous sample. It is an
// ESTIMATE (Meet has no speaking signal, only animated voice rings) and lives only in the panel's
// memory; it is stored with the session only when the user keeps it (keptEstimate), never sent
// anywhere else.
import type { EstimatedTalk, Id, TalkEstimate, TalkEstimateRun } from './model';

/** A gap longer than this (the tab was hidden, the page frozen) counts as nobody speaking. */
export const MAX_SAMPLE_GAP_MS = 1_000;

export interface TalkShare {
  id: string;
  ms: number;
  /** Samples in which they seemed to be speaking. */
  samples: number;
  /** Of everyone's estimated speaking time, 0..1. */
  share: number;
}

export interface TalkTally {
  /** Who seems to be speaking at `at` (ms, any monotonic clock). */
  sample(speakingIds: readonly string[], at: number): void;
  /** Everyone heard so far, most first; ties keep the order they were first heard. */
  shares(): TalkShare[];
}

export function createTalkTally(maxGapMs = MAX_SAMPLE_GAP_MS): TalkTally {
  const totals = new Map<string, EstimatedTalk>();
  let last: number | null = null;
  return {
    sample(speakingIds, at) {
      const gap = last === null ? 0 : at - last;
      last = at;
      if (gap <= 0 || gap > maxGapMs) return;
      for (const id of new Set(speakingIds)) {
        const before = totals.get(id) ?? { ms: 0, samples: 0 };
        totals.set(id, { ms: before.ms + gap, samples: before.samples + 1 });
      }
    },
    shares() {
      const all = [...totals].reduce((sum, [, talk]) => sum + talk.ms, 0);
      return [...totals]
        .map(([id, { ms, samples }]) => ({ id, ms, samples, share: all > 0 ? ms / all : 0 }))
        .sort((a, b) => b.ms - a.ms);
    },
  };
}

/**
 * What "Keep this estimate with the session" stores: each crew member's time (a member heard
 * on two devices, or after rejoining, is one person) and everyone else together as guests,
 * whose names and call ids are not kept. `memberOf` maps the call's participant ids to crew
 * members, as matched while they were in the call. Null when nobody was heard.
 */
export function keptEstimate(
  shares: readonly TalkShare[],
  memberOf: (participantId: string) => Id | undefined,
): TalkEstimate | null {
  const members = new Map<Id, EstimatedTalk>();
  const guests: EstimatedTalk = { ms: 0, samples: 0 };
  for (const share of shares) {
    const memberId = memberOf(share.id);
    const into = memberId === undefined ? guests : (members.get(memberId) ?? { ms: 0, samples: 0 });
    into.ms += Math.round(share.ms);
    into.samples += share.samples;
    if (memberId !== undefined) members.set(memberId, into);
  }
  if (members.size === 0 && guests.samples === 0) return null;
  return {
    kind: 'estimate',
    members: [...members]
      .map(([memberId, talk]) => ({ memberId, ...talk }))
      .sort((a, b) => b.ms - a.ms),
    ...(guests.samples > 0 ? { guests } : {}),
  };
}

/** The caps of lib/core/backup-schema.ts TalkEstimateSchema: a day, at four samples a second. */
const DAY_MS = 86_400_000;
const DAY_SAMPLES = 86_400 * 4;
/** lib/core/backup-schema.ts MAX_TALK_RUNS: a run beyond it is refused, not folded in. */
export const MAX_RUNS = 30;
/** The one part of an estimate kept before panel runs were told apart (no panel sends it). */
export const EARLIER_RUN = 'kept-before-runs';

type Part = Omit<TalkEstimateRun, 'runId'>;

const add = (a: EstimatedTalk, b: EstimatedTalk): EstimatedTalk => ({
  ms: Math.min(DAY_MS, a.ms + b.ms),
  samples: Math.min(DAY_SAMPLES, a.samples + b.samples),
});

/** Anyone who is not one of the crew's members now is kept among the guests. */
function crewPart(part: Part, isMember: (id: Id) => boolean): Part {
  const strangers = part.members.filter((m) => !isMember(m.memberId));
  const guests = [...strangers, ...(part.guests ? [part.guests] : [])].reduce(add, {
    ms: 0,
    samples: 0,
  });
  return {
    members: part.members.filter((m) => isMember(m.memberId)),
    ...(guests.ms > 0 || guests.samples > 0 ? { guests } : {}),
  };
}

/** The parts an estimate was kept from; one unnamed part for an estimate kept before runs. */
export function runsOf(estimate: TalkEstimate | undefined): TalkEstimateRun[] {
  if (!estimate) return [];
  if (estimate.runs) return estimate.runs;
  return [{ runId: EARLIER_RUN, members: estimate.members, ...guestsOf(estimate) }];
}

const guestsOf = (part: Part) => (part.guests ? { guests: part.guests } : {});

/**
 * A session's kept estimate after one call panel run kept `part` (null: took its part back),
 * issue 8: each run's part replaces that run's earlier one, so a panel that sends its growing
 * tally again never counts the same seconds twice, and a panel reopened mid-call adds to what
 * the earlier run kept. Each crew member and the guests are the sum over the runs. Undefined
 * when no run keeps anything; 'full' when a new run would exceed MAX_RUNS.
 */
export function keepRun(
  before: TalkEstimate | undefined,
  runId: Id,
  part: Part | null,
  isMember: (id: Id) => boolean,
): TalkEstimate | undefined | 'full' {
  const others = runsOf(before).filter((run) => run.runId !== runId);
  const runs = part === null ? others : [...others, { runId, ...crewPart(part, isMember) }];
  if (part !== null && others.length >= MAX_RUNS) return 'full';
  if (runs.length === 0) return undefined;
  const members = new Map<Id, EstimatedTalk>();
  let guests: EstimatedTalk = { ms: 0, samples: 0 };
  for (const run of runs) {
    for (const { memberId, ms, samples } of run.members) {
      members.set(memberId, add(members.get(memberId) ?? { ms: 0, samples: 0 }, { ms, samples }));
    }
    if (run.guests) guests = add(guests, run.guests);
  }
  return {
    kind: 'estimate',
    members: [...members]
      .map(([memberId, talk]) => ({ memberId, ...talk }))
      .sort((a, b) => b.ms - a.ms),
    ...(guests.ms > 0 || guests.samples > 0 ? { guests } : {}),
    runs,
  };
}
