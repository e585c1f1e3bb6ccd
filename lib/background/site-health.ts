// Site support reports ("Meet support degraded"), written by the background from content
// scripts' reports and read by the popup. Session storage: they outlive the worker, not the browser.
import { browser } from 'wxt/browser';
import type { SiteHealth } from '../messaging/protocol';

export const HEALTH_KEY = 'siteHealth';
/** A report older than this no longer describes the page the user has open. */
const FRESH_MS = 6 * 3600_000;

type Reports = Record<string, { missing: string[]; at: number }>;

function area() {
  return browser.storage.session ?? browser.storage.local;
}

export async function saveSiteHealth(report: SiteHealth, now: number): Promise<void> {
  const current = ((await area().get(HEALTH_KEY))[HEALTH_KEY] ?? {}) as Reports;
  await area().set({
    [HEALTH_KEY]: { ...current, [report.site]: { missing: report.missing, at: now } },
  });
}

/** Sites whose latest report says something expected was not found. */
export async function siteHealthProblems(
  now = Date.now(),
): Promise<{ site: string; missing: string[] }[]> {
  try {
    const reports = ((await area().get(HEALTH_KEY))[HEALTH_KEY] ?? {}) as Reports;
    return Object.entries(reports)
      .filter(([, r]) => r.missing.length > 0 && now - r.at < FRESH_MS)
      .map(([site, r]) => ({ site, missing: r.missing }));
  } catch {
    return [];
  }
}
