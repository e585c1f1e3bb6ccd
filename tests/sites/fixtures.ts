// Loads a saved fixture page into the test's document (happy-dom), the way the content script
// would meet it. DOMParser keeps the page inert: no scripts, no image loads.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

// Vitest runs from the project root; import.meta.url is not a file URL under happy-dom.
const PAGES = join(process.cwd(), 'tests/fixtures/pages/');

export function fixtureHtml(site: 'meet' | 'jitsi', file: string): string {
  return readFileSync(`${PAGES}${site}/${file}`, 'utf8');
}

/** A fresh Document holding the fixture. */
export function parseFixture(site: 'meet' | 'jitsi', file: string): Document {
  return new DOMParser().parseFromString(fixtureHtml(site, file), 'text/html');
}

/** Replaces the live document's content with the fixture (for watch tests). */
export function loadIntoDocument(site: 'meet' | 'jitsi', file: string): void {
  const parsed = parseFixture(site, file);
  document.documentElement.replaceChildren(
    ...[...parsed.documentElement.childNodes].map((node) => document.importNode(node, true)),
  );
}

/** Every fixture page of a site, from its folder: a new page is tested without being listed. */
function fixturesIn(site: 'meet' | 'jitsi'): string[] {
  return readdirSync(`${PAGES}${site}`)
    .filter((file) => file.endsWith('.html'))
    .sort();
}

export const MEET_FIXTURES = fixturesIn('meet');
export const JITSI_FIXTURES = fixturesIn('jitsi');

export const MEET_URL = 'https://meet.google.com/abc-defg-hij?authuser=0&hs=122';
export const JITSI_URL = 'https://meet.jit.si/Crew-Tuesday';
