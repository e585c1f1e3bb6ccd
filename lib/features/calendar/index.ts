// Everything Crewkit adds to Google Calendar, in local mode: badges on the chips of crew sessions
// and the event dialog's actions. One feature per module; the runner restarts them on every
// in-page navigation (a new view or week).
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { type PageFeature, runFeatures } from '../feature';
import { messageCalendarBackend } from './backend';
import { badgeFeature, type CalendarDeps } from './badges';
import { dialogActionFeature } from './dialog-action';

/** Every feature of the calendar page; tests/sites/features.test.ts checks the list. */
export const calendarFeatures: readonly PageFeature<CalendarDeps>[] = [
  badgeFeature,
  dialogActionFeature,
];

export function runCalendarFeatures(ctx: ContentScriptContext): void {
  const controller = new AbortController();
  ctx.onInvalidated(() => controller.abort());
  const backend = messageCalendarBackend(controller.signal);
  runFeatures(
    calendarFeatures,
    { backend },
    {
      signal: controller.signal,
      getUrl: () => location.href,
    },
  );
}
