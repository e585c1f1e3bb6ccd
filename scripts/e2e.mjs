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
const buildStatus = run('npx', ['wxt', 'build']);
if (buildStatus !== 0) {
  console.error('e2e: the production build failed; not running the browser tests.');
  process.exit(buildStatus);
}
process.exit(
  run('npx', ['vitest', 'run', '--config', 'vitest.e2e.config.ts', ...process.argv.slice(2)]),
);
