// The popup's "support degraded" note describes the pages open now (issue 8, "site-health
// reports clear"): it goes when the page that reported it works again, shows another site, or
// closes, instead of standing for hours (lib/background/site-health.ts).
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import {
  collectConsole,
  type LaunchedExtension,
  launchWithExtension,
  openPage,
} from './harness/browser.ts';
import { saveScreenshot } from './harness/screenshots.ts';
import { type FixtureServer, htmlPage, startFixtureServer } from './harness/servers.ts';

let server: FixtureServer;
let ext: LaunchedExtension;
const CALL = 'https://meet.google.com/unk-nown-pge';
const DEGRADED = 'Google Meet support degraded.';

beforeAll(async () => {
  server = await startFixtureServer();
  server.route('accounts.google.com', '/elsewhere', htmlPage('<p>Not a call</p>', 'Elsewhere'));
  ext = await launchWithExtension({ server });
});

afterAll(async () => {
  await ext?.close();
  await server?.close();
});

/** Opens the popup as the user would now and says whether it shows the site's note. */
async function popupSaysDegraded(note = DEGRADED): Promise<boolean> {
  const popup = await ext.openExtensionPage('popup.html');
  try {
    await popup.getByRole('button', { name: 'Crews and settings' }).waitFor();
    return (await popup.getByText(note).count()) > 0;
  } finally {
    await popup.close();
  }
}

const poll = (check: () => Promise<boolean>) =>
  expect.poll(check, { timeout: 10_000, interval: 500 });

/** The Meet tab on a page Crewkit does not recognise: the note appears. */
async function openDegraded(): Promise<Page> {
  server.route('meet.google.com', '/unk-nown-pge', 'meet/unrecognised.html');
  const page = await openPage(ext.context, CALL);
  await poll(popupSaysDegraded).toBe(true);
  return page;
}

test('the note goes when the page that reported it loads again and works', async () => {
  const page = await openDegraded();
  const logged = collectConsole(page);
  server.route('meet.google.com', '/unk-nown-pge', 'meet/in-call-5.html');
  await page.reload();
  await page.locator('crewkit-launcher button').waitFor({ timeout: 10_000 });
  await poll(popupSaysDegraded).toBe(false);
  const popup = await ext.openExtensionPage('popup.html');
  await popup.getByRole('button', { name: 'Crews and settings' }).waitFor();
  await saveScreenshot(popup, 'popup-health-cleared');
  await popup.close();
  expect(logged.errors).toEqual([]);
  await page.close();
});

test('the note goes when its tab moves to another site', async () => {
  const page = await openDegraded();
  await page.goto('https://accounts.google.com/elsewhere');
  await poll(popupSaysDegraded).toBe(false);
  await page.close();
});

test('the note goes when its tab closes, and stays while another degraded tab is open', async () => {
  const first = await openDegraded();
  const second = await openDegraded();
  await first.close();
  // The other tab still shows the page Crewkit cannot read.
  expect(await popupSaysDegraded()).toBe(true);
  await second.close();
  await poll(popupSaysDegraded).toBe(false);
});

test('Calendar too: a day view without its grid, then the same view working again', async () => {
  const day = '/calendar/u/0/r/day/2026/12/1';
  const calendarNote = () => popupSaysDegraded('Google Calendar support degraded.');
  server.route('calendar.google.com', day, 'calendar/broken-no-grid.html');
  const page = await openPage(ext.context, `https://calendar.google.com${day}`);
  // The view is looked at once it has settled (2 s after the navigation).
  await poll(calendarNote).toBe(true);
  server.route('calendar.google.com', day, 'calendar/day.html');
  await page.reload();
  await poll(calendarNote).toBe(false);
  // And it stays clear once the reloaded view has settled and been looked at.
  await page.waitForTimeout(2_500);
  expect(await calendarNote()).toBe(false);
  await page.close();
});
