// A crewmate's tag arrives while the calendar tab is open (issue 9): with Google sync on, a sync
// that brings a shared tag re-badges the open week without a reload. The sync's own database
// sends no store notice, so the background tells the calendar tabs after a sync with changes
// (lib/background/calendar-sync.ts `syncedChanged`, through lib/background/tab-relay.ts).
import { rmSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { FakeCalendarApi } from '../support/fake-calendar-api.ts';
import { type LaunchedExtension, launchWithExtension, openPage } from './harness/browser.ts';
import { mountFakeGoogle } from './harness/fake-google.ts';
import { buildWithGoogleGranted } from './harness/google-granted.ts';
import { saveScreenshot } from './harness/screenshots.ts';
import { type FixtureServer, startFixtureServer } from './harness/servers.ts';

// The demo week's recurring "Tuesday Crew" event; its 1 Dec instance chip is in demo-week.html.
const SERIES = '5f0q8n3e1u2c7r4w6s9t0v1a2b';
const WEEK = 'https://calendar.google.com/calendar/u/0/r/week/2026/12/1';

let server: FixtureServer;
let api: FakeCalendarApi;
let extensionCopy: string;
let ext: LaunchedExtension;

const badgeTexts = (page: Page) =>
  page
    .locator('crewkit-badge[role="note"]')
    .evaluateAll((notes) => notes.map((n) => n.getAttribute('aria-label')));

beforeAll(async () => {
  server = await startFixtureServer();
  api = new FakeCalendarApi({ checkTokens: true });
  mountFakeGoogle(server, api);
  server.route('calendar.google.com', '/calendar/u/0/r/week/2026/12/1', 'calendar/demo-week.html');
  api.seed('primary', {
    id: SERIES,
    summary: 'Tuesday Crew',
    start: { dateTime: '2026-12-01T18:00:00Z', timeZone: 'Europe/Berlin' },
    end: { dateTime: '2026-12-01T19:00:00Z', timeZone: 'Europe/Berlin' },
    recurrence: ['RRULE:FREQ=WEEKLY;COUNT=6'],
    organizer: { email: 'chiara@example.org' },
    attendees: [
      { email: 'chiara@example.org', displayName: 'Chiara' },
      { email: 'ada@example.org', displayName: 'Ada' },
    ],
  });
  extensionCopy = buildWithGoogleGranted();
  ext = await launchWithExtension({ server, extensionPath: extensionCopy });
});

afterAll(async () => {
  await ext?.close();
  await server?.close();
  if (extensionCopy) rmSync(extensionCopy, { recursive: true, force: true });
});

test("a crewmate's shared tag, synced while the week is open, shows its badge without a reload", async () => {
  // A crewmate's profile: no crews of its own, sync on.
  const options = await ext.openExtensionPage('options.html');
  const section = options.locator('section.ck-calendar-sync');
  await section.getByRole('button', { name: 'Turn on sync' }).click();
  await section.getByText('Sync is on.').waitFor({ timeout: 30_000 });

  const week = await openPage(ext.context, WEEK);
  let loads = 0;
  week.on('load', () => {
    loads += 1;
  });
  // The page has looked its chips up (so the background knows this tab listens): no tag yet.
  await week.waitForFunction(() => document.querySelectorAll('[data-eventchip]').length > 0);
  await week.waitForTimeout(1500);
  expect(await badgeTexts(week)).toEqual([]);

  // Chiara tags the series in her Crewkit: Google now holds the shared tag.
  api.editAsSomeoneElse('primary', SERIES, (event) => ({
    ...event,
    extendedProperties: {
      shared: {
        'ck1.crew': 'Tuesday Crew',
        'ck1.of': '6',
        'ck1.i.20261201T180000Z': '1 Chiara',
      },
    },
  }));
  await section.getByRole('button', { name: 'Sync now' }).click();

  await expect
    .poll(() => badgeTexts(week), { timeout: 15_000 })
    .toEqual(['Tuesday Crew · 1 of 6 · Chiara hosts']);
  expect(loads).toBe(0);
  await saveScreenshot(week, 'calendar-live-tag-arrived');

  // And when she removes it, the badge goes the same way.
  api.editAsSomeoneElse('primary', SERIES, (event) => ({ ...event, extendedProperties: {} }));
  await section.getByRole('button', { name: 'Sync now' }).click();
  await expect.poll(() => badgeTexts(week), { timeout: 15_000 }).toEqual([]);
  expect(loads).toBe(0);
});
