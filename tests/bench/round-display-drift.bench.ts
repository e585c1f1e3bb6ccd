// round-display-drift-ms (issue 3): a 2-minute turn whose page JavaScript is frozen for 25 s
// (CDP Debugger.pause: headless Chromium never hides a page, see reference/toolchain.md "Timers,
// audio and background tabs"), then resumed. Value: how far the countdown shown on the first
// frames back is from the true remaining time. The countdown shows whole seconds ("1:23" means
// more than 82 s and at most 83 s left), so the value is the distance from the true remaining time
// to the interval the text stands for: 0 when the screen is right. Budget 100 ms.
//
// Why 25 s and not most of two minutes: the display derives every number from Date.now() on each
// frame and stores no countdown, so the length of the freeze does not change the mechanism; 25 s
// keeps `npm run bench` short on the 2-core machine.
import { afterAll, beforeAll, expect, test } from 'vitest';
import { formatRemaining, remainingIntervalMs } from '../../lib/ui/panel/format.ts';
import { type LaunchedExtension, launchWithExtension } from '../e2e/harness/browser.ts';
import { type FixtureServer, startFixtureServer } from '../e2e/harness/servers.ts';
import { reportBench } from './report.ts';

const TURN_MS = 120_000;
const FREEZE_MS = 25_000;

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

test('round-display-drift-ms', async () => {
  const page = await ext.openExtensionPage('sidepanel.html');
  await page.getByLabel('Names').fill('Ada\nBashir');
  await page.getByLabel('Minutes', { exact: true }).fill('2');
  await page.getByRole('button', { name: 'Show the order' }).click();
  const start = page.getByRole('button', { name: 'Start round' });
  await start.waitFor();
  // The engine reads Date.now() inside the click handler, which runs synchronously here.
  const startedAt = await start.evaluate((button: HTMLElement) => {
    const at = Date.now();
    button.click();
    return at;
  });
  await page.getByRole('timer').waitFor();
  await page.waitForTimeout(3000);

  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Debugger.enable');
  await cdp.send('Debugger.pause');
  await new Promise((resolve) => setTimeout(resolve, FREEZE_MS));
  await cdp.send('Debugger.resume');
  const shown = await page.evaluate(
    () =>
      new Promise<{ text: string; now: number }>((resolve) => {
        const read = () =>
          resolve({
            text: document.querySelector('[role="timer"]')?.textContent ?? '',
            now: Date.now(),
          });
        // Two frames: the panel's own frame callback re-renders, then this one reads the screen.
        requestAnimationFrame(() => requestAnimationFrame(read));
      }),
  );
  await cdp.send('Debugger.disable');
  await cdp.detach();

  const trueRemaining = startedAt + TURN_MS - shown.now;
  const interval = remainingIntervalMs(shown.text);
  expect(interval).not.toBeNull();
  const { above, atMost } = interval ?? { above: 0, atMost: 0 };
  const drift =
    trueRemaining > atMost
      ? trueRemaining - atMost
      : trueRemaining <= above
        ? above - trueRemaining
        : 0;
  reportBench({
    name: 'round-display-drift-ms',
    value: drift,
    unit: 'ms',
    budget: 100,
    detail: {
      shown: shown.text,
      trueRemaining: formatRemaining(trueRemaining),
      trueRemainingMs: trueRemaining,
      freezeMs: FREEZE_MS,
    },
  });
  // Sanity: the freeze really happened while the turn ran (about 92 s left, not 117 s).
  expect(trueRemaining).toBeLessThan(TURN_MS - FREEZE_MS);
});
