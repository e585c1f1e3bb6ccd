// Talk-time balance from sampled speaking hints (issue 8, "Talk-time balance, privately"): each
// sample credits whoever seems to be speaking with the time since the previous sample. It is an
// ESTIMATE (Meet has no speaking signal, only animated voice rings) and lives only in the panel's
// memory: nothing here is stored or sent.

/** A gap longer than this (the tab was hidden, the page frozen) counts as nobody speaking. */
export const MAX_SAMPLE_GAP_MS = 1_000;

export interface TalkShare {
  id: string;
  ms: number;
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
  const totals = new Map<string, number>();
  let last: number | null = null;
  return {
    sample(speakingIds, at) {
      const gap = last === null ? 0 : at - last;
      last = at;
      if (gap <= 0 || gap > maxGapMs) return;
      for (const id of new Set(speakingIds)) totals.set(id, (totals.get(id) ?? 0) + gap);
    },
    shares() {
      const all = [...totals].reduce((sum, [, ms]) => sum + ms, 0);
      return [...totals]
        .map(([id, ms]) => ({ id, ms, share: all > 0 ? ms / all : 0 }))
        .sort((a, b) => b.ms - a.ms);
    },
  };
}
