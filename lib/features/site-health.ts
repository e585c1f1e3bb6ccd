// Tells the background which expected page signals are missing, so the popup can say "Meet
// support degraded" and what was not found. For any site (calls, Calendar), whether or not the
// page is a meeting; sent when the set changes, and once as the page starts even when nothing is
// missing: the background keeps one report per page, and this first one replaces what the tab's
// previous page said (a reloaded page that works again clears its note, issue 8).
import { sendMessage } from '../messaging/messenger';
import { type HealthSite, type MissingSignal, sameSignals } from '../sites/health';
import type { Observable, PageFeature } from './feature';

export interface SiteHealthDeps {
  health: {
    site: HealthSite;
    missing: Pick<Observable<readonly MissingSignal[]>, 'get' | 'subscribe'>;
  };
}

/** The background keeps at most this many per site (lib/messaging/schemas.ts SiteHealthSchema). */
const MAX_REPORTED = 20;

export const siteHealthFeature: PageFeature<SiteHealthDeps> = {
  name: 'site-health',
  // Runs wherever its site's content script runs; the site's feature list decides.
  include: () => true,
  init(signal, { health }) {
    let reported: readonly MissingSignal[] | null = null;
    const report = (missing: readonly MissingSignal[]) => {
      if (signal.aborted || (reported !== null && sameSignals(missing, reported))) return;
      reported = missing;
      sendMessage('cs:reportSiteHealth', {
        site: health.site,
        missing: missing.slice(0, MAX_REPORTED),
      }).catch(() => {});
    };
    const stop = health.missing.subscribe(report);
    signal.addEventListener('abort', stop, { once: true });
    report(health.missing.get());
  },
};
