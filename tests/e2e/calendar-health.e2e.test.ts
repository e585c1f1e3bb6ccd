// When Google's Calendar page no longer looks as Crewkit expects (issue 9, "Calendar missing
// signals"): the page is left alone, and the popup says Google Calendar support is degraded and
// what was not found, as it does for Meet (tests/e2e/meet.e2e.test.ts).
import { afterAll, beforeAll, expect, test } from 'vitest';
import {
  collectConsole,
  type LaunchedExtension,
  launchWithExtension,
  openPage,
} from './harness/browser.ts';
import { saveScreenshot } from './harness/screenshots.ts';
import { type FixtureServer, startFixtureServer } from './harness/servers.ts';

let server: FixtureServer;
let ext: LaunchedExtension;

beforeAll(async () => {
  server = await startFixtureServer();
  server.route(
    'calendar.google.com',
    '/calendar/u/0/r/day/2026/12/1',
    'calendar/broken-no-grid.html',
  );
  ext = await launchWithExtension({ server });
});

afterAll(async () => {
  await ext?.close();
  await server?.close();
});

test('a day view without its grid: nothing added, the popup says what is missing', async () => {
  const page = await openPage(
    ext.context,
    'https://calendar.google.com/calendar/u/0/r/day/2026/12/1',
  );
  const logged = collectConsole(page);
  // The view is looked at once it has settled (2 s after the navigation).
  await page.waitForTimeout(3000);
  expect(await page.locator('crewkit-badge, crewkit-dialog-action').count()).toBe(0);

  const popup = await ext.openExtensionPage('popup.html');
  await popup.getByText('Google Calendar support degraded.').waitFor();
  await popup
    .getByText(
      'Crewkit could not find the calendar grid on the page, so crew sessions may show no badge and the event dialog no crew actions.',
    )
    .waitFor();
  await saveScreenshot(popup, 'popup-calendar-degraded');
  expect(logged.errors).toEqual([]);
  await popup.close();
});
