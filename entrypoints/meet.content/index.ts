import { runCallFeatures } from '../../lib/features/call';
import { meetAdapter } from '../../lib/sites/meet/adapter';
import { fillMeetChat } from '../../lib/sites/meet/chat';

export default defineContentScript({
  matches: ['https://meet.google.com/*'],
  main(ctx) {
    runCallFeatures(ctx, meetAdapter, {
      fillChat: (text) => fillMeetChat(document, text) === 'filled',
    });
  },
});
