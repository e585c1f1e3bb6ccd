// Site support reports ("Meet support degraded"), written by the background from content
// scripts' reports and read by the popup. Session storage: they outlive the worker, not the browser.
//
// A report belongs to the page that sent it (issue 8, "site-health reports clear"): one key per
// tab and frame, replaced by that page's next report (every page sends its first one, healthy or
// not: lib/features/site-health.ts), removed when the tab closes, and ignored once the tab shows
// another origin or is gone (checked when the popup reads them, so a navigation the background
// cannot see, to a site it has no permission for, still clears it). One key per page also means
// two tabs reporting at once never overwrite each other (no read-modify-write).
import { browser } from 'wxt/browser';
import type { SiteHealth } from '../messaging/protocol';
import type { SenderLike } from '../messaging/receive';

const PREFIX = 'siteHealth:';
/** A report older than this no longer describes the page the user has open. */
const FRESH_MS = 6 * 3600_000;

interface StoredReport {
  site: SiteHealth['site'];
  missing: string[];
  at: number;
  /** The origin of the page that reported: the report stands while its tab still shows it. */
  origin: string;
  tabId: number;
}

/** The parts of `browser.storage.session` and `tabs` the reports use (the real ones below). */
export interface SiteHealthDeps {
  session: {
    get(keys: null): Promise<Record<string, unknown>>;
    set(items: Record<string, unknown>): Promise<void>;
    remove(keys: string | string[]): Promise<void>;
  };
  /** The tab's URL now; undefined when the tab is gone or shows a page Crewkit may not read. */
  tabUrl(tabId: number): Promise<string | undefined>;
}

const keyOf = (tabId: number, frameId: number) => `${PREFIX}${tabId}:${frameId}`;

function originOf(url: string | undefined): string | undefined {
  try {
    return url ? new URL(url).origin : undefined;
  } catch {
    return undefined;
  }
}

/** What was stored under a health key, if it is one of ours (storage is not typed). */
function asReport(value: unknown): StoredReport | undefined {
  const r = value as Partial<StoredReport> | null;
  if (!r || typeof r !== 'object') return undefined;
  if (typeof r.site !== 'string' || typeof r.at !== 'number' || typeof r.origin !== 'string')
    return undefined;
  if (typeof r.tabId !== 'number' || !Array.isArray(r.missing)) return undefined;
  return r as StoredReport;
}

export function siteHealthReports(deps: SiteHealthDeps) {
  const all = async () =>
    Object.entries(await deps.session.get(null)).filter(([key]) => key.startsWith(PREFIX));
  return {
    /** A page's latest report, which replaces its earlier one. Pages without a tab are ignored. */
    async save(report: SiteHealth, sender: SenderLike, now: number): Promise<void> {
      const tabId = sender.tab?.id;
      const origin = originOf(sender.url ?? sender.tab?.url);
      if (tabId === undefined || origin === undefined) return;
      const key = keyOf(tabId, sender.frameId ?? 0);
      if (report.missing.length === 0) {
        await deps.session.remove(key);
        return;
      }
      const stored: StoredReport = {
        site: report.site,
        missing: report.missing,
        at: now,
        origin,
        tabId,
      };
      await deps.session.set({ [key]: stored });
    },

    /** The tab closed: its pages' reports go with it. */
    async forgetTab(tabId: number): Promise<void> {
      const keys = (await all())
        .map(([key]) => key)
        .filter((key) => key.startsWith(`${PREFIX}${tabId}:`));
      if (keys.length > 0) await deps.session.remove(keys);
    },

    /**
     * Sites of which a page open now says something expected was not found, with everything its
     * pages miss (each signal once, in the order first reported). Reports of tabs that closed or
     * moved to another origin are dropped here.
     */
    async problems(now: number): Promise<{ site: string; missing: string[] }[]> {
      const bySite = new Map<string, string[]>();
      const stale: string[] = [];
      for (const [key, value] of await all()) {
        const report = asReport(value);
        const shown = report && originOf(await deps.tabUrl(report.tabId).catch(() => undefined));
        if (!report || now - report.at >= FRESH_MS || shown !== report.origin) {
          stale.push(key);
          continue;
        }
        const missing = bySite.get(report.site) ?? [];
        for (const signal of report.missing) if (!missing.includes(signal)) missing.push(signal);
        bySite.set(report.site, missing);
      }
      if (stale.length > 0) await deps.session.remove(stale).catch(() => {});
      return [...bySite].map(([site, missing]) => ({ site, missing }));
    },
  };
}

/** The real browser: session storage (local where a browser lacks it) and the tab's URL. */
export function browserSiteHealth() {
  const area = () => browser.storage.session ?? browser.storage.local;
  return siteHealthReports({
    session: {
      get: (keys) => area().get(keys),
      set: (items) => area().set(items),
      remove: (keys) => area().remove(keys),
    },
    // Without the "tabs" permission a tab's URL is given only where Crewkit has host access: a
    // tab that moved to any other site reads as gone, which is what the report needs to know.
    tabUrl: (tabId) => browser.tabs.get(tabId).then((tab) => tab.url),
  });
}
