import { runCalendarFeatures } from '../../lib/features/calendar';

export default defineContentScript({
  matches: ['https://calendar.google.com/*'],
  main(ctx) {
    runCalendarFeatures(ctx);
  },
});
