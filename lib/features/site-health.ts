// Tells the background which expected page signals are missing, so the popup can say "Meet
// support degraded" and what was not found. For any site (calls, Calendar), whether or not the
// page is a meeting; sent only when the set changes.
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
    let reported: readonly MissingSignal[] = [];
    const report = (missing: readonly MissingSignal[]) => {
      if (signal.aborted || sameSignals(missing, reported)) return;
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
