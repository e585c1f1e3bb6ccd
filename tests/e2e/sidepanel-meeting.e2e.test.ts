// Issue 10 in the side panel: a meeting for typed-in names (no crew, no call) runs its agenda as
// the call panel does, the check-in turn by turn with its prompt, and comes back after the
// service worker is stopped and the side panel reloaded.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  collectConsole,
  type LaunchedExtension,
  launchWithExtension,
  stopServiceWorker,
} from './harness/browser.ts';
import { shootBothThemes } from './harness/screenshots.ts';
import { type FixtureServer, startFixtureServer } from './harness/servers.ts';

let server: FixtureServer;
let ext: LaunchedExtension;

beforeAll(async () => {
  server = await startFixtureServer();
  ext = await launchWithExtension({ server });
});

afterAll(async () => {
  await ext?.close();
  await server?.close();
});

const speaker = (page: Page) => page.getByTestId('current-speaker').textContent();
const place = (page: Page) => page.getByTestId('meeting-place').textContent();

describe('a meeting in the side panel', () => {
  test('runs the check-in turn by turn and survives a stopped worker and a reload', async () => {
    const page = await ext.openExtensionPage('sidepanel.html');
    await page.getByRole('heading', { name: 'Set up a round' }).waitFor();
    await page.getByLabel('Kind of round').selectOption('session-agenda');
    await page.getByLabel('Names').fill('Ada\nBashir\nChiara');
    await page.getByRole('button', { name: 'Show the order' }).click();
    await page.getByText('First: Check-in round').waitFor();
    await page.getByRole('button', { name: 'Start round' }).click();
    await expect.poll(() => speaker(page)).toBe('Ada');
    expect(await place(page)).toBe('Check-in round · 1 of 3 speakers · 60 min left in the meeting');
    await page.getByRole('button', { name: 'Next' }).click();
    await expect.poll(() => speaker(page)).toBe('Bashir');
    const prompt = await page.locator('.ck-prompt__text').textContent();
    expect(prompt?.length ?? 0).toBeGreaterThan(5);
    await shootBothThemes(page, 'sidepanel-meeting');

    await stopServiceWorker(page);
    await page.reload();
    await page.getByTestId('meeting-place').waitFor();
    expect(await speaker(page)).toBe('Bashir');
    expect(await place(page)).toMatch(/^Check-in round · 2 of 3 speakers · /);
    expect(await page.locator('.ck-prompt__text').textContent()).toBe(prompt);
    await page.getByRole('button', { name: 'Skip Open time' }).click();
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByRole('button', { name: 'Next' }).click();
    await expect.poll(() => place(page)).toMatch(/^Check-out round · 1 of 3 speakers · /);
    expect(collectConsole(page).errors).toEqual([]);
  });
});
