// Google Calendar sync in the shipped build, against the fake Calendar API at www.googleapis.com
// and a fake OAuth endpoint at accounts.google.com (harness/fake-google.ts): sync stays off and
// silent until the user turns it on; turning it on signs in through Google's auth flow; a tag
// made on the calendar page arrives in the event's shared properties, exactly as intended even
// with faults injected while it syncs; a crewmate in another browser profile sees the badge from
// the shared tag alone and adopts the crew.
// The build runs with the optional permissions granted (harness/fake-google-build.ts says why).
import { rmSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ownTagKeys } from '../../lib/core/calendar-tag-merge.ts';
import { FakeCalendarApi, type Fault } from '../support/fake-calendar-api.ts';
import { seededRandom } from '../support/fake-clock.ts';
import { importCrew } from './call-helpers.ts';
import { type LaunchedExtension, launchWithExtension, openPage } from './harness/browser.ts';
import { type FakeSignIns, mountFakeGoogle } from './harness/fake-google.ts';
import { buildWithGoogleGranted, crewToInvite, localCrew } from './harness/fake-google-build.ts';
import { saveScreenshot } from './harness/screenshots.ts';
import { type FixtureServer, startFixtureServer } from './harness/servers.ts';

const SERIES = '5f0q8n3e1u2c7r4w6s9t0v1a2b';
const WEEK = 'https://calendar.google.com/calendar/u/0/r/week/2026/12/1';
const FAULTS: Fault[] = [
  { kind: 'status', status: 500 },
  { kind: 'status', status: 503 },
  { kind: 'rate', status: 429, retryAfterSeconds: 1 },
  { kind: 'network' },
  { kind: 'lost-response' },
];

let server: FixtureServer;
let api: FakeCalendarApi;
let signIns: FakeSignIns;
let extensionCopy: string;

const googleRequests = () => server.requests.filter((r) => r.host === 'www.googleapis.com');
const seriesTag = () => ownTagKeys(api.event('primary', SERIES)?.extendedProperties?.shared);

async function turnSyncOn(ext: LaunchedExtension): Promise<Page> {
  const options = await ext.openExtensionPage('options.html');
  const section = options.locator('section.ck-calendar-sync');
  await section.getByText('Sync is off.').waitFor({ timeout: 15_000 });
  await section.getByRole('button', { name: 'Turn on sync' }).click();
  await section.getByText('Sync is on.').waitFor({ timeout: 30_000 });
  return options;
}

const badgeTexts = (page: Page) =>
  page
    .locator('crewkit-badge[role="note"]')
    .evaluateAll((notes) => notes.map((n) => n.getAttribute('aria-label')));

beforeAll(async () => {
  server = await startFixtureServer();
  api = new FakeCalendarApi({ checkTokens: true });
  signIns = mountFakeGoogle(server, api);
  server.route('calendar.google.com', '/calendar/u/0/r/week/2026/12/1', 'calendar/demo-week.html');
  // The demo week's recurring "Tuesday Crew" event, as Google holds it (its instance chip on
  // 1 Dec is in demo-week.html), with the crew as guests.
  api.seed('primary', {
    id: SERIES,
    summary: 'Tuesday Crew',
    start: { dateTime: '2026-12-01T18:00:00Z', timeZone: 'Europe/Berlin' },
    end: { dateTime: '2026-12-01T19:00:00Z', timeZone: 'Europe/Berlin' },
    recurrence: ['RRULE:FREQ=WEEKLY;COUNT=6'],
    organizer: { email: 'alex.rivera@gmail.com' },
    attendees: [
      { email: 'alex.rivera@gmail.com', displayName: 'Alex Rivera' },
      { email: 'ada@example.org', displayName: 'Ada' },
      { email: 'chiara@example.org', displayName: 'Chiara' },
    ],
  });
  extensionCopy = buildWithGoogleGranted();
});

afterAll(async () => {
  await server?.close();
  if (extensionCopy) rmSync(extensionCopy, { recursive: true, force: true });
});

describe('Google Calendar sync', () => {
  test('off and silent until turned on; on, it signs in through Google and syncs; a tag arrives exact despite faults', async () => {
    const ext = await launchWithExtension({ server, extensionPath: extensionCopy });
    try {
      await importCrew(ext, localCrew());
      const options = await ext.openExtensionPage('options.html');
      await options.locator('section.ck-calendar-sync').getByText('Sync is off.').waitFor();
      expect(googleRequests()).toEqual([]);
      expect(signIns.requests).toEqual([]);
      await options.close();

      const synced = await turnSyncOn(ext);
      expect(signIns.requests).toHaveLength(1);
      expect(signIns.requests[0]?.get('client_id')).toBe('crewkit-e2e.apps.googleusercontent.com');
      expect(
        api.requests.filter((r) => r.method === 'GET' && r.status === 200).length,
      ).toBeGreaterThan(0);
      await saveScreenshot(synced, 'calendar-sync-on');

      // From now on a third of the requests fail: 5xx, 429 with Retry-After, dropped
      // connections before and after the server acted.
      api.setRandomFaults(0.3, FAULTS, seededRandom(9));
      const week = await openPage(ext.context, WEEK);
      await week.getByText('Tuesday Crew', { exact: true }).click();
      const action = week.locator('crewkit-dialog-action');
      await action.getByRole('button', { name: 'Make this a crew session' }).click();
      await action.getByRole('button', { name: 'Tag it' }).click();
      await action.getByText('Tuesday Crew · 1 of 6 · Ada hosts').waitFor();
      await action.getByRole('button', { name: 'Change host' }).click();
      await action.getByLabel('Host').selectOption({ label: 'Chiara' });
      await action.getByRole('button', { name: 'Save' }).click();
      await action.getByText('Tuesday Crew · 1 of 6 · Chiara hosts').waitFor();

      // The faults stop; whatever still waits in the outbox goes on the next sync.
      await new Promise((done) => setTimeout(done, 3000));
      api.clearFaults();
      const expected = {
        'ck1.crew': 'Tuesday Crew',
        'ck1.of': '6',
        'ck1.i.20261201T180000Z': '1 Chiara',
      };
      await expect
        .poll(
          async () => {
            if (JSON.stringify(seriesTag()) !== JSON.stringify(expected)) {
              await synced.getByRole('button', { name: 'Sync now' }).click();
            }
            return seriesTag();
          },
          { timeout: 40_000, interval: 2000 },
        )
        .toEqual(expected);
      // 0 lost (above), 0 duplicated: no event created, every committed write changed the tag,
      // the event's own fields untouched.
      expect(api.events('primary')).toHaveLength(1);
      expect(api.commits.filter((c) => c.method !== 'PATCH' || !c.changedShared)).toEqual([]);
      expect(api.event('primary', SERIES)?.attendees).toHaveLength(3);
      expect(
        api.requests.some(
          (r) => r.status === 'dropped' || (typeof r.status === 'number' && r.status >= 429),
        ),
      ).toBe(true);
    } finally {
      await ext.close();
    }
  });

  test("the caller's first invitation: the planned series becomes one recurring event, in one request", async () => {
    const ext = await launchWithExtension({ server, extensionPath: extensionCopy });
    try {
      // The demo crew's series moved to start tomorrow, with e-mails for the guests.
      await importCrew(ext, crewToInvite(Date.now() + 24 * 3_600_000));
      const options = await turnSyncOn(ext);
      const section = options.locator('section.ck-calendar-sync');
      const before = api.requests.length;
      const eventsBefore = api.events('primary').length;
      await section
        .getByRole('button', {
          name: /^Create .* \(6 sessions\) in Google Calendar and invite the crew$/,
        })
        .click();
      await section
        .getByText(/is in your calendar and the crew is invited\.$/)
        .waitFor({ timeout: 20_000 });
      const inserts = api.requests.slice(before).filter((r) => r.method === 'POST');
      expect(inserts).toHaveLength(1);
      const created = api.events('primary').slice(eventsBefore);
      expect(created).toHaveLength(1);
      expect(created[0]?.recurrence).toEqual(['RRULE:FREQ=WEEKLY;COUNT=6']);
      expect(created[0]?.attendees).toHaveLength(5);
      expect(created[0]?.hangoutLink).toMatch(/^https:\/\/meet\.google\.com\//);
      expect(Object.keys(ownTagKeys(created[0]?.extendedProperties?.shared))).toHaveLength(8);
      await saveScreenshot(options, 'calendar-sync-invited');
    } finally {
      await ext.close();
    }
  });

  test("a crewmate's Crewkit (another profile) shows the shared tag's badge and adopts the crew", async () => {
    const mate = await launchWithExtension({ server, extensionPath: extensionCopy });
    try {
      const options = await turnSyncOn(mate);
      const section = options.locator('section.ck-calendar-sync');
      await section.getByText('Crews shared with you').waitFor();
      await section.getByText('Tuesday Crew', { exact: true }).waitFor();

      const week = await openPage(mate.context, WEEK);
      await expect
        .poll(() => badgeTexts(week), { timeout: 15_000 })
        .toEqual(['Tuesday Crew · 1 of 6 · Chiara hosts']);
      await saveScreenshot(week, 'calendar-sync-crewmate-badge');

      await section
        .getByRole('button', { name: 'Adopt Tuesday Crew with the people of its calendar event' })
        .click();
      await section.getByText('Tuesday Crew was added to your crews.').waitFor();
      await options.reload();
      await options
        .getByRole('button', { name: /Tuesday Crew/ })
        .first()
        .waitFor();
      await saveScreenshot(options, 'calendar-sync-adopted');
    } finally {
      await mate.close();
    }
  });
});
