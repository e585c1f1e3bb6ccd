// Loads a saved Calendar fixture page (tests/fixtures/pages/calendar/) into a Document, as the
// content script would meet it. DOMParser keeps the page inert: no scripts, no image loads.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const PAGES = join(process.cwd(), 'tests/fixtures/pages/calendar/');

export const CALENDAR_FIXTURES = [
  'week-basic.html',
  'day.html',
  'customday.html',
  'month.html',
  'schedule.html',
  'week-slide.html',
  'week-de.html',
  'week-rtl.html',
  'dialog-opening.html',
  'dialog-loaded.html',
  'year.html',
  'unrecognised.html',
  'week.html',
  'demo-week.html',
] as const;

export type CalendarFixture = (typeof CALENDAR_FIXTURES)[number];

export function calendarFixtureHtml(file: CalendarFixture): string {
  return readFileSync(`${PAGES}${file}`, 'utf8');
}

export function parseCalendarFixture(file: CalendarFixture): Document {
  return new DOMParser().parseFromString(calendarFixtureHtml(file), 'text/html');
}

/** Replaces the live document's content with the fixture (for tests that watch the page). */
export function loadCalendarFixture(file: CalendarFixture): void {
  const parsed = parseCalendarFixture(file);
  document.documentElement.replaceChildren(
    ...[...parsed.documentElement.childNodes].map((node) => document.importNode(node, true)),
  );
  for (const { name, value } of parsed.body.attributes) document.body.setAttribute(name, value);
}
