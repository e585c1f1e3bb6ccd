// meet-overhead-ratio and meet-overhead-ms-per-s (issue 8, "An overhead benchmark that sees what
// Meet does"): main-thread task time (CDP Performance.getMetrics TaskDuration, in the thread's
// CPU time: ./main-thread.ts) on a Meet-like call page that works like a real one
// (pages/meet-call-load.ts: ~4,000 elements, 200 class flips a second, live captions, a clock,
// tooltips), with Crewkit's panel open AND A ROUND RUNNING (the countdown on screen), divided by
// the very same page where Crewkit does not run.
//
// Robust on a shared, noisy machine: one browser serves both sides (the page at meet.google.com,
// where Crewkit runs, and the same bytes at jitsi.example.org, a host Crewkit has no permission
// for). Each pair's two pages run side by side, each in a fresh window of its own
// (harness openWindow), over the same 20 s: a change of machine load falls on both alike. Measured
// one after the other (as until 2026-12-04), the per-pair ratios of one run spread over 0.84-1.29
// and the same build read 1.09 in one run and 1.03 in the next, a spread larger than the
// budget's margin; side by side, two runs' pairs read 0.97-1.13 and 1.04-1.23 (2026-12-04):
// narrower, though the budget's margin is narrower still. Which page opens first
// alternates (control first, Crewkit first, ...): ABBA in the order of opening. Before the pairs,
// two control pages side by side give the instrument's own reading (`nullRatio` in `detail`,
// the second over the first: 1 when the two windows are alike). The figure is the median of the
// per-pair ratios, with min and max in `detail`. The control page is checked to hold nothing of
// Crewkit (no element, no content-script world), and the Crewkit page to hold both.
//
// A second figure, meet-overhead-ratio-speaking, measures the same with the panel's "show who
// seems to be speaking" estimate turned on through the settings; until that setting exists in
// the options page it is reported as n/a (value null, not over budget).
//
// A third, meet-overhead-ratio-any-call, is what every Meet call pays, crew or not: the same page
// at a meeting code that is no crew's, where Crewkit only watches the call and shows its
// "Open Crewkit" button (the panel stays closed). Same budget as the others.
import type { CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { type LaunchedExtension, launchWithExtension, openWindow } from '../e2e/harness/browser.ts';
import { callFrameOf } from '../e2e/harness/call-frame.ts';
import { type FixtureServer, startFixtureServer } from '../e2e/harness/servers.ts';
import { elapsed, type MainThreadTime, mainThreadClock } from './main-thread.ts';
import { CAPTION_WORD_MS, CLASS_FLIPS_PER_SECOND, meetCallPage } from './pages/meet-call-load.ts';
import { type BenchResult, median, reportBench } from './report.ts';

/**
 * Each window's length. 20 s, as in the issue's own measurement: with 10 s windows the per-pair
 * ratios of one run spread over 0.92-1.29 on a quiet machine (2026-12-03), wider than the
 * distance between the budget and no cost at all, and the same build read 1.04 in one run and
 * 1.19 in the next. A longer window averages more of the page's own irregular work (its timers,
 * garbage collection) into each side.
 */
const SECONDS = 20;
/**
 * At least 8 pairs (issue 8). MEET_OVERHEAD_PAIRS may ask for more, or fewer while iterating on a
 * change locally (a run of 8 takes minutes); a figure from fewer than 8 is never a result.
 */
const PAIRS = Number(process.env.MEET_OVERHEAD_PAIRS) || 8;
const SETTLE_MS = 1500;
const CALL_PATH = '/abc-defg-hij';
/** A meeting code that is no crew's (demo.json's only call is abc-defg-hij). */
const OTHER_CALL_PATH = '/xyz-abcd-efg';
const RATIO_BUDGET = 1.05;
const MS_PER_S_BUDGET = 2;
/** The options page's label for the speaking estimate (panel's setting, issue 8). */
const SPEAKING_SETTING = /seems to be speaking|speaking estimate|who is speaking/i;

let server: FixtureServer;
let ext: LaunchedExtension;
const overBudget: string[] = [];

beforeAll(async () => {
  server = await startFixtureServer();
  const html = meetCallPage();
  for (const host of ['meet.google.com', 'jitsi.example.org']) {
    for (const path of [CALL_PATH, OTHER_CALL_PATH]) {
      server.route(host, path, (_req, res) => {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        res.end(html);
      });
    }
  }
  ext = await launchWithExtension({ server });
  const options = await ext.openExtensionPage('options.html');
  await options.getByLabel('Import a backup').setInputFiles('tests/fixtures/backups/demo.json');
  await options.getByRole('button', { name: 'Replace everything' }).click();
  await options.getByText(/Imported 2 crew/).waitFor();
  await options.close();
});

afterAll(async () => {
  await ext?.close();
  await server?.close();
});

/** The panel is drawn in its own frame over the call (lib/features/call/frame-host.ts). */
const panel = (page: Page) =>
  page.locator('crewkit-call iframe').contentFrame().locator('[role="dialog"]');
const countdown = (page: Page) => panel(page).locator('.ck-countdown__time[role="timer"]');

/** Starts a round in the open panel unless one is already running (it resumes across tabs). */
async function ensureRoundRunning(page: Page): Promise<void> {
  await panel(page).waitFor({ timeout: 20_000 });
  for (let i = 0; i < 40 && (await countdown(page).count()) === 0; i++) {
    for (const name of ['Start round', 'Show the order', 'Resume']) {
      const button = panel(page).getByRole('button', { name, exact: true });
      if ((await button.count()) > 0 && (await button.first().isEnabled())) {
        await button.first().click();
        break;
      }
    }
    await page.waitForTimeout(250);
  }
  await countdown(page).waitFor({ timeout: 5_000 });
}

/** What of Crewkit the page holds: its elements, and content-script worlds of its extension. */
async function crewkitPresence(page: Page, cdp: CDPSession) {
  const worlds: string[] = [];
  cdp.on('Runtime.executionContextCreated', ({ context }) => {
    if (context.origin.includes(ext.extensionId)) worlds.push(context.name);
  });
  await cdp.send('Runtime.enable');
  await cdp.send('Runtime.disable');
  const elements = await page.evaluate(
    () =>
      [...document.querySelectorAll('*')].filter((el) => el.localName.startsWith('crewkit-'))
        .length,
  );
  return { elements, worlds: worlds.length };
}

interface Window extends MainThreadTime {
  elements: number;
  /**
   * The panel frame's own main thread (its renderer process, not the call page's), in the same
   * window: kept beside the figure so that what moved out of the page is still seen.
   */
  frameBusy: number;
}

/** Set once the speaking estimate is on: its part of the panel must then be on screen. */
let speakingOn = false;

/** The crew's call with a round running, or a call that is no crew's (the panel closed). */
type CallKind = 'round' | 'any-call';

/** A call page made ready for its window: the metrics are read from `start` to `finish`. */
interface Prepared {
  page: Page;
  start(): Promise<void>;
  finish(): Promise<Window>;
}

async function prepareWindow(withCrewkit: boolean, kind: CallKind): Promise<Prepared> {
  const host = withCrewkit ? 'meet.google.com' : 'jitsi.example.org';
  const path = kind === 'round' ? CALL_PATH : OTHER_CALL_PATH;
  const page = await openWindow(ext.context, `https://${host}${path}`);
  await page.waitForFunction(() => (window as { ckLoadStarted?: boolean }).ckLoadStarted);
  if (withCrewkit && kind === 'round') await ensureRoundRunning(page);
  if (withCrewkit && kind === 'any-call') {
    await page.locator('crewkit-launcher button').waitFor({ timeout: 20_000 });
    expect(await panel(page).count()).toBe(0);
  }
  if (withCrewkit && kind === 'round' && speakingOn)
    await panel(page).locator('.ck-talk').waitFor();
  // The same pointer on both sides: after "Start round" it would rest on the panel (hover
  // styles, hit tests on every frame) while the control page never had one.
  await page.mouse.move(0, 0);
  const cdp = await ext.context.newCDPSession(page);
  const presence = await crewkitPresence(page, cdp);
  // The control must hold nothing of Crewkit, and the Crewkit side must hold both, so this
  // check can see what it looks for.
  if (withCrewkit) {
    expect(presence.elements).toBeGreaterThan(0);
    expect(presence.worlds).toBeGreaterThan(0);
  } else expect(presence).toEqual({ elements: 0, worlds: 0 });
  const elements = await page.evaluate(() => document.querySelectorAll('*').length);
  const read = await mainThreadClock(cdp);
  const frameCdp =
    withCrewkit && kind === 'round'
      ? await ext.context.newCDPSession(await callFrameOf(page))
      : null;
  const frameRead = frameCdp ? await mainThreadClock(frameCdp) : null;
  const frameBusy = async () => (frameRead ? (await frameRead()).busy : 0);
  let begin: MainThreadTime | null = null;
  let frameBegin = 0;
  return {
    page,
    async start() {
      [begin, frameBegin] = await Promise.all([read(), frameBusy()]);
    },
    async finish() {
      const [end, frameEnd] = await Promise.all([read(), frameBusy()]);
      await frameCdp?.detach();
      if (withCrewkit && kind === 'round') expect(await countdown(page).count()).toBe(1);
      if (withCrewkit && kind === 'any-call') expect(await panel(page).count()).toBe(0);
      await cdp.detach();
      await page.close();
      if (!begin) throw new Error('finish() before start()');
      return { ...elapsed(begin, end), elements, frameBusy: frameEnd - frameBegin };
    },
  };
}

/**
 * Two call pages in two windows, measured over the same SECONDS: `sides` says which of them has
 * Crewkit, in the order they open (the one opened first has waited longest when the window starts).
 */
async function measureSideBySide(sides: readonly [boolean, boolean], kind: CallKind) {
  const first = await prepareWindow(sides[0], kind);
  const second = await prepareWindow(sides[1], kind);
  await second.page.waitForTimeout(SETTLE_MS);
  await Promise.all([first.start(), second.start()]);
  await second.page.waitForTimeout(SECONDS * 1000);
  return Promise.all([first.finish(), second.finish()]);
}

/** One pair: the control and the Crewkit page side by side, the control opened first or second. */
async function measurePair(controlFirst: boolean, kind: CallKind) {
  const [a, b] = await measureSideBySide(controlFirst ? [false, true] : [true, false], kind);
  return controlFirst ? { control: a, crewkit: b } : { control: b, crewkit: a };
}

/** PAIRS pairs in ABBA order; each pair's Crewkit window over its control window. */
async function measurePairs(kind: CallKind = 'round') {
  const pairs: { control: Window; crewkit: Window }[] = [];
  // The instrument's own reading first: two control pages side by side, the second over the first.
  const [nullFirst, nullSecond] = await measureSideBySide([false, false], kind);
  const nullRatio = nullSecond.busy / nullFirst.busy;
  // Windows opened A B, B A, A B, ...: the control opens first in half the pairs.
  for (let i = 0; i < PAIRS; i++) pairs.push(await measurePair(i % 2 === 0, kind));
  const ratios = pairs.map((p) => p.crewkit.busy / p.control.busy);
  const msPerS = pairs.map((p) => (p.crewkit.busy - p.control.busy) / SECONDS);
  const round2 = (n: number) => Math.round(n * 100) / 100;
  const detail = {
    pairs: PAIRS,
    ...(PAIRS < 8 ? { note: `only ${PAIRS} pairs (MEET_OVERHEAD_PAIRS): not a result` } : {}),
    order: 'ABBA, each pair side by side',
    nullRatio: round2(nullRatio),
    seconds: SECONDS,
    ratioMin: round2(Math.min(...ratios)),
    ratios: ratios.map(round2).join(' '),
    ratioMax: round2(Math.max(...ratios)),
    msPerSecondMin: round2(Math.min(...msPerS)),
    msPerSecondMax: round2(Math.max(...msPerS)),
    busyMsControl: Math.round(median(pairs.map((p) => p.control.busy))),
    busyMsCrewkit: Math.round(median(pairs.map((p) => p.crewkit.busy))),
    scriptMsControl: Math.round(median(pairs.map((p) => p.control.script))),
    scriptMsCrewkit: Math.round(median(pairs.map((p) => p.crewkit.script))),
    styleMsControl: Math.round(median(pairs.map((p) => p.control.style))),
    styleMsCrewkit: Math.round(median(pairs.map((p) => p.crewkit.style))),
    layoutMsControl: Math.round(median(pairs.map((p) => p.control.layout))),
    layoutMsCrewkit: Math.round(median(pairs.map((p) => p.crewkit.layout))),
    panelFrameMsPerSecond: round2(median(pairs.map((p) => p.crewkit.frameBusy)) / SECONDS),
    elementsControl: pairs[0]?.control.elements ?? 0,
    classFlipsPerSecond: CLASS_FLIPS_PER_SECOND,
    captionWordMs: CAPTION_WORD_MS,
  };
  return { ratio: median(ratios), msPerS: median(msPerS), detail };
}

function report(result: BenchResult): void {
  if (!reportBench(result)) overBudget.push(`${result.name} ${result.value} > ${result.budget}`);
}

/** Turns the speaking estimate on in the options page; false while the setting does not exist. */
async function turnOnSpeakingEstimate(): Promise<boolean> {
  const options = await ext.openExtensionPage('options.html');
  try {
    const setting = options.getByRole('checkbox', { name: SPEAKING_SETTING });
    // The settings are among the sections that load after the crew's sessions.
    const exists = await setting
      .first()
      .waitFor({ timeout: 10_000 })
      .then(() => true)
      .catch(() => false);
    if (!exists) return false;
    await setting.first().check();
    await options.getByText('Saved.').waitFor();
    return setting.first().isChecked();
  } finally {
    await options.close();
  }
}

test('meet-overhead-ratio with a round running, on any call, and with the speaking estimate on', async () => {
  const running = await measurePairs();
  report({
    name: 'meet-overhead-ratio',
    value: running.ratio,
    unit: 'ratio',
    budget: RATIO_BUDGET,
    detail: { ...running.detail, panel: 'open, round running' },
  });
  report({
    name: 'meet-overhead-ms-per-s',
    value: running.msPerS,
    unit: 'ms/s',
    budget: MS_PER_S_BUDGET,
    detail: { ...running.detail, panel: 'open, round running' },
  });

  const anyCall = await measurePairs('any-call');
  report({
    name: 'meet-overhead-ratio-any-call',
    value: anyCall.ratio,
    unit: 'ratio',
    budget: RATIO_BUDGET,
    detail: {
      ...anyCall.detail,
      panel: "closed: a call that is no crew's, the launcher shown",
      msPerSecond: Math.round(anyCall.msPerS * 100) / 100,
    },
  });

  speakingOn = await turnOnSpeakingEstimate();
  if (speakingOn) {
    const speaking = await measurePairs();
    report({
      name: 'meet-overhead-ratio-speaking',
      value: speaking.ratio,
      unit: 'ratio',
      budget: RATIO_BUDGET,
      detail: {
        ...speaking.detail,
        msPerSecond: Math.round(speaking.msPerS * 100) / 100,
        // The estimate's own share (issue 8, CONTRACTS.md): what it adds to the round-running
        // figure of the same run, in ms per second of call (medians of each run's pairs).
        speakingShareMsPerSecond: Math.round((speaking.msPerS - running.msPerS) * 100) / 100,
      },
    });
  } else {
    report({
      name: 'meet-overhead-ratio-speaking',
      value: null,
      unit: 'ratio',
      budget: RATIO_BUDGET,
      detail: { note: 'n/a: the speaking estimate setting is not in the options page yet' },
    });
  }

  // The benchmark itself fails when over budget, not only the wrapper script.
  expect(overBudget).toEqual([]);
}, 2_400_000);
