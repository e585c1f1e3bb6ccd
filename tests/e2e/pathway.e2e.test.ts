// Issue 10's journey in the shipped build: a crew of four lives a whole starter series as the
// options page records it (six meetings hosted in rotation, the caller first, one member away
// once), decides "continue" at the retrospective, and then each member's hosting log shows
// exactly the hostings the rotation planned, the next series opens with the right host and the
// .ics file parses back to the series. Plus the pathway screens of the demo, light and dark.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Backup } from '../../lib/core/backup-types.ts';
import { DEFAULT_SETTINGS } from '../../lib/core/model.ts';
import { carriedOnHost } from '../../lib/core/pathway/retrospective.ts';
import { crewOfFour, sessionsOf, starterSeries } from '../../lib/core/pathway/test-data.ts';
import { planRotation } from '../../lib/core/rotation.ts';
import { type LaunchedExtension, launchWithExtension } from './harness/browser.ts';
import { shootBothThemes } from './harness/screenshots.ts';
import { type FixtureServer, startFixtureServer } from './harness/servers.ts';
import { downloadIcs, expectHostingLogs, icsHosts } from './pathway-helpers.ts';

let server: FixtureServer;
let ext: LaunchedExtension;

beforeAll(async () => {
  server = await startFixtureServer();
  ext = await launchWithExtension({ server });
});

afterAll(async () => {
  await ext?.close();
  await server?.close();
});

const crew = crewOfFour();
// The series began six weeks ago (on a whole minute: calendars keep seconds at most), so every
// meeting has happened by now.
const began = Math.floor((Date.now() - 6 * 7 * 86_400_000) / 60_000) * 60_000;
const series = starterSeries(crew, new Date(began).toISOString());
const planned = sessionsOf(crew, series, []);
const AWAY = { index: 4, name: 'Kwame' };

function backupText(): string {
  const backup: Backup = {
    format: 'crewkit-backup',
    version: 1,
    exportedAt: new Date().toISOString(),
    crews: [crew],
    series: [series],
    sessions: planned,
    rounds: [],
    decks: [],
    promptUsage: [],
    reflections: [],
    retrospectives: [],
    settings: DEFAULT_SETTINGS,
  };
  return JSON.stringify(backup);
}

/** What the rotation plans for the series with Kwame away at meeting 4: the hosts by index. */
function plannedHosts(): string[] {
  const away = planned.map((s) =>
    s.index === AWAY.index ? { ...s, awayIds: [`${crew.id}-m4`] } : s,
  );
  return planRotation({ crew, sessions: away }).map(
    (a) => crew.members.find((m) => m.id === a.hostId)?.name ?? '?',
  );
}

describe('a whole starter series, as a crew of four lives it', () => {
  test('six meetings in rotation, one away, the retrospective continues, the logs match', async () => {
    const hosts = plannedHosts();
    // Caller first, each member at least once, Kwame after his missed turn.
    expect(hosts).toEqual(['Noor', 'Tomás', 'Ines', 'Noor', 'Kwame', 'Tomás']);

    const page = await ext.openExtensionPage('options.html');
    page.on('pageerror', (error) => console.error('page error:', error.message));
    await page.getByLabel('Import a backup').setInputFiles({
      name: 'crew.json',
      mimeType: 'application/json',
      buffer: Buffer.from(backupText()),
    });
    await page.getByRole('button', { name: 'Replace everything' }).click();
    await page.getByText('Imported 1 crew and 6 sessions.').waitFor();

    // Kwame is away for meeting 4.
    const row4 = page.locator('.ck-rotation__row').nth(3);
    await row4.getByText('Who is away?').click();
    await row4.getByLabel(AWAY.name).check();
    await expect.poll(() => row4.locator('.ck-rotation__host-name').innerText()).toBe('Noor hosts');

    // Each meeting is marked held in turn, as the crew meets.
    for (let index = 1; index <= 6; index++) {
      await page
        .getByRole('button', { name: new RegExp(`^Mark as held.*\\b${index} of 6`) })
        .click();
      await expect
        .poll(() => page.getByRole('button', { name: /^Mark as held/ }).count())
        .toBe(6 - index);
    }

    await page.getByRole('button', { name: 'Hosting pathway' }).click();
    await page.getByText('Your crews together').waitFor();
    await page
      .getByText(/4 of 4 people across your crews have hosted at least once \(100%\)/)
      .waitFor();

    // Each member's log shows exactly the hostings the rotation planned.
    await expectHostingLogs(page, crew.members, hosts);

    // The retrospective decides "continue".
    await page.getByRole('button', { name: /Record the retrospective of/ }).click();
    await page.getByLabel('What we liked (one per line)').fill('The stillness\nEveryone hosted');
    // "Change" offers rhythm, members and agenda (seen here, then the crew continues as it is).
    await page.getByLabel(/Change the rhythm, members or agenda/).check();
    await page.getByText('Who goes on to the next series').waitFor();
    await shootBothThemes(page, 'pathway-series-change');
    await page.getByLabel(/Continue as we are/).check();
    await page.getByRole('button', { name: 'Record the decision' }).click();
    await page.getByText(/The crew decided to continue/).waitFor();
    await shootBothThemes(page, 'pathway-after-series');

    // The next series starts with the right host: the one who has gone longest without hosting.
    const held = planned.map((s, i) => ({
      ...s,
      status: 'held' as const,
      hostId: crew.members.find((m) => m.name === hosts[i])?.id ?? '',
    }));
    const next = crew.members.find((m) => m.id === carriedOnHost(crew, series, held))?.name;
    expect(next).toBe('Ines');
    const row = page.getByRole('row', { name: /Harbour Crew/ });
    await expect.poll(() => row.locator('td').nth(1).innerText()).toBe(next);

    // The .ics of the finished series parses back to it.
    const { filename, events } = await downloadIcs(page, crew.name, series.title);
    expect(filename).toBe('harbour-crew-six-one-hour-meetings.ics');
    expect(events.map((e) => e.startsAt)).toEqual(planned.map((s) => s.startsAt));
    expect(icsHosts(events)).toEqual(hosts);
    expect(events[1]?.description).toContain('Generative dialogue (20 min)');
    await page.close();
  });
});

describe('the demo on the pathway page', () => {
  test('congregation view, pathway, reflections and charts, light and dark', async () => {
    const page = await ext.openExtensionPage('options.html');
    await page.getByLabel('Import a backup').setInputFiles('tests/fixtures/backups/demo.json');
    await page.getByRole('button', { name: 'Replace everything' }).click();
    await page.getByText(/Imported 2 crew/).waitFor();
    await page.goto(ext.extensionUrl('options.html#pathway'));
    await page.getByText('Your crews together').waitFor();
    await page.getByLabel('Whose pathway').selectOption({ label: 'Ada' });
    await page.getByText('Willow Crew, session 3: host · 4 people').waitFor();
    await page.getByLabel('Crew', { exact: true }).selectOption({ label: 'Willow Crew' });
    await page.getByText("Time balance of Willow Crew's rounds").waitFor();
    // Every control on the page has a name.
    const unnamed = await page.evaluate(() =>
      [...document.querySelectorAll('input, select, textarea, button')]
        .filter((el) => {
          const labelled = (el as HTMLInputElement).labels?.length ?? 0;
          return !labelled && !el.getAttribute('aria-label') && !(el.textContent ?? '').trim();
        })
        .map((el) => el.outerHTML.slice(0, 80)),
    );
    expect(unnamed).toEqual([]);
    await shootBothThemes(page, 'pathway-demo');
    await page.close();
  });
});
