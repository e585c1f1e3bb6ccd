// The background's side of the message contract: every handler checks its sender and payload
// (lib/messaging/receive.ts), reads the store, and never keeps state in module variables (the service worker
// may be stopped at any moment; DESIGN.md "The background may die at any moment").
import { browser } from 'wxt/browser';
import { sendMessage } from '../messaging/messenger';
import type { CallProgress, StoreChange } from '../messaging/protocol';
import { receive } from '../messaging/receive';
import { choosePrompt } from '../store/prompt-choice';
import { handleRoundCommand } from '../store/round-commands';
import type { CrewkitStore } from '../store/store';
import { startCalendarMessaging } from './calendar-messaging';
import { confirmNextHost, endCall } from './call-end';
import { callPanelState } from './call-panel-state';
import { saveSiteHealth } from './site-health';

/**
 * Tell every tab that stored data changed; tabs without a Crewkit content script just refuse.
 * All tabs, not a URL list: self-hosted Jitsi origins are the user's own (granted at runtime).
 */
export async function relayStoreChange(change: StoreChange): Promise<void> {
  const tabs = await browser.tabs.query({});
  await Promise.all(
    tabs.map((tab) =>
      tab.id === undefined
        ? undefined
        : sendMessage('bg:storeChanged', change, tab.id).catch(() => {
            // No content script in that tab (not loaded yet, or the page is not ours): fine.
          }),
    ),
  );
}

export function startBackgroundMessaging(store: Promise<CrewkitStore>, ownId: string): void {
  receive('cs:reportSiteHealth', ownId, (report) => saveSiteHealth(report, Date.now()));
  receive('page:storeChanged', ownId, (change) => relayStoreChange(change));
  startCallPanelMessaging(store, ownId);
  startCalendarMessaging(store, ownId, relayStoreChange);
}

const callKey = (tabId: number) => `call:${tabId}`;

/** Close the session of a call whose tab was closed while in the call. */
async function endCallOfClosedTab(store: Promise<CrewkitStore>, tabId: number): Promise<void> {
  const key = callKey(tabId);
  const progress = (await browser.storage.session.get(key))[key] as CallProgress | undefined;
  if (!progress) return;
  await browser.storage.session.remove(key);
  await endCall(await store, progress, Date.now());
  await relayStoreChange({ kinds: ['session'], crewIds: [progress.crewId] });
}

function startCallPanelMessaging(store: Promise<CrewkitStore>, ownId: string): void {
  const changed = (kinds: string[], crewId: string | undefined) =>
    relayStoreChange({ kinds, crewIds: crewId ? [crewId] : [] });
  receive('cs:callPanelState', ownId, async (call) =>
    callPanelState(await store, call, Date.now()),
  );
  receive('cs:loadCallPanel', ownId, async (_none, sender) => {
    const tabId = sender.tab?.id;
    if (tabId === undefined) return false;
    await browser.scripting.executeScript({
      target: { tabId, ...(sender.frameId !== undefined ? { frameIds: [sender.frameId] } : {}) },
      // Built by entrypoints/call-panel.content (runtime registration, so WXT's path type
      // does not list it).
      files: ['/content-scripts/call-panel.js' as '/content-scripts/meet.js'],
    });
    return true;
  });
  receive('cs:callPanelCss', ownId, async () => {
    // The panel's styles go inside its shadow root; read here, where the file is always ours.
    const url = (browser.runtime.getURL as (path: string) => string)(
      '/content-scripts/call-panel.css',
    );
    return (await fetch(url)).text();
  });
  receive('cs:saveRound', ownId, async (record) => {
    await (await store).putRound(record);
    await changed(['round'], record.crewId);
  });
  receive('cs:loadRound', ownId, async ({ crewId, roundId }) => {
    return (await (await store).getRound(crewId, roundId)) ?? null;
  });
  receive('cs:deleteRound', ownId, async ({ crewId, roundId }) => {
    await (await store).deleteRound(crewId, roundId);
  });
  receive('cs:choosePrompt', ownId, async (request) =>
    choosePrompt(await store, { ...request, random: Math.random }),
  );
  receive('cs:rememberQuickNames', ownId, async ({ names }) => {
    const opened = await store;
    await opened.putSettings({ ...(await opened.getSettings()), quickRoundNames: names });
  });
  receive('cs:callProgress', ownId, async (progress, sender) => {
    if (sender.tab?.id === undefined) return;
    await browser.storage.session.set({ [callKey(sender.tab.id)]: progress });
  });
  receive('cs:callEnded', ownId, async (progress, sender) => {
    if (sender.tab?.id !== undefined) await browser.storage.session.remove(callKey(sender.tab.id));
    const question = await endCall(await store, progress, Date.now());
    await changed(['session'], progress.crewId);
    return question;
  });
  receive('cs:confirmNextHost', ownId, async (choice) => {
    await confirmNextHost(await store, choice);
    await changed(['session'], choice.crewId);
  });
  browser.tabs.onRemoved.addListener((tabId) => {
    endCallOfClosedTab(store, tabId).catch(() => {
      // The session stays planned; the host can mark it held from the options page.
    });
  });
  browser.commands?.onCommand.addListener((command) => {
    handleRoundCommand(command, { store, now: Date.now })
      .then((record) => record && changed(['round'], record.crewId))
      .catch(() => {});
  });
}
