// Issue 8, "Talk-time balance, privately": off by default; turned on in the options, the call
// panel shows a small bar per person with the numbers as text, estimated from the tiles'
// speaking rings (here animated by the test, as Meet animates them while someone talks).
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { openGuestCall, panel } from './call-helpers.ts';
import { collectConsole, type LaunchedExtension, launchWithExtension } from './harness/browser.ts';
import { shootBothThemes } from './harness/screenshots.ts';
import { type FixtureServer, startFixtureServer } from './harness/servers.ts';

let server: FixtureServer;
let ext: LaunchedExtension;
const CALL = 'https://meet.google.com/tlk-time-est';
const SETTING = 'Show who seems to be speaking in the call panel (an estimate)';

beforeAll(async () => {
  server = await startFixtureServer();
  server.route('meet.google.com', '/tlk-time-est', 'meet/in-call-5.html');
  ext = await launchWithExtension({ server });
});

afterAll(async () => {
  await ext?.close();
  await server?.close();
});

/** Animates one tile's voice ring, as Meet does while that person talks; returns a stopper. */
async function speak(page: Page, name: string): Promise<() => Promise<void>> {
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

const rows = (page: Page) =>
  panel(page)
    .getByTestId('talk-row')
    .evaluateAll((items) => items.map((item) => item.textContent?.replace(/\s+/g, ' ').trim()));

test('off by default; once turned on, bars with their numbers as text for who spoke', async () => {
  const first = await openGuestCall(ext, CALL);
  await panel(first).getByRole('button', { name: 'Show the order' }).waitFor();
  expect(await panel(first).locator('.ck-talk').count()).toBe(0);
  await first.close();

  const options = await ext.openExtensionPage('options.html');
  await options.getByLabel(SETTING).check();
  await options.getByText('Saved.').waitFor();
  await options.close();

  const page = await openGuestCall(ext, CALL);
  await panel(page)
    .getByRole('heading', { name: 'Who seems to be speaking (an estimate)' })
    .waitFor();
  await panel(page).getByText('Nobody heard yet.').waitFor();

  const stopAda = await speak(page, 'Ada Lovelace');
  await page.waitForTimeout(2_500);
  await stopAda();
  const stopBashir = await speak(page, 'Bashir Rahimi');
  await page.waitForTimeout(1_200);
  await stopBashir();
  await page.waitForTimeout(800);

  const shown = await rows(page);
  expect(shown).toHaveLength(2);
  // Most first: Ada about 2.5 s, Bashir about 1.2 s (each plus the hold of half a second); the
  // machine is shared, so the exact split varies a little.
  const parsed = shown.map((row) => row?.match(/^(.+) (\d+):(\d\d) · (\d+) %$/));
  expect(parsed.map((m) => m?.[1])).toEqual(['Ada Lovelace', 'Bashir Rahimi']);
  const seconds = parsed.map((m) => Number(m?.[2]) * 60 + Number(m?.[3]));
  const percents = parsed.map((m) => Number(m?.[4]));
  expect(seconds[0]).toBeGreaterThanOrEqual(2);
  expect(seconds[0]).toBeLessThanOrEqual(4);
  expect(seconds[1]).toBeGreaterThanOrEqual(1);
  expect(percents[0]).toBeGreaterThan(percents[1] ?? 100);
  expect((percents[0] ?? 0) + (percents[1] ?? 0)).toBeGreaterThanOrEqual(99);
  const widths = await panel(page)
    .locator('.ck-talk__fill')
    .evaluateAll((bars) => bars.map((bar) => bar.getBoundingClientRect().width));
  expect(widths[0]).toBeGreaterThan(widths[1] ?? 0);
  expect(widths[1]).toBeGreaterThan(0);
  await panel(page).locator('.ck-talk').scrollIntoViewIfNeeded();
  await shootBothThemes(page, 'meet-talk-estimate');
  expect(collectConsole(page).errors).toEqual([]);
});
