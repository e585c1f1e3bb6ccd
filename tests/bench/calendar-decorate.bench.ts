// calendar-decorate-frames, calendar-decorate-scale and calendar-idle-observer-callbacks (issue 9):
// a week view with 300 events (every tenth a crew session, tests/bench/calendar-week-page.ts),
// navigated 20 times the way Calendar does (grid replaced, URL pushed, no reload).
// - frames: animation frames painted after the grid's replacement before every tagged chip shows
//   its badge, p95 over 20 navigations (budget 1).
// - scale: the time from replacement to the last badge with 300 events over the time with 30
//   (medians of 20 navigations each; budget 3, linear or better). The page builds the new grid
//   before the clock starts (its own work, 10 times more for 10 times the events).
// - idle: mutation batches on the page during 10 idle seconds after the navigations. The page does
//   nothing by itself, so any batch would be Crewkit's; Crewkit's observer is a MutationObserver,
//   so with 0 batches its callback cannot have run (budget 0).
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { type LaunchedExtension, launchWithExtension, openPage } from '../e2e/harness/browser.ts';
import { type FixtureServer, startFixtureServer } from '../e2e/harness/servers.ts';
import { TAG_EVERY, taggedBackup, weekPage } from './calendar-week-page.ts';
import { median, percentile, reportBench } from './report.ts';

const NAVIGATIONS = 20;
const WEEKS = NAVIGATIONS + 1;
let server: FixtureServer;
let ext: LaunchedExtension;

beforeAll(async () => {
  server = await startFixtureServer();
  const pages = new Map([300, 30].map((n) => [n, weekPage(n)]));
  server.route('calendar.google.com', '/calendar/*', (req, res) => {
    const events =
      new URL(req.url ?? '/', 'https://x').searchParams.get('events') === '30' ? 30 : 300;
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(pages.get(events));
  });
  ext = await launchWithExtension({ server });
  const options = await ext.openExtensionPage('options.html');
  await options.getByLabel('Import a backup').setInputFiles({
    name: 'bench.json',
    mimeType: 'application/json',
    buffer: Buffer.from(taggedBackup(WEEKS, 300)),
  });
  // The options page is busy while it reads the backup on a loaded machine: wait long.
  await options.getByRole('button', { name: 'Replace everything' }).click({ timeout: 90_000 });
  await options
    .getByText(/^Imported 1 crew/)
    // 630 sessions: the import takes long on a loaded machine (the overhead bench waits as long).
    .waitFor({ timeout: 90_000 })
    .catch(async (error) => {
      throw new Error(`${error}: ${(await options.locator('body').innerText()).slice(0, 600)}`);
    });
  await options.close();
});

afterAll(async () => {
  await ext?.close();
  await server?.close();
});

async function navigations(page: Page, events: number) {
  const expected = events / TAG_EVERY;
  await page.waitForFunction(
    (n) => document.querySelectorAll('[role=main] crewkit-badge').length >= n,
    expected,
    { timeout: 20_000 },
  );
  const runs: { frames: number; ms: number }[] = [];
  for (let week = 1; week <= NAVIGATIONS; week++) {
    runs.push(
      await page.evaluate(
        ([w, n]) =>
          (
            window as unknown as {
              ckMeasure(w: number, n: number): Promise<{ frames: number; ms: number }>;
            }
          ).ckMeasure(w as number, n as number),
        [week, expected],
      ),
    );
    await page.waitForTimeout(100);
  }
  return runs;
}

test('calendar-decorate-frames, -scale and idle observer callbacks', async () => {
  const big = await openPage(
    ext.context,
    'https://calendar.google.com/calendar/u/0/r/week/2027/1/3',
  );
  const bigRuns = await navigations(big, 300);
  await big.waitForTimeout(1000);
  const idle = await big.evaluate(() =>
    (window as unknown as { ckIdleMutations(ms: number): Promise<number> }).ckIdleMutations(10_000),
  );
  await big.close();
  const small = await openPage(
    ext.context,
    'https://calendar.google.com/calendar/u/0/r/week/2027/1/3?events=30',
  );
  const smallRuns = await navigations(small, 30);
  await small.close();

  const frames = bigRuns.map((r) => r.frames);
  const round = (n: number) => Math.round(n * 10) / 10;
  const ok = [
    reportBench({
      name: 'calendar-decorate-frames',
      value: percentile(frames, 95),
      unit: 'frames (p95)',
      budget: 1,
      detail: {
        navigations: NAVIGATIONS,
        events: 300,
        tagged: 300 / TAG_EVERY,
        min: Math.min(...frames),
        max: Math.max(...frames),
        median: median(frames),
      },
    }),
    reportBench({
      name: 'calendar-decorate-scale',
      value: median(bigRuns.map((r) => r.ms)) / median(smallRuns.map((r) => r.ms)),
      unit: 'ratio 300/30',
      budget: 3,
      detail: {
        msMedian300: round(median(bigRuns.map((r) => r.ms))),
        msMin300: round(Math.min(...bigRuns.map((r) => r.ms))),
        msMax300: round(Math.max(...bigRuns.map((r) => r.ms))),
        msMedian30: round(median(smallRuns.map((r) => r.ms))),
        msMin30: round(Math.min(...smallRuns.map((r) => r.ms))),
        msMax30: round(Math.max(...smallRuns.map((r) => r.ms))),
      },
    }),
    reportBench({
      name: 'calendar-idle-observer-callbacks',
      value: idle,
      unit: 'mutation batches in 10 idle s',
      budget: 0,
    }),
  ];
  expect(ok).toEqual([true, true, true]);
});
