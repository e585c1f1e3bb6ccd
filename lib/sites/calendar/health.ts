// What Crewkit expected on a Calendar page and did not find, as site health signals
// (lib/sites/health.ts), so the popup can say "Google Calendar support degraded" when Google
// changes the page (docs/calendar-page.md, "Structure of the page, from real captures", seen
// 2026-10). Only what must be there: an empty week has no chips and is not degraded; tasks and
// reminders are not events and do not count.
import type { MissingSignal } from '../health';
import { readChipEvent, readDialog } from './adapter';
import { decodeEventChipId } from './event-id';
import { calendarView, viewHasChips } from './page-detect';
import { EVENT_ID_ATTRIBUTE, calendarSelectors as sel, VIEW_KEY_ATTRIBUTE } from './selectors';

/** The chip-view signals: the grid, and chips none of which reads as an event. */
function chipSignals(doc: Document): MissingSignal[] {
  const main = doc.querySelector(sel.main);
  if (!main) return ['calendar-grid'];
  // The usual page: the first chip reads, and nothing else is looked at.
  const first = main.querySelector(sel.eventChip);
  if (first && readChipEvent(first)) return [];
  for (const chip of main.querySelectorAll(sel.eventChip)) if (readChipEvent(chip)) return [];
  // A lookalike without an id (the attribute renamed), or with one that decodes (the chip
  // attribute renamed). An id that does not decode says nothing: tasks, reminders and
  // appointment slots carry such ids on a page that is fine.
  const broken = [...main.querySelectorAll(sel.chipLike)].some((element) => {
    const raw = element.getAttribute(EVENT_ID_ATTRIBUTE);
    return raw === null || decodeEventChipId(raw) !== null;
  });
  return broken ? ['event-chips'] : [];
}

/**
 * The dialog signal: `#xDetDlg` is open with no `data-eventid` at all and no event in its jslog.
 * An id that does not decode is a task's or reminder's dialog, not a missing id.
 */
export function calendarDialogSignals(doc: Document): MissingSignal[] {
  const dialog = doc.querySelector(sel.anyDetailsDialog);
  if (!dialog || dialog.getAttribute(EVENT_ID_ATTRIBUTE) || readDialog(doc)) return [];
  return ['event-dialog-id'];
}

/** The chip-view signals for this URL (none outside the views that show events). */
export function calendarChipSignals(doc: Document, url: string): MissingSignal[] {
  const view = calendarView(url, doc.body?.getAttribute(VIEW_KEY_ATTRIBUTE));
  return viewHasChips(view) ? chipSignals(doc) : [];
}
