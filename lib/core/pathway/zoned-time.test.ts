import { describe, expect, it } from 'vitest';
import {
  addDays,
  isLocalDate,
  isLocalTime,
  isTimeZone,
  localParts,
  weekdayOf,
  zonedInstant,
} from './zoned-time';

const iso = (ms: number) => new Date(ms).toISOString();

describe('times in a named zone', () => {
  it('keep the clock time across a change of daylight saving time', () => {
    expect(iso(zonedInstant('2026-10-20', '19:00', 'Europe/Berlin'))).toBe(
      '2026-10-20T17:00:00.000Z',
    );
    expect(iso(zonedInstant('2026-10-27', '19:00', 'Europe/Berlin'))).toBe(
      '2026-10-27T18:00:00.000Z',
    );
    expect(iso(zonedInstant('2026-03-10', '18:00', 'America/New_York'))).toBe(
      '2026-03-10T22:00:00.000Z',
    );
    expect(iso(zonedInstant('2026-03-03', '18:00', 'America/New_York'))).toBe(
      '2026-03-03T23:00:00.000Z',
    );
  });

  it('put a time the spring change skips an hour later', () => {
    // Berlin's clocks jump from 02:00 to 03:00 on 29 March 2026.
    expect(iso(zonedInstant('2026-03-29', '02:30', 'Europe/Berlin'))).toBe(
      '2026-03-29T01:30:00.000Z',
    );
    expect(
      localParts(zonedInstant('2026-03-29', '02:30', 'Europe/Berlin'), 'Europe/Berlin'),
    ).toEqual({ date: '2026-03-29', time: '03:30' });
  });

  it('read back as the date and time they were made from', () => {
    const at = zonedInstant('2026-12-31', '23:15', 'Asia/Kolkata');
    expect(localParts(at, 'Asia/Kolkata')).toEqual({ date: '2026-12-31', time: '23:15' });
    expect(iso(at)).toBe('2026-12-31T17:45:00.000Z');
  });

  it('count calendar days and weekdays', () => {
    expect(addDays('2026-12-29', 7)).toBe('2027-01-05');
    expect(weekdayOf('2026-10-20')).toBe(2);
    expect(isLocalDate('2026-02-30')).toBe(false);
    expect(isLocalDate('2026-02-28')).toBe(true);
    expect(isLocalTime('24:00')).toBe(false);
    expect(isLocalTime('07:05')).toBe(true);
    expect(isTimeZone('Europe/Berlin')).toBe(true);
    expect(isTimeZone('Mars/Olympus')).toBe(false);
  });
});
