// Finds the Chromium the end-to-end tests and `npm start` drive. We never download Playwright's
// own browsers (the CI machine has no internet); Debian's package is the reference browser.
import { existsSync, realpathSync } from 'node:fs';
import { basename } from 'node:path';

export const CHROMIUM_CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
];

export const CHROMIUM_MISSING_MESSAGE =
  'Chromium not found. On Debian: apt-get install -y chromium, or set CHROMIUM_PATH=/path/to/chromium';

/** The browser to launch: CHROMIUM_PATH when set, else the first installed candidate, else null. */
export function findChromium(env = process.env) {
  const fromEnv = env.CHROMIUM_PATH?.trim();
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : null;
  return CHROMIUM_CANDIDATES.find((candidate) => existsSync(candidate)) ?? null;
}

/** Like findChromium, but prints how to install it and exits when there is none. */
export function requireChromium(env = process.env) {
  const found = findChromium(env);
  if (found) return found;
  if (env.CHROMIUM_PATH?.trim())
    console.error(`CHROMIUM_PATH=${env.CHROMIUM_PATH} does not exist.`);
  console.error(CHROMIUM_MISSING_MESSAGE);
  process.exit(1);
}

/**
 * Branded Google Chrome (137+) ignores --load-extension; Chromium, Chrome for Testing and Edge
 * Dev still honour it (reference/toolchain.md). We go by the resolved executable's name.
 */
export function isBrandedChrome(executablePath) {
  let resolved = executablePath;
  try {
    resolved = realpathSync(executablePath);
  } catch {
    // A path we cannot resolve is judged by its own name.
  }
  const names = `${basename(executablePath)} ${resolved}`.toLowerCase();
  if (names.includes('chrome-for-testing') || names.includes('chromium')) return false;
  return /google-chrome|google chrome|\/opt\/google\/chrome\//.test(names);
}

// `node scripts/find-chromium.mjs` prints the path, handy in CI logs.
if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(requireChromium());
}
