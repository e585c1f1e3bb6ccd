// @vitest-environment happy-dom
// Calendar's site health signals (lib/sites/calendar/health.ts) on every fixture page: each
// broken page raises exactly its signal, every good page none. The list of pages comes from the
// folder, so a new fixture needs its line here.
import { afterEach, describe, expect, test, vi } from 'vitest';
import { calendarHealthFeature } from '../../lib/features/calendar/health';
import { observable } from '../../lib/features/feature';
import { calendarChipSignals, calendarDialogSignals } from '../../lib/sites/calendar/health';
import type { MissingSignal } from '../../lib/sites/health';
import { CALENDAR_FIXTURES, loadCalendarFixture, parseCalendarFixture } from './calendar-fixtures';

/** A bare view URL: the view comes from each page's `data-viewkey`, as on a default view. */
const URL = 'https://calendar.google.com/calendar/u/0/r';

const EXPECTED: Record<string, MissingSignal[]> = {
  'broken-no-grid.html': ['calendar-grid'],
  'broken-chip-attribute.html': ['event-chips'],
  'broken-dialog-id.html': ['event-dialog-id'],
  // Chips whose id sits in a renamed attribute: buttons in a day column, none readable.
  'unrecognised.html': ['event-chips'],
  'customday.html': [],
  'day.html': [],
  'demo-week.html': [],
  'dialog-loaded.html': [],
  'dialog-opening.html': [],
  'month.html': [],
  'schedule.html': [],
  'week-basic.html': [],
  'week-de.html': [],
  'week-rtl.html': [],
  'week-slide.html': [],
  'week.html': [],
  'year.html': [],
};

const signalsOf = (doc: Document, url = URL) => [
  ...calendarChipSignals(doc, url),
  ...calendarDialogSignals(doc),
];

describe('Calendar site health on the fixture pages', () => {
  test('every fixture page has its expected signals listed', () => {
    expect(Object.keys(EXPECTED).sort()).toEqual([...CALENDAR_FIXTURES].sort());
  });

  for (const file of CALENDAR_FIXTURES) {
    test(file, () => {
      expect(signalsOf(parseCalendarFixture(file))).toEqual(EXPECTED[file]);
    });
  }
});

describe('what is not a missing signal', () => {
  test('an empty week, a week of tasks only, and pages that show no events', () => {
    const doc = parseCalendarFixture('week-basic.html');
    for (const chip of doc.querySelectorAll('[data-eventid]')) {
      if (!chip.getAttribute('data-eventid')?.startsWith('tasks.')) chip.remove();
    }
    expect(doc.querySelectorAll('[data-eventchip]').length).toBeGreaterThan(0);
    expect(signalsOf(doc)).toEqual([]);
    for (const chip of doc.querySelectorAll('[data-eventid]')) chip.remove();
    expect(signalsOf(doc)).toEqual([]);
    // Settings and the year view show no chips: their grid is not looked for.
    const bare = new Document();
    expect(signalsOf(bare, 'https://calendar.google.com/calendar/u/0/r/settings')).toEqual([]);
    expect(signalsOf(bare, 'https://calendar.google.com/calendar/u/0/r/year/2026')).toEqual([]);
    expect(signalsOf(bare, 'https://calendar.google.com/calendar/u/0/r/week/2026/12/1')).toEqual([
      'calendar-grid',
    ]);
  });

  test("a task's dialog carries an id of its own kind: nothing missing", () => {
    const doc = parseCalendarFixture('dialog-loaded.html');
    const dialog = doc.querySelector('#xDetDlg') as Element;
    dialog.setAttribute('data-eventid', 'tasks.Zm9vYmFy');
    dialog.removeAttribute('jslog');
    expect(calendarDialogSignals(doc)).toEqual([]);
  });
});

describe('the calendar-health feature', () => {
  let controller = new AbortController();
  afterEach(() => {
    controller.abort();
    vi.useRealTimers();
  });

  function start(file: string) {
    vi.useFakeTimers();
    // The feature reads the view from the page's own URL, as in the browser.
    (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(URL);
    loadCalendarFixture(file);
    controller = new AbortController();
    const missing = observable<readonly MissingSignal[]>([]);
    calendarHealthFeature.init(controller.signal, { health: { site: 'calendar', missing } });
    return missing;
  }

  test('looks once the view has settled, and again until the grid is there', async () => {
    const missing = start('broken-no-grid.html');
    expect(missing.get()).toEqual([]);
    await vi.advanceTimersByTimeAsync(2100);
    expect(missing.get()).toEqual(['calendar-grid']);
    // The grid came late (a slow load): the next look clears the signal.
    document.querySelector('[role="region"]')?.setAttribute('role', 'main');
    await vi.advanceTimersByTimeAsync(5100);
    expect(missing.get()).toEqual([]);
  });

  test('a good page stays quiet; a dialog without its event id is reported, and its closing clears it', async () => {
    const missing = start('dialog-loaded.html');
    await vi.advanceTimersByTimeAsync(3000);
    expect(missing.get()).toEqual([]);
    const dialog = document.querySelector('#xDetDlg') as Element;
    const broken = dialog.cloneNode(true) as Element;
    broken.removeAttribute('data-eventid');
    broken.removeAttribute('jslog');
    dialog.replaceWith(broken);
    await vi.advanceTimersByTimeAsync(1200);
    expect(missing.get()).toEqual(['event-dialog-id']);
    broken.remove();
    await vi.advanceTimersByTimeAsync(100);
    expect(missing.get()).toEqual([]);
  });
});
