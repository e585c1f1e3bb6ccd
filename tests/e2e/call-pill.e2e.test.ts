// Issue 8, "The collapsed pill shows the time": shrunk to the pill, the call panel counts down
// like the panel, and the pill's accessible name contains what it shows.
import { afterAll, beforeAll, expect, test } from 'vitest';
import { callFrame, openGuestCall, panel } from './call-helpers.ts';
import { collectConsole, type LaunchedExtension, launchWithExtension } from './harness/browser.ts';
import { saveScreenshot } from './harness/screenshots.ts';
import { type FixtureServer, startFixtureServer } from './harness/servers.ts';

let server: FixtureServer;
let ext: LaunchedExtension;

beforeAll(async () => {
  server = await startFixtureServer();
  server.route('meet.google.com', '/pil-ltim-eee', 'meet/in-call-5.html');
  ext = await launchWithExtension({ server });
});

afterAll(async () => {
  await ext?.close();
  await server?.close();
});

test('the pill counts down during a running turn and says so to a screen reader', async () => {
  const page = await openGuestCall(ext, 'https://meet.google.com/pil-ltim-eee');
  await panel(page).getByRole('button', { name: 'Show the order' }).click();
  await panel(page).getByRole('button', { name: 'Start round' }).click();
  const timer = panel(page).getByRole('timer');
  await timer.waitFor();
  const speaker = await panel(page).getByTestId('current-speaker').textContent();

  await panel(page).getByRole('button', { name: 'Shrink the panel' }).click();
  const pill = callFrame(page).locator('.ck-pill');
  await pill.waitFor();
  const first = (await pill.getByTestId('pill-time').textContent()) ?? '';
  expect(first).toContain(speaker ?? '?');
  expect(first).toMatch(/\d+:\d\d/);
  // The accessible name holds what the pill shows, then what pressing it does.
  const name = await pill.evaluate((button) => button.textContent?.replace(/\s+/g, ' ').trim());
  expect(name).toContain(first.replace(/\s+/g, ' ').trim());
  expect(name).toContain('Open the Crewkit panel');
  await callFrame(page)
    .getByRole('button', { name: new RegExp(`^${speaker}`) })
    .waitFor();
  await saveScreenshot(page, 'meet-pill-running');

  // Two seconds on, the pill shows two seconds less, without being touched.
  await page.waitForTimeout(2_100);
  const later = (await pill.getByTestId('pill-time').textContent()) ?? '';
  expect(later).not.toBe(first);
  const seconds = (text: string) => {
    const [m, s] = (text.match(/(\d+):(\d\d)/) ?? ['', '0', '0']).slice(1).map(Number);
    return (m ?? 0) * 60 + (s ?? 0);
  };
  expect(seconds(first) - seconds(later)).toBeGreaterThanOrEqual(2);
  expect(seconds(first) - seconds(later)).toBeLessThanOrEqual(3);

  // Expanded again, the panel and the pill agree.
  await pill.click();
  await timer.waitFor();
  expect(seconds((await timer.textContent()) ?? '')).toBeLessThanOrEqual(seconds(later));
  expect(collectConsole(page).errors).toEqual([]);
});
