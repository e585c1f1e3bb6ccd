// The calendar-health feature: what the page lacks that Crewkit expects (lib/sites/calendar/
// health.ts), kept in `health.missing` for the site-health feature to report, so the popup says
// "Google Calendar support degraded" when Google changes the page. Paid per navigation, not per
// change: the chips are looked at once each view has settled (again while something is missing),
// the dialog each time a new one opens.
import { calendarChipSignals, calendarDialogSignals } from '../../sites/calendar/health';
import { isCalendarUrl } from '../../sites/calendar/page-detect';
import { calendarSelectors } from '../../sites/calendar/selectors';
import { watchPage } from '../../sites/dom/watch-page';
import { type MissingSignal, sameSignals } from '../../sites/health';
import type { Observable, PageFeature } from '../feature';
import type { SiteHealthDeps } from '../site-health';

/** The site-health feature's deps, with the signals this feature writes. */
export interface CalendarHealthDeps extends SiteHealthDeps {
  health: SiteHealthDeps['health'] & { missing: Observable<readonly MissingSignal[]> };
}

/** A view is drawn well within this after a navigation (a slow network may take longer). */
const SETTLE_MS = 2000;
/** While something is missing, looked at again this often: it may have been a slow load. */
const RECHECK_MS = 5000;
/** The dialog's parts come in two steps (docs/calendar-page.md, "Event details popup (2026)"). */
const DIALOG_SETTLE_MS = 1000;

export const calendarHealthFeature: PageFeature<CalendarHealthDeps> = {
  name: 'calendar-health',
  include: isCalendarUrl,
  init(signal, { health }) {
    let chips: readonly MissingSignal[] = [];
    let dialog: readonly MissingSignal[] = [];
    const publish = () => {
      const next = [...chips, ...dialog];
      if (!signal.aborted && !sameSignals(next, health.missing.get())) health.missing.set(next);
    };
    let chipTimer: ReturnType<typeof setTimeout> | undefined;
    let dialogTimer: ReturnType<typeof setTimeout> | undefined;
    const checkChips = () => {
      chips = calendarChipSignals(document, location.href);
      publish();
      if (chips.length > 0) chipTimer = setTimeout(checkChips, RECHECK_MS);
    };
    // One watch for both: the path (a navigation to another week or view, which no longer
    // restarts the features) and which dialog is open. Read once per changed frame: a string
    // and an id lookup.
    let seen: { path: string; dialog: Element | null } | null = null;
    watchPage(
      document,
      () => ({
        path: location.pathname,
        dialog: document.querySelector(calendarSelectors.anyDetailsDialog),
      }),
      (now) => {
        const before = seen;
        seen = now;
        if (before?.path !== now.path) {
          clearTimeout(chipTimer);
          chipTimer = setTimeout(checkChips, SETTLE_MS);
        }
        if (before === null || before.dialog !== now.dialog) {
          clearTimeout(dialogTimer);
          if (!now.dialog) {
            dialog = [];
            publish();
          } else {
            dialogTimer = setTimeout(() => {
              dialog = calendarDialogSignals(document);
              publish();
            }, DIALOG_SETTLE_MS);
          }
        }
      },
      { signal, equals: (a, b) => a.path === b.path && a.dialog === b.dialog },
    );
    signal.addEventListener(
      'abort',
      () => {
        clearTimeout(chipTimer);
        clearTimeout(dialogTimer);
      },
      { once: true },
    );
  },
};
