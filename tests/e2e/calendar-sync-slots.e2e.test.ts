// "Find times that suit everyone" in the shipped build, against the fake Calendar API and OAuth
// endpoint (harness/fake-google.ts): the free/busy scope is asked for only when the caller asks
// for proposals; the proposals avoid a time a crewmate is busy; crewmates whose calendars are not
// shared show as unknown; choosing one fills the first session, and the series is created there.
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { FakeCalendarApi } from '../support/fake-calendar-api.ts';
import { importCrew } from './call-helpers.ts';
import { launchWithExtension } from './harness/browser.ts';
import { type FakeSignIns, mountFakeGoogle } from './harness/fake-google.ts';
import { buildWithGoogleGranted, crewToInvite } from './harness/fake-google-build.ts';
import { shootBothThemes } from './harness/screenshots.ts';
import { type FixtureServer, startFixtureServer } from './harness/servers.ts';

const FREEBUSY = 'https://www.googleapis.com/auth/calendar.events.freebusy';
const DAY = 24 * 3_600_000;

let server: FixtureServer;
let api: FakeCalendarApi;
let signIns: FakeSignIns;
let extensionCopy: string;
/** The planned first session: tomorrow, on the hour. */
const first = Math.ceil((Date.now() + DAY) / 3_600_000) * 3_600_000;

beforeAll(async () => {
  server = await startFixtureServer();
  api = new FakeCalendarApi({ checkTokens: true });
  signIns = mountFakeGoogle(server, api);
  // Ada and Bashir share their calendars with the caller; Chiara, Dmitri and Eun-ji do not.
  api.freeBusyVisible.add('ada@example.org');
  api.freeBusyVisible.add('bashir@example.org');
  // Ada is busy all day on the planned weekday for the next four weeks: it cannot be proposed.
  for (let week = 0; week < 4; week += 1) {
    const day = new Date(first + week * 7 * DAY).toISOString().slice(0, 10);
    api.seed('ada@example.org', {
      id: `ada-busy-${week}`,
      start: { dateTime: `${day}T00:00:00Z` },
      end: { dateTime: `${day}T23:59:00Z` },
    });
  }
  extensionCopy = buildWithGoogleGranted();
});

afterAll(async () => {
  await server?.close();
  if (extensionCopy) rmSync(extensionCopy, { recursive: true, force: true });
});

describe("the caller's first invitation: times that suit everyone", () => {
  test('asks for free/busy only then, proposes free times, and the chosen one becomes the start', async () => {
    const ext = await launchWithExtension({ server, extensionPath: extensionCopy });
    try {
      await importCrew(ext, crewToInvite(first));
      const options = await ext.openExtensionPage('options.html');
      const section = options.locator('section.ck-calendar-sync');
      await section.getByRole('button', { name: 'Turn on sync' }).click();
      await section.getByText('Sync is on.').waitFor({ timeout: 30_000 });
      // Turning sync on asks for calendar.events only.
      expect(signIns.requests.map((q) => q.get('scope'))).toEqual([
        'https://www.googleapis.com/auth/calendar.events',
      ]);
      expect(api.requests.filter((r) => r.path.endsWith('/freeBusy'))).toEqual([]);

      await section.getByRole('button', { name: 'Find times that suit everyone' }).click();
      const slots = section.getByRole('group', { name: /^Weekly times for / });
      await slots.waitFor({ timeout: 20_000 });
      expect(signIns.requests).toHaveLength(2);
      expect(signIns.requests[1]?.get('scope')?.split(' ')).toContain(FREEBUSY);
      expect(api.requests.filter((r) => r.path.endsWith('/freeBusy'))).toHaveLength(1);

      const radios = slots.getByRole('radio');
      expect(await radios.count()).toBeGreaterThanOrEqual(3);
      const starts = await radios.evaluateAll((inputs) =>
        inputs.map((i) => (i as HTMLInputElement).value),
      );
      const plannedWeekday = new Date(first).getUTCDay();
      // Never on the weekday Ada is busy; each proposal on its own day.
      expect(starts.some((s) => new Date(s).getUTCDay() === plannedWeekday)).toBe(false);
      expect(new Set(starts.map((s) => s.slice(0, 10))).size).toBe(starts.length);
      const labels = await slots.locator('label').allTextContents();
      for (const label of labels) {
        expect(label).toContain('free: 2 of 2');
        expect(label).toContain('unknown: Chiara, Dmitri, Eun-ji');
      }

      const chosen = starts[1] ?? '';
      await radios.nth(1).check();
      const shown = new Date(chosen).toLocaleString('en-US', {
        weekday: 'long',
        day: 'numeric',
        month: 'long',
        hour: '2-digit',
        minute: '2-digit',
      });
      await section.getByText(`First session: ${shown}`).waitFor();
      await shootBothThemes(options, 'calendar-sync-free-slots');

      const eventsBefore = api.events('primary').length;
      await section
        .getByRole('button', { name: /^Create .* \(6 sessions\) in Google Calendar/ })
        .click();
      await section
        .getByText(/is in your calendar and the crew is invited\.$/)
        .waitFor({ timeout: 20_000 });
      const [created] = api.events('primary').slice(eventsBefore);
      expect(created?.start?.dateTime).toBe(chosen);
      expect(created?.recurrence).toEqual(['RRULE:FREQ=WEEKLY;COUNT=6']);
    } finally {
      await ext.close();
    }
  });
});
