// Issue 3's side panel in the shipped build: a quick round of three names with a pass and a
// pause; then the service worker is stopped and the page reloaded mid-turn, and the round must
// resume on the same speaker with the right remaining time. Screenshots of setup, running,
// overtime and summary in both themes.
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

const timerText = (page: Page) => page.getByRole('timer').textContent();
const speaker = (page: Page) => page.getByTestId('current-speaker').textContent();
/** The turn's end as the panel rendered it (ms since the epoch), and the page's clock now. */
const turnEnd = (page: Page) =>
  page.getByRole('timer').evaluate((el) => ({
    endsAt: Number(el.getAttribute('data-ends-at')),
    now: Date.now(),
    text: el.textContent ?? '',
  }));

/** Seconds shown on a countdown like "2:47". */
function shownSeconds(text: string): number {
  const [minutes, seconds] = text.split(':').map(Number);
  return (minutes ?? 0) * 60 + (seconds ?? 0);
}

async function setUpQuickRound(page: Page, names: string[]) {
  await page.getByRole('heading', { name: 'Set up a round' }).waitFor();
  await expect.poll(() => page.getByLabel('Round for').inputValue()).toBe('');
  await page.getByLabel('Names').fill(names.join('\n'));
}

describe('side panel', () => {
  test('a quick round survives a stopped service worker and a reload, on the same speaker', async () => {
    const page = await ext.openExtensionPage('sidepanel.html');
    await setUpQuickRound(page, ['Ada', 'Bashir', 'Chiara']);
    await shootBothThemes(page, 'sidepanel-setup');

    await page.getByRole('button', { name: 'Show the order' }).click();
    await page.getByText('Ada starts').waitFor();
    await page.getByRole('button', { name: 'Start round' }).click();
    await expect.poll(() => timerText(page)).toBe('3:00');
    expect(await speaker(page)).toBe('Ada');

    await page.getByRole('button', { name: 'Pass' }).click();
    await expect.poll(() => speaker(page)).toBe('Bashir');
    await page.getByRole('button', { name: 'Pause' }).click();
    await page.getByRole('button', { name: 'Resume' }).waitFor();
    await page.waitForTimeout(1500);
    await page.getByRole('button', { name: 'Resume' }).click();
    await page.waitForTimeout(1200);
    const before = await turnEnd(page);
    const promptBefore = await page.locator('.ck-prompt__text').textContent();
    expect(promptBefore?.length ?? 0).toBeGreaterThan(5);
    await shootBothThemes(page, 'sidepanel-running');

    await stopServiceWorker(page);
    await page.reload();
    await page.getByRole('timer').waitFor();
    expect(await speaker(page)).toBe('Bashir');
    // The round's prompt is kept with it, so the reload does not lose it.
    expect(await page.locator('.ck-prompt__text').textContent()).toBe(promptBefore);
    const after = await turnEnd(page);
    // The same turn end to the millisecond: nothing was lost or re-counted by the reload.
    expect(after.endsAt).toBe(before.endsAt);
    // And the countdown shows it: within a second of the true remaining time.
    const trueRemainingS = (after.endsAt - after.now) / 1000;
    expect(Math.abs(shownSeconds(after.text) - trueRemainingS)).toBeLessThanOrEqual(1);
    // Bashir had 3:00 minus the ~1.2 s he spoke after the pause: the pause did not count.
    expect(shownSeconds(after.text)).toBeGreaterThanOrEqual(175);
    expect(await page.locator('[aria-current="true"]').textContent()).toContain('Bashir');

    // Chiara, then Ada (who passed to the end) passes for real: the round is complete.
    await page.getByRole('button', { name: 'Next' }).click();
    await expect.poll(() => speaker(page)).toBe('Chiara');
    await page.getByRole('button', { name: 'Next' }).click();
    await expect.poll(() => speaker(page)).toBe('Ada');
    await page.getByRole('button', { name: 'Pass' }).click();
    await page.getByRole('heading', { name: 'Round complete' }).waitFor();
    expect(await page.getByRole('row', { name: /Ada/ }).textContent()).toMatch(/passed/);
    await shootBothThemes(page, 'sidepanel-summary');
    await page.getByRole('button', { name: 'New round' }).click();
    // The names are remembered for next time.
    await expect.poll(() => page.getByLabel('Names').inputValue()).toBe('Ada\nBashir\nChiara');
    expect(collectConsole(page).errors).toEqual([]);
    await page.close();
  });

  test('overtime counts up gently, in words, with an icon', async () => {
    const page = await ext.context.newPage();
    collectConsole(page);
    await page.clock.install({ time: Date.now() });
    await page.goto(ext.extensionUrl('sidepanel.html'));
    await setUpQuickRound(page, ['Ada', 'Bashir', 'Chiara']);
    await page.getByRole('button', { name: 'Show the order' }).click();
    await page.getByRole('button', { name: 'Start round' }).click();
    await expect.poll(() => timerText(page)).toBe('3:00');
    await page.clock.runFor(180_000 + 12_500);
    await expect.poll(() => timerText(page)).toBe('+0:12 over');
    expect(await page.getByRole('timer').locator('svg').count()).toBe(1);
    await page.getByText("time's up — no rush").waitFor();
    await shootBothThemes(page, 'sidepanel-overtime');
    await page.getByRole('button', { name: 'End round' }).click();
    expect(collectConsole(page).errors).toEqual([]);
    await page.close();
  });
});
