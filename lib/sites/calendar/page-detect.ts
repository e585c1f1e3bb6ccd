// Which Calendar page this is (CONVENTIONS.md 4). URL first, the body's view key when the URL
// names no view (docs/calendar-page.md, "Views and navigation" [S], seen 2026-10):
// `/calendar/u/<n>/r/<view>/<yyyy>/<m>/<d>`; a bare `/calendar/u/<n>/r` is the default view.

export type CalendarView =
  | 'day'
  | 'week'
  | 'month'
  | 'year'
  | 'customday'
  | 'customweek'
  | 'agenda';

const HOST = 'calendar.google.com';
const VIEWS: readonly CalendarView[] = [
  'day',
  'week',
  'month',
  'year',
  'customday',
  'customweek',
  'agenda',
];
/** `/calendar`, optional `/u/<n>` or `/b/<n>`, `/r`, then maybe a view. */
const PATH = /^\/calendar(?:\/[ub]\/\d+)?\/r(?:\/([a-z]+))?(?:\/|$)/;
/** View key spellings, compared without case and separators: `WEEK`, `CUSTOM_DAYS`, `SCHEDULE`. */
const VIEW_KEYS: Record<string, CalendarView> = {
  day: 'day',
  week: 'week',
  month: 'month',
  year: 'year',
  agenda: 'agenda',
  schedule: 'agenda',
  customday: 'customday',
  customdays: 'customday',
  customweek: 'customweek',
  customweeks: 'customweek',
};

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

export function isCalendarUrl(url: string): boolean {
  return parse(url)?.hostname === HOST;
}

/** The view a body's `data-viewkey` names, or null when absent or unknown. */
export function viewFromKey(key: string | null | undefined): CalendarView | null {
  if (!key) return null;
  return VIEW_KEYS[key.toLowerCase().replace(/[^a-z]/g, '')] ?? null;
}

/**
 * The view shown: from the URL's path, else (a bare `/r`) from the view key. Null for other
 * pages of the host (settings, the event edit page, search) and other hosts.
 */
export function calendarView(url: string, viewKey?: string | null): CalendarView | null {
  const parsed = parse(url);
  if (parsed?.hostname !== HOST) return null;
  const match = PATH.exec(parsed.pathname);
  if (!match) return null;
  const segment = match[1];
  if (segment === undefined) return viewFromKey(viewKey);
  return (VIEWS as readonly string[]).includes(segment) ? (segment as CalendarView) : null;
}

/** Views that show event chips (the year view shows none). */
export function viewHasChips(view: CalendarView | null): boolean {
  return view !== null && view !== 'year';
}

/** A page that may show chips: a named view other than the year, or the default view. */
export function isChipViewUrl(url: string): boolean {
  const parsed = parse(url);
  if (parsed?.hostname !== HOST) return false;
  const match = PATH.exec(parsed.pathname);
  if (!match) return false;
  return match[1] === undefined || viewHasChips(calendarView(url));
}
