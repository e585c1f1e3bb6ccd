// options-first-render-ms (issue 2): with 50 crews and 10,000 sessions stored, from navigation
// to the rotation list on screen, in Chromium with the production build. The data is imported
// through the options page itself, as a user would.
import { afterAll, beforeAll, expect, test } from 'vitest';
import { type LaunchedExtension, launchWithExtension } from '../e2e/harness/browser.ts';
import { type FixtureServer, startFixtureServer } from '../e2e/harness/servers.ts';
import { largeBackup } from './data.ts';
import { median, reportBench } from './report.ts';

let server: FixtureServer;
let ext: LaunchedExtension;
const RUNS = 15;

beforeAll(async () => {
  server = await startFixtureServer();
  ext = await launchWithExtension({ server });
});

afterAll(async () => {
  await ext?.close();
  await server?.close();
});

test('options-first-render-ms', async () => {
  const seed = await ext.openExtensionPage('options.html');
  await seed.getByLabel('Import a backup').setInputFiles({
    name: 'large.json',
    mimeType: 'application/json',
    buffer: Buffer.from(largeBackup(50, 10_000)),
  });
  await seed.getByRole('button', { name: 'Replace everything' }).click();
  await seed.getByText('Imported 50 crew(s) and 10000 session(s).').waitFor({ timeout: 120_000 });
  await seed.close();

  const page = await ext.context.newPage();
  // Record the moment the first session row is in the DOM, then the frame after it is painted.
  await page.addInitScript(() => {
    const observer = new MutationObserver(() => {
      if (!document.querySelector('.ck-rotation__row')) return;
      observer.disconnect();
      requestAnimationFrame(() =>
        setTimeout(() => {
          (globalThis as unknown as { rotationShownAt: number }).rotationShownAt =
            performance.now();
        }),
      );
    });
    observer.observe(document, { childList: true, subtree: true });
  });
  const times: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    await page.goto(ext.extensionUrl('options.html'));
    const shownAt = await page.waitForFunction(
      () => (globalThis as unknown as { rotationShownAt?: number }).rotationShownAt,
      undefined,
      { timeout: 30_000 },
    );
    times.push(Number(await shownAt.jsonValue()));
  }
  expect(await page.locator('.ck-rotation__row').count()).toBe(10);
  reportBench({
    name: 'options-first-render-ms',
    value: median(times),
    unit: 'ms',
    budget: 150,
    detail: { runs: RUNS, minMs: Math.min(...times), maxMs: Math.max(...times) },
  });
});
