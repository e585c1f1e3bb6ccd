// Tells the background which expected page signals are missing, so the popup can say "Meet
// support degraded" and what was not found. Only on meeting pages, and only when it changes.
import { sendMessage } from '../../messaging/messenger';
import type { CallFacts, SiteAdapter } from '../../sites/adapter';
import type { Observable, PageFeature } from '../feature';

export function siteHealthFeature(adapter: SiteAdapter, facts: Observable<CallFacts>): PageFeature {
  return {
    name: 'site-health',
    include: (url) => adapter.matches(url),
    init(signal) {
      let reported = '';
      const report = (missing: string[], code: string | null) => {
        if (!code) return;
        const key = missing.join(',');
        if (key === reported) return;
        reported = key;
        sendMessage('cs:reportSiteHealth', {
          site: adapter.site,
          missing: missing.slice(0, 20),
        }).catch(() => {});
      };
      const stop = facts.subscribe((current) => report(current.missing, current.meetingCode));
      signal.addEventListener('abort', stop, { once: true });
      report(facts.get().missing, facts.get().meetingCode);
    },
  };
}
