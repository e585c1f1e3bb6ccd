// Loads a saved Calendar fixture page (tests/fixtures/pages/calendar/) into a Document, as the
// content script would meet it. DOMParser keeps the page inert: no scripts, no image loads.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const PAGES = join(process.cwd(), 'tests/fixtures/pages/calendar/');

/** Every fixture page, from the folder: a new page is tested without being listed (its selector
 * counts in ./calendar-selectors.test.ts are required). */
export const CALENDAR_FIXTURES: readonly string[] = readdirSync(PAGES)
  .filter((file) => file.endsWith('.html'))
  .sort();

/** A fixture page's file name in tests/fixtures/pages/calendar/. */
export type CalendarFixture = string;

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
