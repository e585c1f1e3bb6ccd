// A crew whose open-ended series is planned far ahead (1,200 sessions, as a backup may hold):
// the options page shows the crew's next weeks and stays responsive. Before the rotation list
// showed a window, every row's swap menu listed every other session (1.4 million options): the
// page froze for over a minute after "Replace everything" (found 2026-12-03 by the calendar
// benchmark's backup of 1,229 sessions).
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { type LaunchedExtension, launchWithExtension } from './harness/browser.ts';
import { saveScreenshot } from './harness/screenshots.ts';
import { type FixtureServer, startFixtureServer } from './harness/servers.ts';

const SESSIONS = 1200;
const WEEK_MS = 7 * 24 * 60 * 60 * 1000;

/** demo.json's Tuesday Crew alone, its series open-ended with SESSIONS weekly sessions ahead. */
function longSeriesBackup(): string {
  const demo = JSON.parse(readFileSync('tests/fixtures/backups/demo.json', 'utf8'));
  const crew = demo.crews.find((c: { id: string }) => c.id === 'tuesday-crew');
  const { plannedSessions: _six, ...template } = demo.series.find(
    (s: { crewId: string }) => s.crewId === crew.id,
  );
  const firstStart = Date.now() + WEEK_MS;
  const series = { ...template, startsAt: new Date(firstStart).toISOString() };
  const sessions = Array.from({ length: SESSIONS }, (_, i) => ({
    v: series.v,
    id: `long-${i + 1}`,
    crewId: crew.id,
    seriesId: series.id,
    index: i + 1,
    startsAt: new Date(firstStart + i * WEEK_MS).toISOString(),
    status: 'planned',
    awayIds: [],
  }));
  return JSON.stringify({
    ...demo,
    crews: [crew],
    series: [series],
    sessions,
    rounds: [],
    promptUsage: [],
    reflections: [],
    retrospectives: [],
  });
}

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

test('a series 1,200 sessions long: the next twelve shown, more on request, the page responsive', async () => {
  const page = await ext.openExtensionPage('options.html');
  await page.getByLabel('Import a backup').setInputFiles({
    name: 'long-series.json',
    mimeType: 'application/json',
    buffer: Buffer.from(longSeriesBackup()),
  });
  await page.getByRole('button', { name: 'Replace everything' }).click();
  await page.getByText(`Imported 1 crew and 1200 sessions.`).waitFor({ timeout: 20_000 });

  const rows = page.locator('.ck-rotation__row');
  await expect.poll(() => rows.count(), { timeout: 20_000 }).toBe(12);
  expect(await rows.first().locator('strong').textContent()).toBe('Session 1');
  // Each swap menu offers the other sessions in sight (and "Choose a session").
  const menu = page.getByRole('combobox', { name: 'Swap the host of session 1 with' });
  expect(await menu.locator('option').count()).toBe(12);
  // Every option of the page: a few hundred at most, not a million.
  expect(await page.locator('option').count()).toBeLessThan(12 * 13);

  const more = page.getByRole('button', { name: 'Show more sessions (1188 not shown yet)' });
  await more.focus();
  await page.keyboard.press('Enter');
  await expect.poll(() => rows.count()).toBe(24);
  expect(await rows.nth(23).locator('strong').textContent()).toBe('Session 24');
  // The page's script still answers (it did not while it built a million options).
  expect(await page.evaluate(() => document.querySelectorAll('.ck-rotation__row').length)).toBe(24);
  await saveScreenshot(page, 'options-long-series');
});
