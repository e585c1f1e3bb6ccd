// When a chip's event starts, read from the page's structure where the id does not say it
// (docs/calendar-page.md, "Structure of the page", seen 2026-10): the day from the day
// column's or schedule day's `data-datekey`, or from the cell's place in the month grid; the time
// from the digits of the visible time ("18:00 – 19:00", "6:30pm"). Digits, not words: the same in
// every UI language (Arabic-Indic digits are mapped to ASCII first). A week's chips share a few
// days and shown times: each is parsed once (core/bounded-memo.ts).
import { boundedMemo } from '../../core/bounded-memo';
import { calendarSelectors as sel } from './selectors';

/** `data-datekey` = ((year - 1970) << 9) | (month << 5) | day, month 1-12 [S]. */
export function dateFromDateKey(key: string | null | undefined): string | undefined {
  return key ? dateOfKey(key) : undefined;
}

const dateOfKey = boundedMemo((key: string): string | undefined => {
  if (!/^\d{1,6}$/.test(key)) return undefined;
  const value = Number(key);
  const year = (value >> 9) + 1970;
  const month = (value >> 5) & 15;
  const day = value & 31;
  if (month < 1 || month > 12 || day < 1) return undefined;
  return `${year}-${pad(month)}-${pad(day)}`;
});

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function addDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const shifted = new Date(Date.UTC(y, m - 1, d + days));
  return shifted.toISOString().slice(0, 10);
}

const EASTERN_DIGITS = /[\u0660-\u0669\u06f0-\u06f9]/g;
const CLOCK = /(\d{1,2})[:.](\d{2})(?:\s*([ap])\.?\s?m\b\.?)?|(\d{1,2})\s?([ap])\.?\s?m\b/i;
/** "6 – 7pm": the start takes the end's am/pm (Calendar writes it once when both share it). */
const RANGE =
  /(\d{1,2})(?:[:.](\d{2}))?\s*(?:([ap])\.?\s?m\.?)?\s*[\u2013-]\s*\d{1,2}(?:[:.]\d{2})?\s*([ap])\.?\s?m\b/i;

/**
 * The first clock time in a chip's visible text, as `HH:MM` (24 h), or undefined. A title with a
 * clock time in it ("Review 10:00") before the time itself would be misread: accepted, as the
 * time is only a fallback when the instance id carries no start.
 */
export const parseClockTime = boundedMemo((text: string): string | undefined => {
  const ascii = text.replace(EASTERN_DIGITS, (c) => String((c.charCodeAt(0) - 0x0660) % 0x90));
  const range = RANGE.exec(ascii);
  const clock = CLOCK.exec(ascii);
  let hour: number;
  let minute: number;
  let half: string | undefined;
  if (range && (!clock || range.index <= clock.index)) {
    hour = Number(range[1]);
    minute = Number(range[2] ?? 0);
    half = (range[3] ?? range[4])?.toLowerCase();
  } else if (clock) {
    hour = Number(clock[1] ?? clock[4]);
    minute = Number(clock[2] ?? 0);
    half = (clock[3] ?? clock[5])?.toLowerCase();
  } else {
    return undefined;
  }
  const h24 = half === undefined ? hour : (hour % 12) + (half === 'p' ? 12 : 0);
  if (h24 > 23 || minute > 59) return undefined;
  return `${pad(h24)}:${pad(minute)}`;
});

/** The local day (`YYYY-MM-DD`) a chip sits on, or undefined when the page does not say. */
export function chipDay(chip: Element): string | undefined {
  const keyed = chip.closest(sel.dateKeyed);
  if (keyed) return dateFromDateKey(keyed.getAttribute('data-datekey'));
  const cell = chip.closest(sel.gridCell);
  const grid = cell?.closest(sel.monthGrid);
  if (!cell || !grid) return undefined;
  const start = dateFromDateKey(grid.getAttribute('data-start-date-key'));
  if (!start) return undefined;
  const index = [...grid.querySelectorAll(sel.gridCell)].indexOf(cell);
  return index < 0 ? undefined : addDays(start, index);
}

/**
 * The chip's visible start time, or undefined (all-day chips show none). The visible block's parts
 * (title, time, place: reference/google-calendar.md, "Week/day view, timed event") are read one
 * by one: in the block's whole text a title's last digits run into the time ("Room 1" and
 * "8:00 – 9:00" read "Room 18:00 – 9:00").
 */
export function chipTime(chip: Element): string | undefined {
  const visible = chip.querySelector(sel.chipVisible);
  if (!visible) return undefined;
  let part = visible.firstElementChild;
  if (part === null) return parseClockTime(visible.textContent ?? '');
  for (; part !== null; part = part.nextElementSibling) {
    const time = parseClockTime(part.textContent ?? '');
    if (time !== undefined) return time;
  }
  return undefined;
}
