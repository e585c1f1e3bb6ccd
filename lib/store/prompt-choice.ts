// Choosing a round's prompt for the side panel: the crew's decks and usage from the store, so no
// prompt repeats for a crew until its deck is used up. A quick round draws from the built-in decks
// and remembers nothing.
import type { DeckKind, Id } from '../core/model';
import { pickPrompt, promptLanguage, withBuiltinDecks } from '../core/prompts';
import type { ShownPrompt } from '../core/prompts/shown';
import type { CrewkitStore } from './store';

export async function choosePrompt(
  store: Pick<CrewkitStore, 'listDecks' | 'getPromptUsage' | 'putPromptUsage'>,
  request: {
    roundId: Id;
    kind: DeckKind;
    crewId?: Id | undefined;
    seriesProgress: number;
    excludeId?: Id | undefined;
    random: () => number;
    /** The UI's language (its messages' `locale`): the built-in decks speak it if they can. */
    language?: string | undefined;
  },
): Promise<ShownPrompt | null> {
  const { crewId } = request;
  const [custom, usage] = crewId
    ? await Promise.all([store.listDecks(crewId), store.getPromptUsage(crewId)])
    : [[], undefined];
  const picked = pickPrompt({
    decks: withBuiltinDecks(custom, promptLanguage(request.language)),
    usage,
    kind: request.kind,
    seriesProgress: request.seriesProgress,
    random: request.random,
    ...(request.excludeId ? { excludeId: request.excludeId } : {}),
    ...(crewId ? { crewId } : {}),
  });
  if (!picked) return null;
  if (crewId) await store.putPromptUsage(picked.usage);
  return {
    roundId: request.roundId,
    promptId: picked.prompt.id,
    text: picked.prompt.text,
    kind: request.kind,
  };
}
