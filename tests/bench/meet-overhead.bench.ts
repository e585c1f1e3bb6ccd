// meet-overhead-ratio (issue 4): main-thread busy time (CDP Performance.getMetrics TaskDuration)
// on a fixture call whose tiles change classes 200 times a second, as Meet's do while people
// talk, with Crewkit loaded and its panel open, divided by the same page without Crewkit (an
// empty extension), over 20 s. Runs alternate without/with, twice, and the medians are compared.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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
/** Pairs of runs (without, with), alternating so slow drifts of the machine hit both alike. */
const RUNS = 5;

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

function emptyExtension(): string {
  const dir = mkdtempSync(join(tmpdir(), 'crewkit-empty-ext-'));
  writeFileSync(
    join(dir, 'manifest.json'),
    JSON.stringify({
      manifest_version: 3,
      name: 'Empty',
      version: '1.0',
      background: { service_worker: 'background.js' },
    }),
  );
  writeFileSync(join(dir, 'background.js'), '');
  return dir;
}

let server: FixtureServer;
const launched: LaunchedExtension[] = [];

beforeAll(async () => {
  server = await startFixtureServer();
  const page = talkingCallPage();
  server.route('meet.google.com', '/abc-defg-hij', (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(page);
  });
});

afterAll(async () => {
  for (const ext of launched) await ext.close().catch(() => {});
  await server?.close();
});

async function busyMs(withCrewkit: boolean) {
  const ext = await launchWithExtension({
    server,
    ...(withCrewkit ? {} : { extensionPath: emptyExtension() }),
  });
  launched.push(ext);
  if (withCrewkit) {
    const options = await ext.openExtensionPage('options.html');
    await options.getByLabel('Import a backup').setInputFiles('tests/fixtures/backups/demo.json');
    await options.getByRole('button', { name: 'Replace everything' }).click();
    await options.getByText(/Imported 1 crew/).waitFor();
    await options.close();
  }
  const page = await openPage(ext.context, 'https://meet.google.com/abc-defg-hij');
  if (withCrewkit) await page.locator('crewkit-call [role="dialog"]').waitFor({ timeout: 15_000 });
  await page.waitForTimeout(1000);
  const cdp = await ext.context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const read = async () =>
    Object.fromEntries(
      (await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]),
    ) as Record<string, number>;
  const start = await read();
  await page.waitForTimeout(SECONDS * 1000);
  const end = await read();
  await ext.close();
  const delta = (name: string) => ((end[name] ?? 0) - (start[name] ?? 0)) * 1000;
  return {
    busy: delta('TaskDuration'),
    script: delta('ScriptDuration'),
    style: delta('RecalcStyleDuration'),
    layout: delta('LayoutDuration'),
  };
}

type Busy = Awaited<ReturnType<typeof busyMs>>;

test('meet-overhead-ratio', async () => {
  const without: Busy[] = [];
  const withCrewkit: Busy[] = [];
  for (let run = 0; run < RUNS; run++) {
    without.push(await busyMs(false));
    withCrewkit.push(await busyMs(true));
  }
  const med = (list: Busy[], key: keyof Busy) => median(list.map((b) => b[key]));
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
      styleMsWithout: Math.round(med(without, 'style')),
      styleMsWithCrewkit: Math.round(med(withCrewkit, 'style')),
      layoutMsWithout: Math.round(med(without, 'layout')),
      layoutMsWithCrewkit: Math.round(med(withCrewkit, 'layout')),
      runs: RUNS,
      seconds: SECONDS,
      classChangesPerSecond: CLASS_CHANGES_PER_SECOND,
      // Everything Crewkit adds on the page's main thread per second: its observer callbacks and
      // the panel's renders (an upper bound for the callbacks alone).
      crewkitMsPerSecond: Math.round(((loaded - base) / SECONDS) * 100) / 100,
    },
  });
}, 600_000);
