// meet-overhead-ratio (issue 4): main-thread busy time (CDP Performance.getMetrics TaskDuration)
// on a fixture call whose tiles change classes 200 times a second, as Meet's do while people
// talk, with Crewkit loaded and its panel open, divided by the same page without Crewkit, over
// 20 s. One browser serves both: the page at meet.google.com (Crewkit runs there) and the very
// same page at jitsi.example.org (a host Crewkit has no permission for, so nothing of it runs).
// Measuring both in one browser, alternately, keeps the difference between browser launches out
// of the ratio; the medians of the alternations are compared.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, test } from 'vitest';
import { type LaunchedExtension, launchWithExtension, openPage } from '../e2e/harness/browser.ts';
import {
  FIXTURE_PAGES_DIR,
  type FixtureServer,
  startFixtureServer,
} from '../e2e/harness/servers.ts';
import { median, reportBench } from './report.ts';

const SECONDS = 20;
const CLASS_CHANGES_PER_SECOND = 200;
/** Alternations of (without, with). */
const RUNS = 4;
const CALL_PATH = '/abc-defg-hij';

/** in-call-5 plus a script that flips the voice-level classes of the tiles 200 times a second. */
function talkingCallPage(): string {
  const html = readFileSync(`${FIXTURE_PAGES_DIR}meet/in-call-5.html`, 'utf8');
  const talk = `<script>
    const levels = [...document.querySelectorAll('[data-participant-id] [jsname="QgSmzd"]')];
    let n = 0;
    setInterval(() => {
      const el = levels[n++ % levels.length];
      el.className = el.className === 'speaking' ? 'quiet' : 'speaking';
    }, ${1000 / CLASS_CHANGES_PER_SECOND});
  </script>`;
  return html.replace('</body>', `${talk}</body>`);
}

let server: FixtureServer;
let ext: LaunchedExtension;

beforeAll(async () => {
  server = await startFixtureServer();
  const page = talkingCallPage();
  for (const host of ['meet.google.com', 'jitsi.example.org']) {
    server.route(host, CALL_PATH, (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(page);
    });
  }
  ext = await launchWithExtension({ server });
  const options = await ext.openExtensionPage('options.html');
  await options.getByLabel('Import a backup').setInputFiles('tests/fixtures/backups/demo.json');
  await options.getByRole('button', { name: 'Replace everything' }).click();
  await options.getByText(/Imported 2 crew/).waitFor();
  await options.close();
});

afterAll(async () => {
  await ext?.close();
  await server?.close();
});

async function measure(page: Page) {
  const cdp = await ext.context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const read = async () =>
    Object.fromEntries(
      (await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]),
    ) as Record<string, number>;
  const start = await read();
  await page.waitForTimeout(SECONDS * 1000);
  const end = await read();
  await cdp.detach();
  const delta = (name: string) => ((end[name] ?? 0) - (start[name] ?? 0)) * 1000;
  return { busy: delta('TaskDuration'), script: delta('ScriptDuration') };
}

async function run(withCrewkit: boolean) {
  const host = withCrewkit ? 'meet.google.com' : 'jitsi.example.org';
  const page = await openPage(ext.context, `https://${host}${CALL_PATH}`);
  if (withCrewkit) await page.locator('crewkit-call [role="dialog"]').waitFor({ timeout: 15_000 });
  else await page.waitForTimeout(1000);
  await page.waitForTimeout(1000);
  const result = await measure(page);
  await page.close();
  return result;
}

test('meet-overhead-ratio', async () => {
  const without: { busy: number; script: number }[] = [];
  const withCrewkit: { busy: number; script: number }[] = [];
  for (let i = 0; i < RUNS; i++) {
    without.push(await run(false));
    withCrewkit.push(await run(true));
  }
  const med = (list: typeof without, key: 'busy' | 'script') => median(list.map((r) => r[key]));
  const base = med(without, 'busy');
  const loaded = med(withCrewkit, 'busy');
  reportBench({
    name: 'meet-overhead-ratio',
    value: loaded / base,
    unit: 'ratio',
    budget: 1.05,
    detail: {
      busyMsWithout: Math.round(base),
      busyMsWithCrewkit: Math.round(loaded),
      scriptMsWithout: Math.round(med(without, 'script')),
      scriptMsWithCrewkit: Math.round(med(withCrewkit, 'script')),
      runs: RUNS,
      seconds: SECONDS,
      classChangesPerSecond: CLASS_CHANGES_PER_SECOND,
      // Everything Crewkit adds on the page's main thread per second (its observer callbacks and
      // the open panel): an upper bound for the observer callbacks alone.
      crewkitMsPerSecond: Math.round(((loaded - base) / SECONDS) * 100) / 100,
    },
  });
}, 600_000);
