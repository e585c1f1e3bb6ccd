// Issue 10 in the shipped build: after a crew call on Meet, the panel's next-host question is
// followed by "Reflect on hosting", which opens the options page's reflection form for the
// session just held, in a new tab (the background opens it: a content script cannot open an
// extension page itself in every browser).
import { afterAll, beforeAll, expect, test } from 'vitest';
import { importCrew, meetColours, panel } from './call-helpers.ts';
import {
  collectConsole,
  type LaunchedExtension,
  launchWithExtension,
  openPage,
} from './harness/browser.ts';
import { saveScreenshot, shootBothThemes } from './harness/screenshots.ts';
import { type FixtureServer, startFixtureServer } from './harness/servers.ts';
import { becomes } from './talk-helpers.ts';

let server: FixtureServer;
let ext: LaunchedExtension;

beforeAll(async () => {
  server = await startFixtureServer();
  server.route('meet.google.com', '/abc-defg-hij', 'meet/lobby.html');
  ext = await launchWithExtension({ server });
  await importCrew(ext);
});

afterAll(async () => {
  await ext?.close();
  await server?.close();
});

test('"Reflect on hosting" opens the reflection form on the session just held', async () => {
  const page = await openPage(ext.context, 'https://meet.google.com/abc-defg-hij');
  await meetColours(page);
  await becomes(page, 'in-call-5.html');
  await panel(page).waitFor({ timeout: 10_000 });
  await becomes(page, 'left.html');
  await panel(page).getByLabel('Who hosts session 2?').waitFor({ timeout: 10_000 });
  await panel(page).getByRole('button', { name: 'Confirm' }).click();
  const offer = panel(page).getByRole('button', { name: 'Reflect on hosting' });
  await offer.waitFor();
  await shootBothThemes(page, 'meet-reflect-offer');

  const [options] = await Promise.all([ext.context.waitForEvent('page'), offer.click()]);
  await options.waitForLoadState();
  expect(options.url()).toBe(
    ext.extensionUrl('options.html#pathway/reflect/tuesday-crew/first-six-1'),
  );
  const form = options.getByRole('region', { name: 'Reflect on hosting' });
  await form.waitFor({ timeout: 10_000 });
  // The session chosen is the one just held: Ada (the caller) hosted session 1.
  const session = form.getByLabel('Which session');
  expect(await session.inputValue()).toBe('tuesday-crew/first-six-1');
  expect(await options.locator('.ck-pathway').textContent()).toContain('Ada');
  await saveScreenshot(options, 'pathway-reflect-from-call');
  expect(collectConsole(page).errors).toEqual([]);
});
