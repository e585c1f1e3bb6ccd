// The optional description line (issue 9: "Optionally (off by default) one line in the event
// description for crewmates without Crewkit") in the shipped build, against the fake Calendar API
// (harness/fake-google.ts): turned on in the options, a tag puts exactly one line at the end of
// the event's description; with the switch off again and the tag removed, the line is gone and
// every other byte of the owner's description is as it was (lib/core/calendar-description-line.ts).
import { rmSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ownTagKeys } from '../../lib/core/calendar-tag-merge.ts';
import { FakeCalendarApi } from '../support/fake-calendar-api.ts';
import { importCrew } from './call-helpers.ts';
import { collectConsole, launchWithExtension, openPage } from './harness/browser.ts';
import { mountFakeGoogle } from './harness/fake-google.ts';
import { buildWithGoogleGranted, localCrew } from './harness/fake-google-build.ts';
import { shootBothThemes } from './harness/screenshots.ts';
import { type FixtureServer, startFixtureServer } from './harness/servers.ts';

const SERIES = '5f0q8n3e1u2c7r4w6s9t0v1a2b';
const WEEK = 'https://calendar.google.com/calendar/u/0/r/week/2026/12/1';
/**
 * The owner's own description: Windows and Unix line ends, trailing spaces, markup as Google's
 * web editor stores it, characters outside ASCII, a line of their own that starts "Crewkit:",
 * and no final line end.
 */
const OWN =
  'Agenda:\r\n- check-in  \n- <b>rounds</b> &amp; tea (ü, 😀)\n\nCrewkit: bring the notes from last time\n  ';
/** The series' line: its six sessions and the hosts of the instances tagged so far. */
const LINE = 'Crewkit: Tuesday Crew · 6 sessions · hosts in turn: Ada';

let server: FixtureServer;
let api: FakeCalendarApi;
let extensionCopy: string;

const description = () => api.event('primary', SERIES)?.description;
const ownKeys = () => ownTagKeys(api.event('primary', SERIES)?.extendedProperties?.shared);

beforeAll(async () => {
  server = await startFixtureServer();
  api = new FakeCalendarApi({ checkTokens: true });
  mountFakeGoogle(server, api);
  server.route('calendar.google.com', '/calendar/u/0/r/week/2026/12/1', 'calendar/demo-week.html');
  api.seed('primary', {
    id: SERIES,
    summary: 'Tuesday Crew',
    description: OWN,
    start: { dateTime: '2026-12-01T18:00:00Z', timeZone: 'Europe/Berlin' },
    end: { dateTime: '2026-12-01T19:00:00Z', timeZone: 'Europe/Berlin' },
    recurrence: ['RRULE:FREQ=WEEKLY;COUNT=6'],
    organizer: { email: 'alex.rivera@gmail.com' },
  });
  extensionCopy = buildWithGoogleGranted();
});

afterAll(async () => {
  await server?.close();
  if (extensionCopy) rmSync(extensionCopy, { recursive: true, force: true });
});

/** Asks for a sync until `read` gives `expected` (the outbox drains on an alarm otherwise). */
async function syncUntil(options: Page, read: () => unknown, expected: unknown) {
  await expect
    .poll(
      async () => {
        if (JSON.stringify(read()) !== JSON.stringify(expected)) {
          await options.getByRole('button', { name: 'Sync now' }).click();
        }
        return read();
      },
      { timeout: 30_000, interval: 1500 },
    )
    .toEqual(expected);
}

describe('the description line', () => {
  test('on: the tag adds exactly one line; off and untagged: the description is byte for byte the owner’s', async () => {
    const ext = await launchWithExtension({ server, extensionPath: extensionCopy });
    try {
      await importCrew(ext, localCrew());
      const options = await ext.openExtensionPage('options.html');
      const section = options.locator('section.ck-calendar-sync');
      await section.getByRole('button', { name: 'Turn on sync' }).click();
      await section.getByText('Sync is on.').waitFor({ timeout: 30_000 });
      const line = section.getByRole('switch', {
        name: 'Also write one line in the event description',
      });
      expect(await line.isChecked()).toBe(false);
      await line.check();
      await expect.poll(() => line.isChecked()).toBe(true);
      await shootBothThemes(options, 'calendar-sync-line-on');

      const week = await openPage(ext.context, WEEK);
      await week.getByText('Tuesday Crew', { exact: true }).click();
      const action = week.locator('crewkit-dialog-action');
      await action.getByRole('button', { name: 'Make this a crew session' }).click();
      await action.getByRole('button', { name: 'Tag it' }).click();
      await action.getByText('Tuesday Crew · 1 of 6 · Ada hosts').waitFor();
      await syncUntil(options, description, `${OWN}\n\n${LINE}`);
      expect(ownKeys()).toMatchObject({ 'ck1.crew': 'Tuesday Crew', 'ck1.line': LINE });

      await line.uncheck();
      await expect.poll(() => line.isChecked()).toBe(false);
      await action.getByRole('button', { name: 'Remove tag' }).click();
      await action.getByRole('button', { name: 'Make this a crew session' }).waitFor();
      await syncUntil(options, ownKeys, {});
      expect(description()).toBe(OWN);
      // the event's other fields were never written
      expect(api.event('primary', SERIES)?.summary).toBe('Tuesday Crew');
      expect(api.events('primary')).toHaveLength(1);
      expect(collectConsole(week).errors).toEqual([]);
    } finally {
      await ext.close();
    }
  });
});
