// Everything Crewkit adds to a video call page, for any site adapter (Meet, Jitsi).
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { SiteAdapter } from '../../sites/adapter';
import { runFeatures } from '../feature';
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
  runFeatures(
    [
      callWatchFeature({ adapter, backend, fillChat: options.fillChat }),
      siteHealthFeature(adapter),
    ],
    controller.signal,
    location.href,
  );
}
