// Every e2e test leaves pictures behind, so a reviewer can see what the user would have seen
// (test-results/ is git-ignored).
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { setColorScheme } from './browser.ts';

export const SCREENSHOT_DIR = resolve('test-results/screenshots');

export async function saveScreenshot(
  page: Page,
  name: string,
  dir = SCREENSHOT_DIR,
): Promise<string> {
  mkdirSync(dir, { recursive: true });
  const path = join(dir, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}

/** Saves `<name>-light.png` and `<name>-dark.png`, leaving the page in the light scheme. */
export async function shootBothThemes(page: Page, name: string): Promise<string[]> {
  const paths: string[] = [];
  for (const scheme of ['light', 'dark'] as const) {
    await setColorScheme(page, scheme);
    paths.push(await saveScreenshot(page, `${name}-${scheme}`));
  }
  await setColorScheme(page, 'light');
  return paths;
}
