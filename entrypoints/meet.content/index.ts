import { runCallFeatures } from '../../lib/features/call';
import { meetAdapter } from '../../lib/sites/meet/adapter';

export default defineContentScript({
  matches: ['https://meet.google.com/*'],
  cssInjectionMode: 'ui',
  main(ctx) {
    runCallFeatures(ctx, meetAdapter);
  },
});
