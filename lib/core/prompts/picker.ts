// Choosing the prompt for a round. Pure: the random source and the crew's usage come in, the
// prompt and the updated usage go out; the caller saves the usage.
//
// - No prompt repeats for a crew until its deck is used up; then that deck's usage resets.
// - Depth grows across a series: light prompts early, deeper ones later. When the preferred
//   depth has no unused prompt left, the nearest depth that has one is used (the lighter one
//   when two are equally near: it is the gentler mistake).
// - "Another prompt": call again with `excludeId` set to the prompt on screen. That prompt is
//   un-marked in the returned usage, so a skipped prompt comes back later.
import {
  type Deck,
  type DeckKind,
  type Id,
  type Prompt,
  type PromptDepth,
  type PromptUsage,
  SCHEMA_VERSION,
} from '../model.ts';

export interface PickPromptRequest {
  /** All decks the crew can draw from (see withBuiltinDecks); other kinds are ignored. */
  decks: readonly Deck[];
  usage: PromptUsage | undefined;
  kind: DeckKind;
  /** 0 at a series' first session, 1 at its last (see progressThroughSeries). */
  seriesProgress: number;
  /** Returns numbers in [0, 1), like Math.random; seeded in tests. */
  random: () => number;
  /** The prompt being skipped with "another prompt". */
  excludeId?: Id;
  /** Decks the crew switched off, built-in ones included. */
  disabledDeckIds?: readonly Id[];
  /** Owner of a new usage record, when `usage` is undefined. */
  crewId?: Id;
}

export interface PickedPrompt {
  prompt: Prompt;
  deckId: Id;
  usage: PromptUsage;
}

interface Candidate {
  prompt: Prompt;
  deckId: Id;
}

/** Light in the first third of a series, middle in the second, deep in the last. */
export function preferredDepth(seriesProgress: number): PromptDepth {
  const progress = Number.isFinite(seriesProgress) ? Math.min(1, Math.max(0, seriesProgress)) : 0;
  if (progress < 1 / 3) return 1;
  if (progress < 2 / 3) return 2;
  return 3;
}

const DEPTHS_BY_NEARNESS: Record<PromptDepth, PromptDepth[]> = {
  1: [1, 2, 3],
  2: [2, 1, 3],
  3: [3, 2, 1],
};

/**
 * How far into a series a session is, from its 1-based index. A planned series runs 0..1 from
 * its first to its last session; an open-ended one deepens over its first six sessions.
 */
export function progressThroughSeries(index: number, plannedSessions?: number): number {
  const span = plannedSessions === undefined ? 5 : plannedSessions - 1;
  if (span <= 0) return 0;
  return Math.min(1, Math.max(0, (index - 1) / span));
}

function unusedCandidates(decks: Deck[], used: Map<Id, Set<Id>>, excludeId?: Id): Candidate[] {
  return decks.flatMap((deck) =>
    deck.prompts
      .filter((prompt) => prompt.id !== excludeId && !used.get(deck.id)?.has(prompt.id))
      .map((prompt) => ({ prompt, deckId: deck.id })),
  );
}

export function pickPrompt(request: PickPromptRequest): PickedPrompt | null {
  const { usage, excludeId } = request;
  const disabled = new Set(request.disabledDeckIds ?? []);
  const decks = request.decks.filter(
    (deck) => deck.kind === request.kind && !disabled.has(deck.id) && deck.prompts.length > 0,
  );
  const used = new Map<Id, Set<Id>>();
  for (const deck of decks) {
    const ids = new Set(usage?.usedByDeck[deck.id] ?? []);
    if (excludeId !== undefined) ids.delete(excludeId);
    const isUsedUp = deck.prompts.every((prompt) => ids.has(prompt.id));
    used.set(deck.id, isUsedUp ? new Set() : ids);
  }
  let candidates = unusedCandidates(decks, used, excludeId);
  if (candidates.length === 0) {
    // Only the skipped prompt was left unused: start these decks afresh rather than show nothing.
    for (const deck of decks) used.set(deck.id, new Set());
    candidates = unusedCandidates(decks, used, excludeId);
  }
  const depth = DEPTHS_BY_NEARNESS[preferredDepth(request.seriesProgress)].find((d) =>
    candidates.some((candidate) => candidate.prompt.depth === d),
  );
  const atDepth = candidates.filter((candidate) => candidate.prompt.depth === depth);
  const at = Math.min(atDepth.length - 1, Math.floor(request.random() * atDepth.length));
  const chosen = atDepth[Math.max(0, at)];
  if (!chosen) return null;

  const usedByDeck: Record<Id, Id[]> = {};
  for (const [deckId, ids] of Object.entries(usage?.usedByDeck ?? {})) {
    usedByDeck[deckId] = ids.filter((id) => id !== excludeId);
  }
  for (const [deckId, ids] of used) usedByDeck[deckId] = [...ids];
  usedByDeck[chosen.deckId] = [...(usedByDeck[chosen.deckId] ?? []), chosen.prompt.id];
  return {
    prompt: chosen.prompt,
    deckId: chosen.deckId,
    usage: {
      v: SCHEMA_VERSION,
      crewId: usage?.crewId ?? request.crewId ?? '',
      usedByDeck,
    },
  };
}
