// The in-call panel keeps its rounds through the background (a content script must not open
// IndexedDB: it would be Google's). Same RoundPort as the side panel, over messages.
import type { RoundRecord } from '../../core/model';
import { sendMessage } from '../../messaging/messenger';
import type { RoundPort } from '../../ui/round-controller';

export const messageRoundPort: RoundPort = {
  save: (record: RoundRecord) => sendMessage('cs:saveRound', record),
  load: async (crewId, roundId) =>
    (await sendMessage('cs:loadRound', { ...(crewId ? { crewId } : {}), roundId })) ?? undefined,
};
