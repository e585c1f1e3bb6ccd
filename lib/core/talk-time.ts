// Talk-time balance from sampled speaking hints (issue 8, "Talk-time balance, privately"): each
// sample credits whoever seems to be speaking with the time since the previous sample. It is an
// ESTIMATE (Meet has no speaking signal, only animated voice rings) and lives only in the panel's
// memory; it is stored with the session only when the user keeps it (keptEstimate), never sent
// anywhere else.
import type { EstimatedTalk, Id, TalkEstimate } from './model';

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
