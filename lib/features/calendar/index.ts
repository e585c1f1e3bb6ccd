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

/**
 * Every feature of the calendar page; tests/sites/features.test.ts checks the list. The badges
 * start last: mutation observers are called in the order they were made, so the page watch's
 * (lib/sites/dom/observe.ts, made by the first two) sees a new week's grid before the badges
 * are drawn, and their 30 records only in its next call, after the page has them
 * (calendar-decorate-scale).
 */
export const calendarFeatures: readonly PageFeature<CalendarDeps & CalendarHealthDeps>[] = [
  dialogActionFeature,
  calendarHealthFeature,
  siteHealthFeature,
  badgeFeature,
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
