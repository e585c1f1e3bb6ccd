// What the talk-time e2e files share (tests/e2e/call-talk.e2e.test.ts, talk-kept.e2e.test.ts):
// a tile that seems to speak, the panel's rows, Meet's state changes, and the exported backup.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { panel } from './call-helpers.ts';
import type { LaunchedExtension } from './harness/browser.ts';
import { FIXTURE_PAGES_DIR } from './harness/servers.ts';

/** Animates one tile's voice ring, as Meet does while that person talks; returns a stopper. */
export async function speak(page: Page, name: string): Promise<() => Promise<void>> {
  const handle = await page.evaluateHandle((who) => {
    const tile = [...document.querySelectorAll('[data-participant-id]')].find(
      (t) => t.querySelector('span.notranslate')?.textContent === who,
    );
    const ring = tile?.querySelector('[jsname="QgSmzd"]');
    // The ring's level classes change many times a second while someone talks.
    let level = 0;
    return setInterval(() => {
      level += 1;
      ring?.setAttribute('class', `Oaajhc level-${level}`);
    }, 60);
  }, name);
  return async () => {
    await page.evaluate((id) => clearInterval(id), await handle.jsonValue());
  };
}

export const rows = (page: Page) =>
  panel(page)
    .getByTestId('talk-row')
    .evaluateAll((items) => items.map((item) => item.textContent?.replace(/\s+/g, ' ').trim()));

/** Meet changes state without reloading: replace the page's body with another fixture's. */
export async function becomes(page: Page, fixture: string): Promise<void> {
  const html = readFileSync(`${FIXTURE_PAGES_DIR}meet/${fixture}`, 'utf8');
  const body = html.slice(html.indexOf('<body'), html.lastIndexOf('</body>') + 7);
  await page.evaluate((markup) => {
    const parsed = new DOMParser().parseFromString(`<html>${markup}</html>`, 'text/html');
    for (const child of [...document.body.children]) {
      if (!child.tagName.toLowerCase().startsWith('crewkit-')) child.remove();
    }
    document.body.prepend(...parsed.body.childNodes);
  }, body);
}

/** The backup the options page downloads, as a user exports it. */
export async function exported(
  ext: LaunchedExtension,
): Promise<{ sessions: Record<string, unknown>[] }> {
  const options = await ext.openExtensionPage('options.html');
  const [download] = await Promise.all([
    options.waitForEvent('download'),
    options.getByRole('button', { name: 'Export a backup' }).click(),
  ]);
  const text = readFileSync(await download.path(), 'utf8');
  await options.close();
  return JSON.parse(text);
}

export interface KeptEstimate {
  kind: string;
  members: { memberId: string; ms: number; samples: number }[];
  guests?: { ms: number; samples: number };
}
