// Everything Crewkit adds to a video call page, for any site adapter (Meet, Jitsi).
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { CallFacts, SiteAdapter } from '../../sites/adapter';
import { observable, runFeatures } from '../feature';
import { listenForStoreChanges, messageBackend } from './backend';
import { callWatchFeature } from './call-watch';
import { siteHealthFeature } from './site-health';

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
  runFeatures(
    [
      callWatchFeature({ adapter, facts, backend, fillChat: options.fillChat }),
      siteHealthFeature(adapter, facts),
    ],
    controller.signal,
    location.href,
  );
}
