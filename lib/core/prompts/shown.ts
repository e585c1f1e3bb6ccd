// The prompt a panel shows for a round, shared by the side panel, the in-call panel and the
// background that chooses it (lib/store/prompt-choice.ts), so content-script code needs no store.
import type { DeckKind, Id, RoundKind } from '../model';

export interface ShownPrompt {
  roundId: Id;
  promptId: Id;
  text: string;
  kind: DeckKind;
}

export function deckKindFor(kind: RoundKind): DeckKind | null {
  if (kind === 'check-in' || kind === 'check-out') return kind;
  return null;
}

/** The prompt to show: the one just chosen, or the one kept with the round (after a reload). */
export function promptOf(
  chosen: ShownPrompt | null,
  round: { record: { id: string; kind: string; prompt?: { id: string; text: string } } } | null,
): ShownPrompt | null {
  if (!round) return null;
  if (chosen && chosen.roundId === round.record.id) return chosen;
  const kept = round.record.prompt;
  const kind = round.record.kind;
  if (!kept || (kind !== 'check-in' && kind !== 'check-out')) return null;
  return { roundId: round.record.id, promptId: kept.id, text: kept.text, kind };
}
