// `npm run test:e2e`: build what ships, then drive it in real Chromium.
// Extra arguments go to vitest, e.g. `npm run test:e2e -- tests/e2e/smoke.e2e.test.ts`.
import { spawnSync } from 'node:child_process';
import { requireChromium } from './find-chromium.mjs';

const chromium = requireChromium();
console.log(`e2e: using ${chromium}`);

function run(command, args) {
  const result = spawnSync(command, args, { stdio: 'inherit' });
  if (result.error) throw result.error;
  return result.status ?? 1;
}

// Google Calendar sync needs a client id at build time (README); the e2e build gets a test one,
// and signs in through the fake accounts.google.com the harness serves.
process.env.WXT_GOOGLE_CLIENT_ID ??= 'crewkit-e2e.apps.googleusercontent.com';
// The Firefox smoke (tests/e2e/firefox.e2e.test.ts) drives the Firefox build: build it too when
// that file runs (no file arguments means every file).
const files = process.argv.slice(2).filter((arg) => arg.includes('.e2e.test.'));
const builds = [['wxt', 'build']];
if (files.length === 0 || files.some((file) => file.includes('firefox'))) {
  builds.push(['wxt', 'build', '-b', 'firefox', '--mv3']);
}
for (const build of builds) {
  const buildStatus = run('npx', build);
  if (buildStatus !== 0) {
    console.error(
      `e2e: the production build failed (${build.join(' ')}); not running the browser tests.`,
    );
    process.exit(buildStatus);
  }
}
process.exit(
  run('npx', ['vitest', 'run', '--config', 'vitest.e2e.config.ts', ...process.argv.slice(2)]),
);
