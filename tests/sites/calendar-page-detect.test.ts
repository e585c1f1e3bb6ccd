import { describe, expect, test } from 'vitest';
import {
  calendarView,
  isCalendarUrl,
  isChipViewUrl,
  viewFromKey,
  viewHasChips,
} from '../../lib/sites/calendar/page-detect';

const BASE = 'https://calendar.google.com/calendar';

describe('calendarView: the view from the URL (docs/calendar-page.md, seen 2026-10)', () => {
  test.each([
    [`${BASE}/u/0/r/week/2026/12/1`, 'week'],
    [`${BASE}/u/1/r/day/2026/12/1`, 'day'],
    [`${BASE}/u/0/r/month/2026/12/1`, 'month'],
    [`${BASE}/u/0/r/year/2026/1/1`, 'year'],
    [`${BASE}/u/0/r/customday/2026/11/30`, 'customday'],
    [`${BASE}/u/0/r/customweek/2026/11/29`, 'customweek'],
    [`${BASE}/u/0/r/agenda/2026/12/1`, 'agenda'],
    [`${BASE}/r/week`, 'week'],
    [`${BASE}/b/2/r/month/2026/12/1?pli=1`, 'month'],
  ])('%s is %s', (url, view) => {
    expect(calendarView(url)).toBe(view);
  });

  test('a bare /r shows the default view: read from body[data-viewkey]', () => {
    expect(calendarView(`${BASE}/u/0/r`, 'WEEK')).toBe('week');
    expect(calendarView(`${BASE}/u/0/r/`, 'MONTH')).toBe('month');
    expect(calendarView(`${BASE}/r?tab=mc`, 'CUSTOM_DAYS')).toBe('customday');
    expect(calendarView(`${BASE}/u/0/r`, null)).toBeNull();
    expect(calendarView(`${BASE}/u/0/r`, 'SOMETHING_NEW')).toBeNull();
  });

  test('the URL wins over the view key', () => {
    expect(calendarView(`${BASE}/u/0/r/day/2026/12/1`, 'MONTH')).toBe('day');
  });

  test.each([
    `${BASE}/u/0/r/eventedit/NWYwcThuM2U`,
    `${BASE}/u/0/r/settings`,
    `${BASE}/u/0/r/search?q=crew`,
    'https://calendar.google.com/',
    'https://meet.google.com/abc-defg-hij',
    'https://calendar.google.com.evil.example/calendar/u/0/r/week',
    'not a url',
  ])('%s is no view', (url) => {
    expect(calendarView(url, 'WEEK')).toBeNull();
  });
});

describe('view keys and chips', () => {
  test('view keys compare without case or separators', () => {
    expect(viewFromKey('week')).toBe('week');
    expect(viewFromKey('AGENDA')).toBe('agenda');
    expect(viewFromKey('SCHEDULE')).toBe('agenda');
    expect(viewFromKey('custom_weeks')).toBe('customweek');
    expect(viewFromKey('')).toBeNull();
  });

  test('every view but the year shows chips', () => {
    expect(viewHasChips('week')).toBe(true);
    expect(viewHasChips('agenda')).toBe(true);
    expect(viewHasChips('year')).toBe(false);
    expect(viewHasChips(null)).toBe(false);
  });

  test('isChipViewUrl: views with chips and the default view; not the year or other pages', () => {
    expect(isChipViewUrl(`${BASE}/u/0/r/week/2026/12/1`)).toBe(true);
    expect(isChipViewUrl(`${BASE}/u/0/r`)).toBe(true);
    expect(isChipViewUrl(`${BASE}/u/0/r/year/2026/1/1`)).toBe(false);
    expect(isChipViewUrl(`${BASE}/u/0/r/eventedit/abc`)).toBe(false);
    expect(isCalendarUrl(`${BASE}/u/0/r/eventedit/abc`)).toBe(true);
    expect(isCalendarUrl('https://meet.google.com/')).toBe(false);
  });
});
