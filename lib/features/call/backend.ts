// Everything the in-call panel asks of the background, in one place, so the panel's components
// never call browser APIs and tests can hand them a fake.
import { browser } from 'wxt/browser';
import type { Id } from '../../core/model';
import { checkPayload } from '../../messaging/check';
import { messenger, sendMessage } from '../../messaging/messenger';
import type { CallProgress, KeepTalkEstimate, StoreChange } from '../../messaging/protocol';
import { StoreChangeSchema } from '../../messaging/schemas';
import type { RoundSessionBackend } from '../../ui/round-controller';
import { messageRoundPort } from './message-port';

/** The round session's backend (messages to the background) and what else a call needs. */
export interface CallBackend extends RoundSessionBackend {
  /** What changed in the store (kinds of records, crews), as the background relays it. */
  onStoreChange(listener: (change: StoreChange) => void, signal: AbortSignal): void;
  confirmNextHost(choice: { crewId: Id; sessionId: Id; hostId: Id }): void;
  /** Opens the options page's reflection on a held session in a new tab (issue 10). */
  openReflection(ref: { crewId: Id; sessionId: Id }): void;
  reportProgress(progress: CallProgress): void;
  /** Issue 8: keeps (or forgets, with null) the talk-time estimate with the call's session. */
  keepTalkEstimate(request: KeepTalkEstimate): Promise<boolean>;
}

const ignore = () => {
  // The background may be restarting; the next change or the next call tries again.
};

type ChangeListener = (change: StoreChange) => void;

/**
 * One `bg:storeChanged` listener per content script (the messaging library allows one per
 * type); panels subscribe to it. The message is checked like any other at the receiving end.
 */
export function listenForStoreChanges(
  signal: AbortSignal,
): (listener: ChangeListener, signal: AbortSignal) => void {
  const listeners = new Set<ChangeListener>();
  const stop = messenger.onMessage('bg:storeChanged', (message) => {
    const change = checkPayload(
      'bg:storeChanged',
      StoreChangeSchema,
      message.data,
      message.sender,
      browser.runtime.id,
    );
    for (const listener of listeners) listener(change);
  });
  signal.addEventListener('abort', stop, { once: true });
  return (listener, until) => {
    listeners.add(listener);
    until.addEventListener('abort', () => listeners.delete(listener), { once: true });
  };
}

export function messageBackend(
  onStoreChange: ReturnType<typeof listenForStoreChanges>,
): CallBackend {
  return {
    rounds: messageRoundPort,
    subscribe: (onChange, signal) => onStoreChange(() => onChange(), signal),
    onStoreChange,
    choosePrompt: (request) => sendMessage('cs:choosePrompt', request),
    rememberQuickNames: (names) => sendMessage('cs:rememberQuickNames', { names }).catch(ignore),
    deleteRound: (crewId, roundId) =>
      sendMessage('cs:deleteRound', { ...(crewId ? { crewId } : {}), roundId }).catch(ignore),
    confirmNextHost: (choice) => {
      sendMessage('cs:confirmNextHost', choice).catch(ignore);
    },
    openReflection: (ref) => {
      sendMessage('cs:openReflection', ref).catch(ignore);
    },
    reportProgress: (progress) => {
      sendMessage('cs:callProgress', progress).catch(ignore);
    },
    keepTalkEstimate: (request) => sendMessage('cs:keepTalkEstimate', request),
  };
}
