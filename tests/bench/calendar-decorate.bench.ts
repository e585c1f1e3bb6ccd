// calendar-decorate-frames, calendar-decorate-scale and calendar-idle-observer-callbacks (issue 9):
// a week view with 300 events (every tenth a crew session, tests/bench/calendar-week-page.ts),
// navigated the way Calendar does (grid replaced, URL pushed, no reload), 40 times with each size.
// - frames: animation frames painted after the grid's replacement before every tagged chip shows
//   its badge, p95 over the 40 navigations to 300 events (budget 1).
// - scale: Crewkit's time from the page's replacement of the grid to the last badge with 300
//   events over the same with 30 (medians of 40 navigations each; budget 3). The page builds
//   the new grid before the clock starts, and its replacement call (the old grid out, the new
//   one in, before any of Crewkit runs) is timed apart and left out: it is the page's, about 3
//   times longer for 10 times the chips, and nearly all of the spread (a 30-event replacement
//   took 0.8 ms or, now and then, 5-11 ms on 2026-12-02). With it counted the figure read 1.9
//   in one run and 3.8 in the next on the same build; `detail` keeps both parts. Both sizes run
//   in one tab, alternating in ABBA order on weeks of their own (300-event weeks 1-20, 30-event
//   weeks 21-40), so a change of machine load hits both alike (run one after the other, the
//   figure read 2.9 in one run and 5.6 in the next). Each measured navigation leaves a grid of
//   its own size: an unmeasured one to a week already shown goes first (a 300-event grid
//   replaced by 30 events measured the old grid's removal too: 8-12 ms for 30 events).
// - idle: mutation batches on the page during 10 idle seconds after the navigations. The page does
//   nothing by itself, so any batch would be Crewkit's; Crewkit's observer is a MutationObserver,
//   so with 0 batches its callback cannot have run (budget 0).
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { type LaunchedExtension, launchWithExtension, openPage } from '../e2e/harness/browser.ts';
import { type FixtureServer, startFixtureServer } from '../e2e/harness/servers.ts';
import { TAG_EVERY, taggedBackup, weekPage } from './calendar-week-page.ts';
import { median, percentile, reportBench } from './report.ts';

const NAVIGATIONS = 20;
/**
 * Each size's weeks are shown this many times over: a median of 40 navigations, not 20. A
 * badge's part is about a millisecond, and a moment of the machine's other work falls into a
 * longer one more often: with 20 per size, the ratio read 2.8 in one run and 3.4 in the next on
 * one build (2026-12-03). A week shown again costs Crewkit what a new one does: it keeps nothing
 * per chip, and its text widths are known after the first weeks either way.
 */
const PASSES = 2;
/** Week 0 (the page's first), the 300-event weeks 1-20, then the 30-event weeks 21-40. */
const WEEKS = 2 * NAVIGATIONS + 1;
/** Where the unmeasured navigations go: the first week, shown with either size. */
const SETTLE_WEEK = 0;
const BIG = 300;
const SMALL = 30;
const eventsOfWeek = (week: number) => (week > NAVIGATIONS ? SMALL : BIG);
let server: FixtureServer;
let ext: LaunchedExtension;

beforeAll(async () => {
  server = await startFixtureServer();
  const page = weekPage(BIG);
  server.route('calendar.google.com', '/calendar/*', (_req, res) => {
    res.writeHead(200, {
      'content-type': 'text/html; charset=utf-8',
      // Cross-origin isolated, the page's clock reads to 5 µs instead of 100 µs: Crewkit's part
      // of a 30-event week is a few tenths of a millisecond. Nothing else about the page changes.
      'cross-origin-opener-policy': 'same-origin',
      'cross-origin-embedder-policy': 'require-corp',
    });
    res.end(page);
  });
  ext = await launchWithExtension({ server });
  const options = await ext.openExtensionPage('options.html');
  await options.getByLabel('Import a backup').setInputFiles({
    name: 'bench.json',
    mimeType: 'application/json',
    buffer: Buffer.from(taggedBackup(WEEKS, eventsOfWeek)),
  });
  // The import of 690 sessions takes about 0.2 s. The long waits are kept from when the options
  // page froze for up to minutes on it (its rotation list built a swap menu of every other session
  // for every row; fixed 2026-12-03): a freeze like it fails the run, with the page's text.
  await options.getByRole('button', { name: 'Replace everything' }).click({ timeout: 90_000 });
  await options
    .getByText(/^Imported 1 crew/)
    .waitFor({ timeout: 90_000 })
    .catch(async (error) => {
      throw new Error(`${error}: ${(await options.locator('body').innerText()).slice(0, 600)}`);
    });
  await options.close();
});

afterAll(async () => {
  await ext?.close();
  await server?.close();
});

interface Run {
  frames: number;
  ms: number;
  /** The page's replacement of the grid alone, before Crewkit's observer runs. */
  pageMs: number;
}

/** Navigates to `week` (its events as eventsOfWeek says) and measures its badges' arrival. */
function measure(page: Page, week: number): Promise<Run> {
  const events = eventsOfWeek(week);
  return page.evaluate(
    ([w, n, e]) =>
      (
        window as unknown as {
          ckMeasure(w: number, n: number, e: number): Promise<Run>;
        }
      ).ckMeasure(w as number, n as number, e as number),
    [week, events / TAG_EVERY, events],
  );
}

/**
 * PASSES * NAVIGATIONS of each size in one tab, in ABBA order (300, 30, 30, 300, ...), each after an
 * unmeasured one to SETTLE_WEEK with as many events.
 */
async function navigations(page: Page) {
  await page.waitForFunction(
    (n) => document.querySelectorAll('[role=main] crewkit-badge').length >= n,
    BIG / TAG_EVERY,
    { timeout: 20_000 },
  );
  const big: Run[] = [];
  const small: Run[] = [];
  for (let i = 0; i < PASSES * NAVIGATIONS; i++) {
    const week = 1 + (i % NAVIGATIONS);
    const steps = [
      { events: BIG, runs: big, week },
      { events: SMALL, runs: small, week: NAVIGATIONS + week },
    ];
    if (i % 2 === 1) steps.reverse();
    for (const { events, runs, week } of steps) {
      await page.evaluate(
        ([w, e]) =>
          (window as unknown as { ckNavigate(w: number, e: number): void }).ckNavigate(
            w as number,
            e as number,
          ),
        [SETTLE_WEEK, events],
      );
      await page.waitForTimeout(100);
      runs.push(await measure(page, week));
      await page.waitForTimeout(100);
    }
  }
  return { big, small };
}

test('calendar-decorate-frames, -scale and idle observer callbacks', async () => {
  const page = await openPage(
    ext.context,
    'https://calendar.google.com/calendar/u/0/r/week/2027/1/3',
  );
  expect(await page.evaluate(() => crossOriginIsolated)).toBe(true);
  const { big: bigRuns, small: smallRuns } = await navigations(page);
  await page.waitForTimeout(1000);
  const idle = await page.evaluate(() =>
    (window as unknown as { ckIdleMutations(ms: number): Promise<number> }).ckIdleMutations(10_000),
  );
  await page.close();

  const frames = bigRuns.map((r) => r.frames);
  const round = (n: number) => Math.round(n * 10) / 10;
  /** One size's times: the whole, the page's replacement, and Crewkit's part after it. */
  const summary = (runs: Run[]) => {
    const ms = runs.map((r) => r.ms);
    const crewkit = runs.map((r) => r.ms - r.pageMs);
    return {
      median: median(ms),
      min: Math.min(...ms),
      max: Math.max(...ms),
      pageMedian: median(runs.map((r) => r.pageMs)),
      crewkitMedian: median(crewkit),
      crewkitP25: percentile(crewkit, 25),
      crewkitMin: Math.min(...crewkit),
      crewkitMax: Math.max(...crewkit),
    };
  };
  const big = summary(bigRuns);
  const small = summary(smallRuns);
  const ok = [
    reportBench({
      name: 'calendar-decorate-frames',
      value: percentile(frames, 95),
      unit: 'frames (p95)',
      budget: 1,
      detail: {
        navigations: PASSES * NAVIGATIONS,
        events: BIG,
        tagged: BIG / TAG_EVERY,
        min: Math.min(...frames),
        max: Math.max(...frames),
        median: median(frames),
      },
    }),
    reportBench({
      name: 'calendar-decorate-scale',
      value: big.crewkitMedian / small.crewkitMedian,
      unit: "ratio 300/30 (Crewkit's part)",
      budget: 3,
      detail: {
        order: 'ABBA, one tab',
        msMedian300: round(big.median),
        msMin300: round(big.min),
        msMax300: round(big.max),
        msMedian30: round(small.median),
        msMin30: round(small.min),
        msMax30: round(small.max),
        pageMsMedian300: round(big.pageMedian),
        pageMsMedian30: round(small.pageMedian),
        crewkitMsMedian300: Math.round(big.crewkitMedian * 100) / 100,
        crewkitMsMin300: Math.round(big.crewkitMin * 100) / 100,
        crewkitMsMax300: Math.round(big.crewkitMax * 100) / 100,
        crewkitMsMedian30: Math.round(small.crewkitMedian * 100) / 100,
        crewkitMsMin30: Math.round(small.crewkitMin * 100) / 100,
        crewkitMsMax30: Math.round(small.crewkitMax * 100) / 100,
        withPageRatio: Math.round((big.median / small.median) * 1000) / 1000,
        p25Ratio: Math.round((big.crewkitP25 / small.crewkitP25) * 1000) / 1000,
      },
    }),
    reportBench({
      name: 'calendar-idle-observer-callbacks',
      value: idle,
      unit: 'mutation batches in 10 idle s',
      budget: 0,
    }),
  ];
  expect(ok).toEqual([true, true, true]);
});
