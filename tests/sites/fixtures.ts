// Loads a saved fixture page into the test's document (happy-dom), the way the content script
// would meet it. DOMParser keeps the page inert: no scripts, no image loads.

import { readFileSync } from 'node:fs';
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

export const MEET_FIXTURES = [
  'lobby.html',
  'waiting.html',
  'in-call-2.html',
  'in-call-5.html',
  'in-call-5-chat.html',
  'in-call-5-quotes.html',
  'in-call-12-paginated.html',
  'in-call-older-layout.html',
  'in-call-newer-layout.html',
  'in-call-thai.html',
  'left.html',
  'ended.html',
  'hostile-names.html',
  'unrecognised.html',
] as const;

export const JITSI_FIXTURES = [
  'prejoin.html',
  'in-call-4.html',
  'in-call-4-quotes.html',
  'left.html',
] as const;

export const MEET_URL = 'https://meet.google.com/abc-defg-hij?authuser=0&hs=122';
export const JITSI_URL = 'https://meet.jit.si/Crew-Tuesday';
