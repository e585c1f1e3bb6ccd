// The background's side of the message contract: every handler checks its sender and payload
// (./receive.ts), reads the store, and never keeps state in module variables (the service worker
// may be stopped at any moment; DESIGN.md "The background may die at any moment").
import { browser } from 'wxt/browser';
import { parseMeetingLink } from '../core/meeting-link';
import type { Crew } from '../core/model';
import type { CrewkitStore } from '../store/store';
import { sendMessage } from './messenger';
import type { CrewSummary, SiteHealth, StoreChange } from './protocol';
import { receive } from './receive';

/** Pages whose content scripts want to hear about store changes. */
export const CONTENT_SCRIPT_URLS = ['https://meet.google.com/*', 'https://calendar.google.com/*'];

export function crewSummary(crew: Crew): CrewSummary {
  return {
    id: crew.id,
    name: crew.name,
    memberNames: crew.members.filter((m) => !m.leftAt).map((m) => m.name),
    ...(crew.meetingLink ? { meetingLink: crew.meetingLink } : {}),
  };
}

/** The active crew whose standing link is this call, if any. */
export function crewForCall(
  crews: Crew[],
  call: { meetCode?: string; url?: string },
): Crew | undefined {
  const wanted = call.meetCode
    ? { kind: 'meet' as const, code: call.meetCode }
    : call.url
      ? parseMeetingLink(call.url)
      : null;
  if (!wanted) return undefined;
  return crews.find((crew) => {
    if (crew.archivedAt || !crew.meetingLink) return false;
    const link = parseMeetingLink(crew.meetingLink);
    if (!link || link.kind !== wanted.kind) return false;
    if (link.kind === 'meet' && wanted.kind === 'meet') return link.code === wanted.code;
    if (link.kind === 'jitsi' && wanted.kind === 'jitsi') {
      return link.origin === wanted.origin && link.room.toLowerCase() === wanted.room.toLowerCase();
    }
    return false;
  });
}

/** Tell every Meet and Calendar tab that stored data changed; tabs without Crewkit are skipped. */
export async function relayStoreChange(change: StoreChange): Promise<void> {
  const tabs = await browser.tabs.query({ url: CONTENT_SCRIPT_URLS });
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

const HEALTH_KEY = 'siteHealth';

/** Site support reports live in session storage: they outlive the worker, not the browser. */
export async function saveSiteHealth(report: SiteHealth, now: number): Promise<void> {
  const area = browser.storage.session ?? browser.storage.local;
  const current = ((await area.get(HEALTH_KEY))[HEALTH_KEY] ?? {}) as Record<string, unknown>;
  await area.set({
    [HEALTH_KEY]: { ...current, [report.site]: { missing: report.missing, at: now } },
  });
}

export function startBackgroundMessaging(store: Promise<CrewkitStore>, ownId: string): void {
  receive('cs:listCrews', ownId, async () =>
    (await (await store).listCrews()).filter((c) => !c.archivedAt).map(crewSummary),
  );
  receive('cs:crewForMeeting', ownId, async (call) => {
    const crew = crewForCall(await (await store).listCrews(), call);
    return crew ? crewSummary(crew) : null;
  });
  receive('cs:reportSiteHealth', ownId, (report) => saveSiteHealth(report, Date.now()));
  receive('page:storeChanged', ownId, (change) => relayStoreChange(change));
}
