// The round session's backend in extension pages (the side panel): straight to the store. The
// call panel's twin sends messages to the background instead (lib/features/call/backend.ts).
import { i18n } from '#i18n';
import type { CrewkitStore } from '../../store';
import { choosePrompt } from '../../store/prompt-choice';
import type { RoundSessionBackend } from '../round-controller';

export function storeSessionBackend(
  store: CrewkitStore,
  subscribe: RoundSessionBackend['subscribe'],
): RoundSessionBackend {
  return {
    rounds: { save: (record) => store.putRound(record), load: (c, id) => store.getRound(c, id) },
    subscribe,
    choosePrompt: (request) =>
      choosePrompt(store, { ...request, random: Math.random, language: i18n.t('locale') }),
    // Read the settings fresh: the options page may have changed others since this panel opened.
    rememberQuickNames: async (quickRoundNames) => {
      await store.putSettings({ ...(await store.getSettings()), quickRoundNames });
    },
    deleteRound: (crewId, roundId) => store.deleteRound(crewId, roundId),
  };
}
