// When the session added at a series' end starts (a skipped or cancelled session keeps the
// series' length: lib/core/calendar-session-status.ts): one rhythm step after the series' last
// session, on the calendar of the user's zone and at that session's local time of day. Adding
// the step in UTC days put it an hour off whenever a daylight-saving change fell in between
// (issue 9), until a calendar instance took it over.
import type { IsoTime, Rhythm } from './model';
import { addDays, localParts, zonedInstant } from './pathway/zoned-time';
import { rhythmStepDays } from './series';

/** The zone this runtime's clock shows (the user's, in the service worker and the pages). */
export function userTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

/** The same day of the next month, clamped to its end (31 Jan, 28 Feb), as the rhythm does. */
function nextMonth(date: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const last = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  return new Date(Date.UTC(y, m, Math.min(d, last))).toISOString().slice(0, 10);
}

/** One rhythm step after `lastStart`, at the same wall-clock time in `timeZone`. */
export function nextStartInZone(lastStart: IsoTime, rhythm: Rhythm, timeZone: string): IsoTime {
  const { date, time } = localParts(Date.parse(lastStart), timeZone);
  const step = rhythmStepDays(rhythm);
  const next = step !== undefined ? addDays(date, step) : nextMonth(date);
  return new Date(zonedInstant(next, time, timeZone)).toISOString();
}
