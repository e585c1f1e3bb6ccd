// The background's side of the message contract: every handler checks its sender and payload
// (lib/messaging/receive.ts), reads the store, and keeps no state in module variables (the
// service worker may be stopped at any moment; DESIGN.md "The background may die at any moment").
import { browser } from 'wxt/browser';
import { i18n } from '#i18n';
import { pathwayReflectHash } from '../core/pathway/reflect-link';
import { sendMessage } from '../messaging/messenger';
import type { CallProgress, ProtocolMap } from '../messaging/protocol';
import { receive } from '../messaging/receive';
import { choosePrompt } from '../store/prompt-choice';
import { handleRoundCommand } from '../store/round-commands';
import type { CrewkitStore } from '../store/store';
import { startCalendarMessaging } from './calendar-messaging';
import type { CalendarSyncDeps } from './calendar-sync';
import { confirmNextHost, endCall } from './call-end';
import { callPanelState } from './call-panel-state';
import { PANEL_FILES } from './panels';
import { browserSiteHealth } from './site-health';
import { type TabRelay, tabRelay } from './tab-relay';
import { keepTalkEstimate } from './talk-estimate';

/** The real browser behind the tab relay (./tab-relay.ts). */
export function browserTabRelay(): TabRelay {
  return tabRelay({
    session: {
      get: (keys) => browser.storage.session.get(keys),
      set: (items) => browser.storage.session.set(items),
      remove: (key) => browser.storage.session.remove(key),
    },
    send: (tabId, change) => sendMessage('bg:storeChanged', change, tabId),
  });
}

/**
 * Registers every handler. `relay` is the same one the store's onCommitted hook feeds (see
 * entrypoints/background), so a write made here reaches content scripts without a call of its own.
 */
export function startBackgroundMessaging(
  store: Promise<CrewkitStore>,
  ownId: string,
  relay: TabRelay,
  /** The Google Calendar sync, so the calendar page's tags reach the shared tag. */
  calendarSync?: CalendarSyncDeps,
): void {
  const fromTab = <T extends keyof ProtocolMap>(
    type: T,
    handler: Parameters<typeof receive<T>>[2],
  ) =>
    receive(type, ownId, (data, sender) => {
      // The tab's content script listens for store changes from now on.
      if (sender.tab?.id !== undefined) relay.remember(sender.tab.id).catch(() => {});
      return handler(data, sender);
    });
  const siteHealth = browserSiteHealth();
  fromTab('cs:reportSiteHealth', (report, sender) => siteHealth.save(report, sender, Date.now()));
  receive('page:storeChanged', ownId, (change) => relay.storeChanged(change));
  startCallPanelMessaging(store, fromTab);
  startCalendarMessaging(store, fromTab, calendarSync);
  browser.tabs.onRemoved.addListener((tabId) => {
    relay.forget(tabId).catch(() => {});
    siteHealth.forgetTab(tabId).catch(() => {});
    endCallOfClosedTab(store, tabId).catch(() => {
      // The session stays planned; the host can mark it held from the options page.
    });
  });
  browser.commands?.onCommand.addListener((command) => {
    handleRoundCommand(command, { store, now: Date.now }).catch(() => {});
  });
}

const callKey = (tabId: number) => `call:${tabId}`;

/** Close the session of a call whose tab was closed while in the call. */
async function endCallOfClosedTab(store: Promise<CrewkitStore>, tabId: number): Promise<void> {
  const key = callKey(tabId);
  const progress = (await browser.storage.session.get(key))[key] as CallProgress | undefined;
  if (!progress) return;
  await browser.storage.session.remove(key);
  await endCall(await store, progress, Date.now());
}

type FromTab = <T extends keyof ProtocolMap>(
  type: T,
  handler: Parameters<typeof receive<T>>[2],
) => () => void;

function startCallPanelMessaging(store: Promise<CrewkitStore>, on: FromTab): void {
  on('cs:callPanelState', async (call) => callPanelState(await store, call, Date.now()));
  on('cs:loadPanel', async ({ panel }, sender) => {
    const tabId = sender.tab?.id;
    if (tabId === undefined) return false;
    await browser.scripting.executeScript({
      target: { tabId, ...(sender.frameId !== undefined ? { frameIds: [sender.frameId] } : {}) },
      // Runtime-registered entry points, so WXT's path type does not list them.
      files: [PANEL_FILES[panel].script as '/content-scripts/meet.js'],
    });
    return true;
  });
  on('cs:saveRound', async (record) => {
    await (await store).putRound(record);
  });
  on('cs:loadRound', async ({ crewId, roundId }) => {
    return (await (await store).getRound(crewId, roundId)) ?? null;
  });
  on('cs:deleteRound', async ({ crewId, roundId }) => {
    await (await store).deleteRound(crewId, roundId);
  });
  on('cs:choosePrompt', async (request) =>
    // The call panel speaks the extension's language, as the background does.
    choosePrompt(await store, { ...request, random: Math.random, language: i18n.t('locale') }),
  );
  on('cs:rememberQuickNames', async ({ names }) => {
    const opened = await store;
    await opened.putSettings({ ...(await opened.getSettings()), quickRoundNames: names });
  });
  on('cs:callProgress', async (progress, sender) => {
    if (sender.tab?.id === undefined) return;
    await browser.storage.session.set({ [callKey(sender.tab.id)]: progress });
  });
  on('cs:callEnded', async (progress, sender) => {
    if (sender.tab?.id !== undefined) await browser.storage.session.remove(callKey(sender.tab.id));
    return endCall(await store, progress, Date.now());
  });
  on('cs:confirmNextHost', async (choice) => {
    await confirmNextHost(await store, choice);
  });
  on('cs:openReflection', async ({ crewId, sessionId }) => {
    // Only a session that exists and was held: a page cannot open options at anything else.
    const session = await (await store).getSession(crewId, sessionId);
    if (session?.status !== 'held') return false;
    // A content script cannot open an extension page itself in every browser; the background can.
    const options = (browser.runtime.getURL as (path: string) => string)('/options.html');
    await browser.tabs.create({ url: options + pathwayReflectHash(crewId, sessionId) });
    return true;
  });
  on('cs:keepTalkEstimate', async (request) => keepTalkEstimate(await store, request, Date.now()));
}
