// Everything Crewkit adds to Google Calendar, in local mode: badges on the chips of crew sessions
// and the event dialog's actions. One feature per module; the runner restarts them on every
// in-page navigation (a new view or week).
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { MissingSignal } from '../../sites/health';
import { observable, type PageFeature, runFeatures } from '../feature';
import { siteHealthFeature } from '../site-health';
import { messageCalendarBackend } from './backend';
import { badgeFeature, type CalendarDeps } from './badges';
import { dialogActionFeature } from './dialog-action';
import { type CalendarHealthDeps, calendarHealthFeature } from './health';

/** Every feature of the calendar page; tests/sites/features.test.ts checks the list. */
export const calendarFeatures: readonly PageFeature<CalendarDeps & CalendarHealthDeps>[] = [
  badgeFeature,
  dialogActionFeature,
  calendarHealthFeature,
  siteHealthFeature,
];

export function runCalendarFeatures(ctx: ContentScriptContext): void {
  const controller = new AbortController();
  ctx.onInvalidated(() => controller.abort());
  const backend = messageCalendarBackend(controller.signal);
  runFeatures(
    calendarFeatures,
    { backend, health: { site: 'calendar', missing: observable<readonly MissingSignal[]>([]) } },
    {
      signal: controller.signal,
      getUrl: () => location.href,
    },
  );
}
