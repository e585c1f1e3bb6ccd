// pathway-render-scale (issue 10): the hosting pathway page with 50 crews and 10,000 sessions
// stored, divided by the same page with one crew of four and six sessions, from navigation to
// the congregation table and the chosen person's log on screen, in Chromium with the production
// build. Data is imported through the options page itself, as a user would. Budget: 2.
import { afterAll, beforeAll, expect, test } from 'vitest';
import { serializeBackup } from '../../lib/core/backup-serialize.ts';
import type { Backup } from '../../lib/core/backup-types.ts';
import { DEFAULT_SETTINGS } from '../../lib/core/model.ts';
import { crewOfFour, sessionsOf, starterSeries } from '../../lib/core/pathway/test-data.ts';
import { type LaunchedExtension, launchWithExtension } from '../e2e/harness/browser.ts';
import { type FixtureServer, startFixtureServer } from '../e2e/harness/servers.ts';
import { largeBackup } from './data.ts';
import { median, reportBench } from './report.ts';

let server: FixtureServer;
let ext: LaunchedExtension;
const RUNS = 11;

beforeAll(async () => {
  server = await startFixtureServer();
  ext = await launchWithExtension({ server });
});

afterAll(async () => {
  await ext?.close();
  await server?.close();
});

function smallBackup(): string {
  const crew = crewOfFour();
  const series = starterSeries(crew);
  const backup: Backup = {
    format: 'crewkit-backup',
    version: 1,
    exportedAt: series.startsAt,
    crews: [crew],
    series: [series],
    sessions: sessionsOf(
      crew,
      series,
      [0, 1, 2, 3, 0, 1].map((hostIndex) => ({ hostIndex })),
    ),
    rounds: [],
    decks: [],
    promptUsage: [],
    reflections: [],
    retrospectives: [],
    settings: { ...DEFAULT_SETTINGS },
  };
  return serializeBackup(backup);
}

async function importText(text: string, done: string): Promise<void> {
  const page = await ext.openExtensionPage('options.html');
  await page.getByLabel('Import a backup').setInputFiles({
    name: 'data.json',
    mimeType: 'application/json',
    buffer: Buffer.from(text),
  });
  await page.getByRole('button', { name: 'Replace everything' }).click();
  await page.getByText(done).waitFor({ timeout: 120_000 });
  await page.close();
}

/** Median ms from navigation to the pathway painted (congregation rows and the log). */
async function renderTimes(): Promise<number[]> {
  const page = await ext.context.newPage();
  await page.addInitScript(() => {
    const observer = new MutationObserver(() => {
      const shown =
        document.querySelector('.ck-table tbody tr') &&
        document.querySelector('.ck-timeline__entry');
      if (!shown) return;
      observer.disconnect();
      requestAnimationFrame(() =>
        setTimeout(() => {
          (globalThis as unknown as { pathwayShownAt: number }).pathwayShownAt = performance.now();
        }),
      );
    });
    observer.observe(document, { childList: true, subtree: true });
  });
  const times: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    // A fresh document each run: going to the same URL with a hash would not reload it.
    await page.goto('about:blank');
    await page.goto(ext.extensionUrl('options.html#pathway'));
    const shownAt = await page.waitForFunction(
      () => (globalThis as unknown as { pathwayShownAt?: number }).pathwayShownAt,
      undefined,
      { timeout: 60_000 },
    );
    times.push(Number(await shownAt.jsonValue()));
  }
  expect(await page.locator('.ck-table tbody tr').count()).toBeGreaterThan(0);
  await page.close();
  return times;
}

test('pathway-render-scale', async () => {
  await importText(smallBackup(), 'Imported 1 crew and 6 sessions.');
  const small = await renderTimes();
  await importText(largeBackup(50, 10_000), 'Imported 50 crews and 10000 sessions.');
  const large = await renderTimes();
  const ok = reportBench({
    name: 'pathway-render-scale',
    value: median(large) / median(small),
    unit: 'ratio',
    budget: 2,
    detail: {
      runs: RUNS,
      smallMedianMs: median(small),
      smallMinMs: Math.min(...small),
      smallMaxMs: Math.max(...small),
      largeMedianMs: median(large),
      largeMinMs: Math.min(...large),
      largeMaxMs: Math.max(...large),
    },
  });
  expect(ok, 'pathway-render-scale within its budget of 2').toBe(true);
});
