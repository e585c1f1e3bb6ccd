// Everything Crewkit adds to a video call page, for any site adapter (Meet, Jitsi).
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { CallFacts, SiteAdapter } from '../../sites/adapter';
import { sameSignals } from '../../sites/health';
import { observable, type PageFeature, runFeatures } from '../feature';
import { type SiteHealthDeps, siteHealthFeature } from '../site-health';
import { listenForStoreChanges, messageBackend } from './backend';
import { type CallWatchDeps, callWatchFeature } from './call-watch';

export type CallDeps = CallWatchDeps & SiteHealthDeps;

/** Every feature of a call page (Meet and Jitsi alike); tests/sites/features.test.ts checks it. */
export const callFeatures: readonly PageFeature<CallDeps>[] = [callWatchFeature, siteHealthFeature];

export function runCallFeatures(
  ctx: ContentScriptContext,
  adapter: SiteAdapter,
  options: { fillChat?: (text: string) => boolean } = {},
): void {
  const controller = new AbortController();
  ctx.onInvalidated(() => controller.abort());
  const backend = messageBackend(listenForStoreChanges(controller.signal));
  // One watch of the page for every feature: one MutationObserver, facts read once per frame.
  // Speaking hints stay off: they mean observing every class change of every tile (Meet makes
  // hundreds a second), which costs more than the panel's whole overhead budget (issue 4,
  // meet-overhead-ratio); the adapter still offers them for a future opt-in.
  const facts = observable<CallFacts>(adapter.read(document, location.href));
  if (adapter.matches(location.href)) {
    adapter.watch(document, (next) => facts.set(next), controller.signal, {
      getUrl: () => location.href,
      speaking: false,
    });
  }
  const missing = observable(facts.get().missing);
  facts.subscribe((next) => {
    if (!sameSignals(next.missing, missing.get())) missing.set(next.missing);
  });
  runFeatures(
    callFeatures,
    {
      adapter,
      facts,
      backend,
      fillChat: options.fillChat,
      health: { site: adapter.site, missing },
    },
    {
      signal: controller.signal,
      getUrl: () => location.href,
      // One navigation per page: the call watch follows the meeting code in place, and the panel
      // (mounted once per page, frame-host.ts) must outlive "Return to home screen".
      navigationKey: () => 'call-page',
    },
  );
}
