// `npm start`: see Crewkit working without a Google account. Builds the Chrome extension, serves
// fake Meet and Calendar pages under Google's real host names, and opens Chromium with the
// extension and a demo crew. `npm start -- --headless` saves screenshots instead and exits.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { runnerImport } from 'vite';
import { requireChromium } from './find-chromium.mjs';

const ROOT = resolve(import.meta.dirname, '..');
const DEMO_BACKUP = join(ROOT, 'tests/fixtures/backups/demo.json');
const MEET_FIXTURE = 'meet/in-call-5.html';
const MEET_URL = 'https://meet.google.com/abc-defg-hij';
const CALENDAR_URL = 'https://calendar.google.com/calendar/u/0/r/week/2026/12/1';
const SCREENSHOT_DIR = join(ROOT, 'demo-screenshots');

let headless = process.argv.includes('--headless');
if (
  !headless &&
  process.platform === 'linux' &&
  !process.env.DISPLAY &&
  !process.env.WAYLAND_DISPLAY
) {
  console.warn(
    'start: no display found (DISPLAY is unset); running headless and saving screenshots.',
  );
  headless = true;
}

const executablePath = requireChromium();
console.log(`start: building the Chrome extension (using ${executablePath})`);
const build = spawnSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

// The harness is TypeScript shared with the e2e tests; Vite's module runner loads it on Node 20.
const { module: harness } = await runnerImport(join(ROOT, 'tests/e2e/harness/index.ts'));

const server = await harness.startFixtureServer();
if (existsSync(join(harness.FIXTURE_PAGES_DIR, MEET_FIXTURE))) {
  server.route('meet.google.com', '/abc-defg-hij', MEET_FIXTURE);
} else {
  server.route(
    'meet.google.com',
    '/abc-defg-hij',
    harness.htmlPage('<h1>Demo call abc-defg-hij</h1>', 'Meet - abc-defg-hij'),
  );
}
server.route('calendar.google.com', '/calendar/*', 'calendar/demo-week.html');

const profileDir = mkdtempSync(join(tmpdir(), 'crewkit-demo-'));
const ext = await harness.launchWithExtension({
  server,
  profileDir,
  headless,
  executablePath,
  extensionPath: join(ROOT, '.output/chrome-mv3'),
});
const cleanUp = async () => {
  await server.close();
  rmSync(profileDir, { recursive: true, force: true });
};

/** Imports the demo crew through the options page, as a user restoring a backup would. */
async function seedDemoCrew(page) {
  if (!existsSync(DEMO_BACKUP)) throw new Error(`${DEMO_BACKUP} does not exist yet`);
  const step = (what, action) =>
    action.catch((error) => {
      throw new Error(`${what}: ${String(error?.message ?? error).split('\n')[0]}`);
    });
  await step(
    'no "Import a backup" file input on the options page',
    page.getByLabel('Import a backup').setInputFiles(DEMO_BACKUP, { timeout: 5_000 }),
  );
  await step(
    'no "Replace everything" button after choosing the backup',
    page.getByRole('button', { name: 'Replace everything' }).click({ timeout: 5_000 }),
  );
  await page.waitForLoadState('networkidle');
}

const blankTabs = ext.context.pages();
const options = await ext.openExtensionPage('options.html');
try {
  await seedDemoCrew(options);
  await options.reload();
  console.log('start: demo crew imported from tests/fixtures/backups/demo.json');
} catch (error) {
  const reason = error instanceof Error ? error.message : String(error);
  console.warn(
    `start: WARNING: could not import the demo crew (${reason}). Continuing without it.`,
  );
}
const tabs = {
  options,
  meet: await harness.openPage(ext.context, MEET_URL),
  calendar: await harness.openPage(ext.context, CALENDAR_URL),
};
for (const blank of blankTabs) await blank.close();

if (headless) {
  for (const [name, page] of Object.entries(tabs)) {
    await page.bringToFront();
    await page.waitForTimeout(500); // let content scripts draw their panels and badges
    const path = await harness.saveScreenshot(page, name, SCREENSHOT_DIR);
    console.log(`start: saved ${path}`);
  }
  await ext.close();
  await cleanUp();
  console.log(`start: screenshots are in ${SCREENSHOT_DIR}`);
} else {
  await tabs.options.bringToFront();
  console.log(`start: Chromium is open with Crewkit (extension id ${ext.extensionId}).
  Options:  ${ext.extensionUrl('options.html')}
  Meet:     ${MEET_URL} (fake call, served locally)
  Calendar: ${CALENDAR_URL} (fake week, served locally)
Close the browser (or press Ctrl+C) to stop.`);
  process.once('SIGINT', () => void ext.context.close());
  await new Promise((done) => ext.context.once('close', done));
  await cleanUp();
}
