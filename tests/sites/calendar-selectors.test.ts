// @vitest-environment happy-dom
// Each Calendar selector's match count on every fixture page (CONVENTIONS.md 3): when Calendar
// changes and a fixture is updated, this table says which selectors the change touched.
import { describe, expect, test } from 'vitest';
import { readChips } from '../../lib/sites/calendar/adapter';
import { type CalendarSelectorName, calendarSelectors } from '../../lib/sites/calendar/selectors';
import { CALENDAR_FIXTURES, type CalendarFixture, parseCalendarFixture } from './calendar-fixtures';

type Counts = Record<CalendarFixture, number>;
const row = (values: number[]): Counts =>
  Object.fromEntries(CALENDAR_FIXTURES.map((file, i) => [file, values[i]])) as Counts;

// Columns, in CALENDAR_FIXTURES order:
//   week-basic, day, customday, month, schedule, week-slide, week-de, week-rtl,
//   dialog-opening, dialog-loaded, year, unrecognised, week, demo-week
// Derived from how each page is built (make-fixtures.mjs and week-basic.html's header):
// chips = events + tasks/reminders/slots; week-slide has two grids of 3 days; the month grid has 42
// cells; a dialog adds two aria-hidden focus sentinels.
const COUNTS: Record<CalendarSelectorName, Counts> = {
  main: row([1, 1, 1, 1, 1, 2, 1, 1, 1, 1, 1, 1, 1, 1]),
  eventChip: row([4, 6, 2, 9, 4, 2, 5, 5, 1, 1, 0, 0, 5, 5]),
  chipButton: row([4, 6, 2, 9, 4, 2, 5, 5, 1, 1, 0, 1, 5, 5]),
  chipVisible: row([6, 8, 4, 9, 4, 4, 8, 8, 4, 4, 0, 1, 8, 8]),
  dateKeyed: row([7, 1, 4, 0, 4, 6, 7, 7, 1, 1, 0, 1, 7, 7]),
  monthGrid: row([0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]),
  gridCell: row([8, 2, 4, 42, 0, 6, 8, 8, 1, 1, 2, 1, 8, 8]),
  detailsDialog: row([0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 0, 0, 0, 0]),
  dialogWhen: row([0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 0, 0, 0, 0]),
  dialogVideo: row([0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0]),
  dialogMeetLink: row([0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0]),
};

/** Chips that are events (tasks, reminders and appointment slots skipped). */
const EVENT_CHIPS = row([3, 3, 2, 8, 3, 2, 4, 4, 1, 1, 0, 0, 4, 4]);

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
      const expected = Object.fromEntries(
        Object.entries(COUNTS).map(([name, perFile]) => [name, perFile[file]]),
      );
      expect(counts).toEqual(expected);
      expect(readChips(doc).length, 'event chips').toBe(EVENT_CHIPS[file]);
    });
  }
});

describe('guards', () => {
  test('every selector has a row, every selector matches somewhere, and all parse', () => {
    expect(Object.keys(COUNTS).sort()).toEqual(Object.keys(calendarSelectors).sort());
    for (const [name, perFile] of Object.entries(COUNTS)) {
      expect(Math.max(...Object.values(perFile)), name).toBeGreaterThan(0);
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
