// @vitest-environment happy-dom
// The adapter's facts on each fixture: which events are visible, on which day and time, and what
// the details dialog says in its two steps.
import { describe, expect, test } from 'vitest';
import { chipOfEvent, chipStartIso, readChips, readDialog } from '../../lib/sites/calendar/adapter';
import { chipTime, dateFromDateKey, parseClockTime } from '../../lib/sites/calendar/chip-time';
import { parseCalendarFixture } from './calendar-fixtures';

const CREW = '5f0q8n3e1u2c7r4w6s9t0v1a2b';
const summary = (file: Parameters<typeof parseCalendarFixture>[0]) =>
  readChips(parseCalendarFixture(file)).map((c) => [c.event.eventId, c.day, c.time]);

describe('chips in every view', () => {
  test('week: timed chips with day and time, the all-day chip, the task skipped', () => {
    expect(summary('week-basic.html')).toEqual([
      ['0fj4nq8r2s6t1u3v5w7x9yzab1', undefined, undefined],
      ['7hq2lmv0c8sd3bqk1a2b3c4d5e_20261124T180000Z', '2026-11-24', '18:00'],
      ['3kd9vme0l2p7b4q1s8t6u5w0xy', '2026-11-25', '10:00'],
    ]);
  });

  test('day view, 12-hour clock; task, reminder and appointment slot skipped', () => {
    expect(summary('day.html')).toEqual([
      ['0a1b2c3d4e5f6g7h8i9j0k1l2m', undefined, undefined],
      ['2b7c9d1e3f5g7h9j1k3m5n7p9q', '2026-12-01', '09:30'],
      [`${CREW}_20261201T180000Z`, '2026-12-01', '18:00'],
    ]);
  });

  test('month: the day from the cell place in the grid; the button is the inner element', () => {
    const chips = readChips(parseCalendarFixture('month.html'));
    expect(chips.map((c) => [c.day, c.time])).toEqual([
      ['2026-12-01', '18:00'],
      ['2026-12-02', '10:00'],
      ['2026-12-04', undefined],
      ['2026-12-08', '18:00'],
      ['2026-12-15', '18:00'],
      ['2026-12-22', '18:00'],
      ['2026-12-29', '18:00'],
      ['2027-01-05', '18:00'],
    ]);
    for (const chip of chips) {
      expect(chip.button).not.toBe(chip.element);
      expect(chip.button.getAttribute('role')).toBe('button');
    }
    expect(chips.filter((c) => c.event.recurringEventId === CREW)).toHaveLength(6);
  });

  test('schedule and custom days', () => {
    expect(summary('schedule.html')).toEqual([
      [`${CREW}_20261201T180000Z`, '2026-12-01', '18:00'],
      ['3kd9vme0l2p7b4q1s8t6u5w0xy', '2026-12-02', '10:00'],
      [`${CREW}_20261208T180000Z`, '2026-12-08', '18:00'],
    ]);
    expect(summary('customday.html')).toEqual([
      [`${CREW}_20261201T180000Z`, '2026-12-01', '18:00'],
      ['3kd9vme0l2p7b4q1s8t6u5w0xy', '2026-12-02', '10:00'],
    ]);
  });

  test('German and right-to-left pages give the same facts as the English one', () => {
    const expected = [
      ['0fj4nq8r2s6t1u3v5w7x9yzab1', undefined, undefined],
      [`${CREW}_20261201T180000Z`, '2026-12-01', '18:00'],
      ['3kd9vme0l2p7b4q1s8t6u5w0xy', '2026-12-02', '10:00'],
      ['8h2j4k6m8n0p2q4r6s8t0u2v4w', '2026-12-03', '12:00'],
    ];
    expect(summary('week.html')).toEqual(expected);
    expect(summary('demo-week.html')).toEqual(expected);
    expect(summary('week-de.html')).toEqual(expected);
    expect(summary('week-rtl.html')).toEqual(expected);
  });

  test('during the slide animation both weeks are read, each chip once', () => {
    expect(summary('week-slide.html')).toEqual([
      [`${CREW}_20261124T180000Z`, '2026-11-24', '18:00'],
      [`${CREW}_20261201T180000Z`, '2026-12-01', '18:00'],
    ]);
  });

  test('the year view and an unrecognised page give no chips and no error', () => {
    expect(readChips(parseCalendarFixture('year.html'))).toEqual([]);
    expect(readChips(parseCalendarFixture('unrecognised.html'))).toEqual([]);
    expect(readDialog(parseCalendarFixture('unrecognised.html'))).toBeNull();
  });
});

describe('the details dialog, in two steps', () => {
  test('step 1: the event is known, the Meet row not yet', () => {
    const dialog = readDialog(parseCalendarFixture('dialog-opening.html'));
    expect(dialog?.event.eventId).toBe(`${CREW}_20261201T180000Z`);
    expect(dialog?.videoLoaded).toBe(false);
    expect(dialog?.meetCode).toBeUndefined();
    expect(dialog?.anchor.id).toBe('xDetDlgWhen');
  });

  test('step 2: the Meet code from the join link', () => {
    const dialog = readDialog(parseCalendarFixture('dialog-loaded.html'));
    expect(dialog?.videoLoaded).toBe(true);
    expect(dialog?.meetCode).toBe('abc-defg-hij');
  });

  test('the jslog names the event when data-eventid does not decode', () => {
    const doc = parseCalendarFixture('dialog-loaded.html');
    doc.querySelector('#xDetDlg')?.setAttribute('data-eventid', 'changed-format');
    expect(readDialog(doc)?.event).toEqual({
      eventId: `${CREW}_20261201T180000Z`,
      calendarId: 'alex.rivera@gmail.com',
      recurringEventId: CREW,
      originalStart: '2026-12-01T18:00:00.000Z',
    });
  });

  test("the dialog's chip gives the day and time", () => {
    const doc = parseCalendarFixture('dialog-loaded.html');
    expect(chipOfEvent(doc, `${CREW}_20261201T180000Z`)?.time).toBe('18:00');
    expect(chipOfEvent(doc, 'other')).toBeNull();
  });
});

describe('times and days', () => {
  test('data-datekey decodes as the reference says: 25123 is 2019-01-03, 27966 is 2024-09-30', () => {
    expect(dateFromDateKey('25123')).toBe('2019-01-03');
    expect(dateFromDateKey('27966')).toBe('2024-09-30');
    expect(dateFromDateKey('abc')).toBeUndefined();
    expect(dateFromDateKey('0')).toBeUndefined();
  });

  test.each([
    ['18:00 – 19:00', '18:00'],
    ['6 – 7pm', '18:00'],
    ['9:30 – 10am', '09:30'],
    ['12am', '00:00'],
    ['12:15pm', '12:15'],
    ['18.30–19.30 Uhr', '18:30'],
    ['١٨:٠٠ - ١٩:٠٠', '18:00'],
    ['Crew 3', undefined],
    ['25:00', undefined],
  ])('%s starts at %s', (text, time) => {
    expect(parseClockTime(text)).toBe(time);
  });

  test("a title's last digits are not read as the time's first", () => {
    /** A week chip's visible block: the title (span > span), the time (div), the place (div). */
    const chip = (title: string, time: string, place = '') => {
      const element = document.createElement('div');
      const visible = document.createElement('div');
      visible.setAttribute('aria-hidden', 'true');
      const heading = document.createElement('span');
      heading.append(document.createElement('span'));
      (heading.firstElementChild as Element).textContent = title;
      const when = document.createElement('div');
      when.textContent = time;
      const where = document.createElement('div');
      where.textContent = place;
      visible.append(heading, when, where);
      element.append(visible);
      return element;
    };
    expect(chipTime(chip('Room 1', '8:00 – 9:00'))).toBe('08:00');
    expect(chipTime(chip('Crew 2', '6:30pm – 7:30pm', 'Hall 4'))).toBe('18:30');
    expect(chipTime(chip('Crew Tuesday · 3 of 6', '18:00 – 19:00'))).toBe('18:00');
    expect(chipTime(chip('Lunch', '', 'Room 12'))).toBeUndefined();
    // A block of text alone (no parts) is read whole.
    const plain = document.createElement('div');
    plain.append(document.createElement('div'));
    (plain.firstElementChild as Element).setAttribute('aria-hidden', 'true');
    (plain.firstElementChild as Element).textContent = '6 – 7pm';
    expect(chipTime(plain)).toBe('18:00');
  });

  test('a chip start is local: day and time in the user zone', () => {
    const start = chipStartIso({
      day: '2026-12-01',
      time: '18:00',
      event: { eventId: 'x', calendarId: 'a@b' },
    });
    expect(start).toBe(new Date(2026, 11, 1, 18, 0).toISOString());
    expect(
      chipStartIso({
        event: { eventId: 'x_1', calendarId: 'a@b', originalStart: '2026-12-01T18:00:00.000Z' },
      }),
    ).toBe('2026-12-01T18:00:00.000Z');
    expect(chipStartIso({ event: { eventId: 'x', calendarId: 'a@b' } })).toBeUndefined();
  });
});
