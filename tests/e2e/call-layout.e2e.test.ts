// Issue 8, "Long names never break the panel": an e-mail address as a display name, a 60-character
// name, eight crew members with two absent and the "not here today" note, in an 800-pixel-high
// window, in English and in German. Nothing is cut off (no element's right edge past the panel
// body), names wrap, and the primary button stays in view. (The five-short-names case stays in
// meet.e2e.test.ts.)
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { addTile, crewBackup, importCrew, meetColours, panel } from './call-helpers.ts';
import {
  collectConsole,
  type LaunchedExtension,
  launchWithExtension,
  openPage,
} from './harness/browser.ts';
import { shootBothThemes } from './harness/screenshots.ts';
import { type FixtureServer, startFixtureServer } from './harness/servers.ts';

const LONG_NAME = 'Maria-Magdalena Wilhelmina Theodora von Hohenzollern-Sigmar';
const EMAIL = 'maximilian.hohenberg-schwarzenfels@genossenschaft-beispiel.org';
const JOINED = '2026-11-24T18:00:00.000Z';

/** The demo crew grown to eight: Dmitri and Farah are not in the call. */
const eightMembers = crewBackup((demo) => {
  const crew = demo.crews[0];
  if (!crew) throw new Error('demo backup has no crew');
  crew.members.push(
    { id: 'm-farah', name: 'Farah', joinedAt: JOINED } as (typeof crew.members)[number],
    { id: 'm-gustavo', name: 'Gustavo', joinedAt: JOINED } as (typeof crew.members)[number],
    { id: 'm-long', name: LONG_NAME, joinedAt: JOINED } as (typeof crew.members)[number],
  );
});

const CASES = [
  {
    language: 'en',
    here: 'Who is here',
    go: 'Show the order',
    start: 'Start round',
    absent: 'Not here today: Dmitri, Farah.',
  },
  {
    language: 'de',
    here: 'Wer ist da',
    go: 'Reihenfolge zeigen',
    start: 'Runde beginnen',
    absent: 'Heute nicht da: Dmitri, Farah.',
  },
] as const;

for (const lang of CASES) {
  describe(`long names in a crew call (${lang.language})`, () => {
    let server: FixtureServer;
    let ext: LaunchedExtension;

    beforeAll(async () => {
      server = await startFixtureServer();
      server.route('meet.google.com', '/abc-defg-hij', 'meet/in-call-2.html');
      ext = await launchWithExtension({ server, uiLanguage: lang.language });
      await importCrew(ext, eightMembers, lang.language);
    });

    afterAll(async () => {
      await ext?.close();
      await server?.close();
    });

    test('nothing is cut off, names wrap, the primary button is in view', async () => {
      const page = await openPage(ext.context, 'https://meet.google.com/abc-defg-hij');
      await page.setViewportSize({ width: 1280, height: 800 });
      await meetColours(page);
      await panel(page).waitFor({ timeout: 10_000 });
      await addTile(page, 3, 'chiara bianchi');
      await addTile(page, 5, 'Eun-ji Park');
      await addTile(page, 7, 'Gustavo');
      await addTile(page, 8, LONG_NAME);
      await addTile(page, 9, EMAIL);
      const boxes = panel(page).getByRole('group', { name: lang.here }).getByRole('checkbox');
      await expect.poll(() => boxes.count(), { timeout: 5_000 }).toBe(7);
      await panel(page).getByText(lang.absent).waitFor();
      await checkNothingCutOff(page, lang.go);
      await shootBothThemes(page, `meet-long-names-${lang.language}`);
      // The order shown before the start, with the same names: still nothing past the edge.
      await panel(page).getByRole('button', { name: lang.go }).click();
      const start = panel(page).getByRole('button', { name: lang.start });
      await start.waitFor();
      expect(await cutOffIn(page)).toEqual([]);
      await expectInView(page, lang.start);
      await shootBothThemes(page, `meet-long-names-order-${lang.language}`);
      expect(collectConsole(page).errors).toEqual([]);
    });
  });
}

async function checkNothingCutOff(page: Page, go: string): Promise<void> {
  const body = panel(page).locator('.ck-float__body');
  const layout = await body.evaluate(
    (el, names) => {
      const right = el.getBoundingClientRect().right;
      const cutOff = [...el.querySelectorAll('*')]
        .filter((child) => child.getBoundingClientRect().right > right + 0.5)
        .map((child) => `${child.tagName.toLowerCase()}.${child.className}`);
      const labelOf = (text: string) =>
        [...el.querySelectorAll('label')].find((label) => label.textContent?.trim() === text);
      const height = (text: string) => labelOf(text)?.getBoundingClientRect().height ?? 0;
      // Text hidden inside its own box (an ellipsis, a clipped line) counts as cut off too.
      const clipped = [...el.querySelectorAll('label, p, legend')]
        .filter((node) => node.scrollWidth > node.clientWidth + 1)
        .map((node) => node.textContent?.slice(0, 30));
      return {
        cutOff,
        clipped,
        short: height('Ada'),
        long: height(names.long),
        mail: height(names.mail),
      };
    },
    { long: LONG_NAME, mail: EMAIL },
  );
  expect(layout.cutOff).toEqual([]);
  expect(layout.clipped).toEqual([]);
  // The long names wrap onto more lines than a short one.
  expect(layout.long).toBeGreaterThan(layout.short * 1.5);
  expect(layout.mail).toBeGreaterThan(layout.short * 1.5);
  await expectInView(page, go);
}

async function cutOffIn(page: Page): Promise<string[]> {
  return panel(page)
    .locator('.ck-float__body')
    .evaluate((el) => {
      const right = el.getBoundingClientRect().right;
      return [...el.querySelectorAll('*')]
        .filter((child) => child.getBoundingClientRect().right > right + 0.5)
        .map((child) => `${child.tagName.toLowerCase()}.${child.className}`);
    });
}

/** The button is in view without scrolling, inside the panel and the window. */
async function expectInView(page: Page, name: string): Promise<void> {
  const body = panel(page).locator('.ck-float__body');
  const button = panel(page).getByRole('button', { name });
  const [goBox, bodyBox] = [await button.boundingBox(), await body.boundingBox()];
  expect(goBox).not.toBeNull();
  const bottom = (goBox?.y ?? 0) + (goBox?.height ?? 0);
  expect(bottom).toBeLessThanOrEqual((bodyBox?.y ?? 0) + (bodyBox?.height ?? 0) + 0.5);
  expect(bottom).toBeLessThanOrEqual(800);
  expect(goBox?.y ?? 0).toBeGreaterThanOrEqual(bodyBox?.y ?? 0);
}
