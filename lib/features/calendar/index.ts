// Everything Crewkit adds to Google Calendar, in local mode: badges on the chips of crew sessions
// and the event dialog's actions. One feature per module; the runner restarts them only when the
// kind of page changes (a view with chips, another Calendar page): each follows the page by
// itself, so a move to the next week costs no restart (calendar-overhead-ratio).
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { isCalendarUrl, isChipViewUrl } from '../../sites/calendar/page-detect';
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

/** What decides which features run: every feature's `include` is one of these. */
export function calendarPageKind(url: string): string {
  if (isChipViewUrl(url)) return 'chips';
  return isCalendarUrl(url) ? 'calendar' : 'other';
}

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
      navigationKey: calendarPageKind,
    },
  );
}
