// store-append-ratio (issue 2): saving one session must cost the same with 10 or 10,000 stored,
// because every entity has its own key (DESIGN.md, "State lives in the extension's origin").
// Real IndexedDB in Chromium; the two medians come from one run so machine noise cancels.
import { afterAll, beforeAll, test } from 'vitest';
import { type LaunchedExtension, launchWithExtension, openPage } from '../e2e/harness/browser.ts';
import { type FixtureServer, htmlPage, startFixtureServer } from '../e2e/harness/servers.ts';
import { bundleForBrowser } from './bundle.ts';
import { median, reportBench } from './report.ts';

let server: FixtureServer;
let ext: LaunchedExtension;
const RUNS = 40;

beforeAll(async () => {
  const code = await bundleForBrowser('tests/bench/pages/store-append.ts');
  server = await startFixtureServer();
  server.route(
    'jitsi.example.org',
    '/bench',
    htmlPage('<script type="module" src="/bench.js"></script>'),
  );
  server.route('jitsi.example.org', '/bench.js', (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/javascript' });
    res.end(code);
  });
  ext = await launchWithExtension({ server });
});

afterAll(async () => {
  await ext?.close();
  await server?.close();
});

test('store-append-ratio', async () => {
  const page = await openPage(ext.context, 'https://jitsi.example.org/bench');
  await page.waitForFunction(() => 'timeAppends' in globalThis);
  const time = (stored: number) =>
    page.evaluate(
      ([s, r]) =>
        (
          globalThis as unknown as { timeAppends(a: number, b: number): Promise<number[]> }
        ).timeAppends(s, r),
      [stored, RUNS] as const,
    );
  // Warm up the engine once, then measure both sizes in the same browser.
  await time(10);
  const small = median(await time(10));
  const large = median(await time(10_000));
  reportBench({
    name: 'store-append-ratio',
    value: large / small,
    unit: 'ratio',
    budget: 1.5,
    detail: { medianMsWith10: small, medianMsWith10000: large, runs: RUNS },
  });
});
