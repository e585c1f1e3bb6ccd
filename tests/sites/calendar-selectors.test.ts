// @vitest-environment happy-dom
// Each Calendar selector's match count on every fixture page (CONVENTIONS.md 3): when Calendar
// changes and a fixture is updated, this table says which selectors the change touched.
import { describe, expect, test } from 'vitest';
import { readChips } from '../../lib/sites/calendar/adapter';
import { type CalendarSelectorName, calendarSelectors } from '../../lib/sites/calendar/selectors';
import { CALENDAR_FIXTURES, parseCalendarFixture } from './calendar-fixtures';

/** Each selector's matches, and `events`: the chips that are events (tasks, reminders and
 * appointment slots skipped). */
type Counts = Record<CalendarSelectorName, number> & { events: number };

// One row per fixture page. The fixture list comes from the folder (./calendar-fixtures.ts): a new
// page without a row here fails, so every fixture is tested.
// Derived from how each page is built (make-fixtures.mjs and week-basic.html's header):
// chips = events + tasks/reminders/slots; week-slide has two grids of 3 days; the month grid has 42
// cells; a dialog adds two aria-hidden focus sentinels; chipLike = chips + timed chips' resize
// handles (+ the dialog's #xDetDlg[data-eventid]). The broken-* pages are a good page with one
// fault (./calendar-fixtures-made.test.ts): their counts are that page's, but for what it broke.
const COUNTS: Record<string, Counts> = {
  'broken-chip-attribute.html': {
    main: 1,
    eventChip: 0,
    chipButton: 6,
    chipVisible: 8,
    dateKeyed: 1,
    monthGrid: 0,
    gridCell: 2,
    chipLike: 8,
    detailsDialog: 0,
    anyDetailsDialog: 0,
    dialogWhen: 0,
    dialogVideo: 0,
    dialogMeetLink: 0,
    events: 0,
  },
  'broken-dialog-id.html': {
    main: 1,
    eventChip: 1,
    chipButton: 1,
    chipVisible: 4,
    dateKeyed: 1,
    monthGrid: 0,
    gridCell: 1,
    chipLike: 2,
    detailsDialog: 0,
    anyDetailsDialog: 1,
    dialogWhen: 1,
    dialogVideo: 1,
    dialogMeetLink: 1,
    events: 1,
  },
  'broken-no-grid.html': {
    main: 0,
    eventChip: 6,
    chipButton: 6,
    chipVisible: 8,
    dateKeyed: 1,
    monthGrid: 0,
    gridCell: 2,
    chipLike: 8,
    detailsDialog: 0,
    anyDetailsDialog: 0,
    dialogWhen: 0,
    dialogVideo: 0,
    dialogMeetLink: 0,
    events: 3,
  },
  'customday.html': {
    main: 1,
    eventChip: 2,
    chipButton: 2,
    chipVisible: 4,
    dateKeyed: 4,
    monthGrid: 0,
    gridCell: 4,
    chipLike: 4,
    detailsDialog: 0,
    anyDetailsDialog: 0,
    dialogWhen: 0,
    dialogVideo: 0,
    dialogMeetLink: 0,
    events: 2,
  },
  'day.html': {
    main: 1,
    eventChip: 6,
    chipButton: 6,
    chipVisible: 8,
    dateKeyed: 1,
    monthGrid: 0,
    gridCell: 2,
    chipLike: 8,
    detailsDialog: 0,
    anyDetailsDialog: 0,
    dialogWhen: 0,
    dialogVideo: 0,
    dialogMeetLink: 0,
    events: 3,
  },
  'demo-week.html': {
    main: 1,
    eventChip: 5,
    chipButton: 5,
    chipVisible: 8,
    dateKeyed: 7,
    monthGrid: 0,
    gridCell: 8,
    chipLike: 8,
    detailsDialog: 0,
    anyDetailsDialog: 0,
    dialogWhen: 0,
    dialogVideo: 0,
    dialogMeetLink: 0,
    events: 4,
  },
  'dialog-loaded.html': {
    main: 1,
    eventChip: 1,
    chipButton: 1,
    chipVisible: 4,
    dateKeyed: 1,
    monthGrid: 0,
    gridCell: 1,
    chipLike: 3,
    detailsDialog: 1,
    anyDetailsDialog: 1,
    dialogWhen: 1,
    dialogVideo: 1,
    dialogMeetLink: 1,
    events: 1,
  },
  'dialog-opening.html': {
    main: 1,
    eventChip: 1,
    chipButton: 1,
    chipVisible: 4,
    dateKeyed: 1,
    monthGrid: 0,
    gridCell: 1,
    chipLike: 3,
    detailsDialog: 1,
    anyDetailsDialog: 1,
    dialogWhen: 1,
    dialogVideo: 0,
    dialogMeetLink: 0,
    events: 1,
  },
  'month.html': {
    main: 1,
    eventChip: 9,
    chipButton: 9,
    chipVisible: 9,
    dateKeyed: 0,
    monthGrid: 1,
    gridCell: 42,
    chipLike: 9,
    detailsDialog: 0,
    anyDetailsDialog: 0,
    dialogWhen: 0,
    dialogVideo: 0,
    dialogMeetLink: 0,
    events: 8,
  },
  'schedule.html': {
    main: 1,
    eventChip: 4,
    chipButton: 4,
    chipVisible: 4,
    dateKeyed: 4,
    monthGrid: 0,
    gridCell: 0,
    chipLike: 4,
    detailsDialog: 0,
    anyDetailsDialog: 0,
    dialogWhen: 0,
    dialogVideo: 0,
    dialogMeetLink: 0,
    events: 3,
  },
  'unrecognised.html': {
    main: 1,
    eventChip: 0,
    chipButton: 1,
    chipVisible: 1,
    dateKeyed: 1,
    monthGrid: 0,
    gridCell: 1,
    chipLike: 1,
    detailsDialog: 0,
    anyDetailsDialog: 0,
    dialogWhen: 0,
    dialogVideo: 0,
    dialogMeetLink: 0,
    events: 0,
  },
  'week-basic.html': {
    main: 1,
    eventChip: 4,
    chipButton: 4,
    chipVisible: 6,
    dateKeyed: 7,
    monthGrid: 0,
    gridCell: 8,
    chipLike: 6,
    detailsDialog: 0,
    anyDetailsDialog: 0,
    dialogWhen: 0,
    dialogVideo: 0,
    dialogMeetLink: 0,
    events: 3,
  },
  'week-de.html': {
    main: 1,
    eventChip: 5,
    chipButton: 5,
    chipVisible: 8,
    dateKeyed: 7,
    monthGrid: 0,
    gridCell: 8,
    chipLike: 8,
    detailsDialog: 0,
    anyDetailsDialog: 0,
    dialogWhen: 0,
    dialogVideo: 0,
    dialogMeetLink: 0,
    events: 4,
  },
  'week-rtl.html': {
    main: 1,
    eventChip: 5,
    chipButton: 5,
    chipVisible: 8,
    dateKeyed: 7,
    monthGrid: 0,
    gridCell: 8,
    chipLike: 8,
    detailsDialog: 0,
    anyDetailsDialog: 0,
    dialogWhen: 0,
    dialogVideo: 0,
    dialogMeetLink: 0,
    events: 4,
  },
  'week-slide.html': {
    main: 2,
    eventChip: 2,
    chipButton: 2,
    chipVisible: 4,
    dateKeyed: 6,
    monthGrid: 0,
    gridCell: 6,
    chipLike: 4,
    detailsDialog: 0,
    anyDetailsDialog: 0,
    dialogWhen: 0,
    dialogVideo: 0,
    dialogMeetLink: 0,
    events: 2,
  },
  'week.html': {
    main: 1,
    eventChip: 5,
    chipButton: 5,
    chipVisible: 8,
    dateKeyed: 7,
    monthGrid: 0,
    gridCell: 8,
    chipLike: 8,
    detailsDialog: 0,
    anyDetailsDialog: 0,
    dialogWhen: 0,
    dialogVideo: 0,
    dialogMeetLink: 0,
    events: 4,
  },
  'year.html': {
    main: 1,
    eventChip: 0,
    chipButton: 0,
    chipVisible: 0,
    dateKeyed: 0,
    monthGrid: 0,
    gridCell: 2,
    chipLike: 0,
    detailsDialog: 0,
    anyDetailsDialog: 0,
    dialogWhen: 0,
    dialogVideo: 0,
    dialogMeetLink: 0,
    events: 0,
  },
};

describe('Calendar selectors: match counts per fixture', () => {
  for (const file of CALENDAR_FIXTURES) {
    test(file, () => {
      const doc = parseCalendarFixture(file);
      const counts = Object.fromEntries(
        Object.entries(calendarSelectors).map(([name, s]) => [
          name,
          doc.querySelectorAll(s).length,
        ]),
      );
      expect(COUNTS[file], `${file} has no row in COUNTS`).toBeDefined();
      expect({ ...counts, events: readChips(doc).length }).toEqual(COUNTS[file]);
    });
  }
});

describe('guards', () => {
  test('the rows are the fixture folder: none missing, none for a page that is gone', () => {
    expect(Object.keys(COUNTS).sort()).toEqual([...CALENDAR_FIXTURES].sort());
    expect(CALENDAR_FIXTURES.length).toBeGreaterThanOrEqual(14);
  });

  test('every selector matches on some fixture, and all parse', () => {
    for (const name of Object.keys(calendarSelectors) as CalendarSelectorName[]) {
      expect(Math.max(...Object.values(COUNTS).map((row) => row[name])), name).toBeGreaterThan(0);
    }
    for (const selector of Object.values(calendarSelectors)) {
      expect(() => document.querySelector(selector)).not.toThrow();
    }
  });

  test('no selector depends on page text (any UI language reads the same)', () => {
    for (const selector of Object.values(calendarSelectors)) {
      // Only roles, ids, data-* and aria-hidden; no aria-label or text values.
      expect(selector).not.toMatch(/aria-label|:contains|title=/);
    }
  });

  test('each fixture says at its top which reference facts it encodes, with a date', () => {
    for (const file of CALENDAR_FIXTURES) {
      const html = parseCalendarFixture(file).childNodes;
      const comments = [...html].filter((n) => n.nodeType === 8).map((n) => n.textContent ?? '');
      const header = comments.find(
        (text) => text.includes('Facts encoded') || text.includes('reference/'),
      );
      expect(header, file).toBeDefined();
      expect(header, file).toMatch(/20\d\d/);
    }
  });
});
