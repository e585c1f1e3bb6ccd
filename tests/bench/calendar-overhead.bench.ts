// calendar-overhead-ratio (issue 9): main-thread task time (CDP Performance.getMetrics
// TaskDuration, in thread CPU time) on a week view with 300 events during 20 navigations (grid replaced, URL pushed:
// tests/bench/calendar-week-page.ts), with Crewkit (calendar.google.com, 30 tagged chips a week)
// over the same page where Crewkit does not run (jitsi.example.org, no permission there).
// ABBA windows in one browser so machine load hits both sides alike: 8 pairs (4 control-first,
// 4 Crewkit-first), the median of per-pair ratios, its min and max and the absolute busy ms in
// `detail`. 4 pairs gave 1.17 with a range of 0.80-1.47 on a quiet machine: one noisy window
// moved the median. The control window is checked to hold nothing of Crewkit (no badge, no
// element of ours, no shadow host), so a ratio near 1 cannot come from Crewkit running on both.
// Budget 1.05; the test fails when over it.
//
// A third window in each set, `floor` in `detail`, is what any badge with text costs: the control
// page with one unstyled line of the same text appended to each tagged chip by the page's own
// script, in the same task as the grid's replacement (as Crewkit's observer does). Probes of
// 2026-12-02 read a plain text line at 1.08-1.13 of the control, against Crewkit's 1.12-1.16. A
// build timing Crewkit's own script in the page (not kept) read 55-140 ms per 20 navigations
// against the control's ~900 ms: its look at every chip and its drawing, about all of the gap
// above the floor.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { type LaunchedExtension, launchWithExtension, openPage } from '../e2e/harness/browser.ts';
import { type FixtureServer, startFixtureServer } from '../e2e/harness/servers.ts';
import { TAG_EVERY, taggedBackup, weekPage } from './calendar-week-page.ts';
import { median, reportBench } from './report.ts';

const NAVIGATIONS = 20;
const PAIRS = 8;
const STEP_MS = 250;
const PATH = '/calendar/u/0/r/week/2027/1/3';
let server: FixtureServer;
let ext: LaunchedExtension;

beforeAll(async () => {
  server = await startFixtureServer();
  const html = weekPage(300);
  for (const host of ['calendar.google.com', 'jitsi.example.org']) {
    server.route(host, '/calendar/*', (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(html);
    });
  }
  ext = await launchWithExtension({ server });
  const options = await ext.openExtensionPage('options.html');
  await options.getByLabel('Import a backup').setInputFiles({
    name: 'bench.json',
    mimeType: 'application/json',
    buffer: Buffer.from(taggedBackup(NAVIGATIONS + 1, 300)),
  });
  // The import of 630 sessions takes about 0.2 s. The long waits are kept from when the options
  // page froze for up to minutes on it (its rotation list built a swap menu of every other session
  // for every row; fixed 2026-12-03): a freeze like it fails the run.
  await options.getByRole('button', { name: 'Replace everything' }).click({ timeout: 90_000 });
  await options.getByText(/^Imported 1 crew/).waitFor({ timeout: 90_000 });
  await options.close();
});

afterAll(async () => {
  await ext?.close();
  await server?.close();
});

/**
 * The floor: on the control page, the page's own script appends one plain line of a badge's text
 * to every tagged chip of each new grid (every TAG_EVERY-th event, as taggedBackup tags them).
 */
function appendPlainLines(tagEvery: number): void {
  const hosts = ['Ada', 'Bashir', 'Chiara', 'Dmitri', 'Eun-ji'];
  let week = 0;
  const line = (main: Element) => {
    for (const chip of main.querySelectorAll('[data-eventid]')) {
      const n = Number(/x(\d+) /.exec(atob(chip.getAttribute('data-eventid') ?? ''))?.[1]);
      if (n % tagEvery !== 0) continue;
      const div = document.createElement('div');
      const index = week * 30 + n / tagEvery + 1;
      div.textContent = `Tuesday Crew · ${index} · ${hosts[(n / tagEvery) % hosts.length]}`;
      chip.append(div);
    }
  };
  for (const main of document.querySelectorAll('[role=main]')) line(main);
  new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (node instanceof Element && node.getAttribute('role') === 'main') {
          week++;
          line(node);
        }
      }
    }
  }).observe(document.body, { childList: true });
}

type Side = 'control' | 'crewkit' | 'floor';

async function measureWindow(side: Side): Promise<number> {
  const withCrewkit = side === 'crewkit';
  const host = withCrewkit ? 'calendar.google.com' : 'jitsi.example.org';
  const page: Page = await openPage(ext.context, `https://${host}${PATH}`);
  try {
    await page.waitForFunction(() => (window as { ckLoaded?: boolean }).ckLoaded);
    if (side === 'floor') await page.evaluate(appendPlainLines, TAG_EVERY);
    if (withCrewkit) {
      await page.waitForFunction(
        () => document.querySelectorAll('crewkit-badge').length >= 30,
        null,
        {
          timeout: 20_000,
        },
      );
    }
    await page.waitForTimeout(1000);
    const ours = await page.evaluate(() => ({
      badges: document.querySelectorAll('crewkit-badge').length,
      // Anything Crewkit adds is a `crewkit-*` element or carries a `data-crewkit*` attribute.
      elements: [...document.querySelectorAll('*')].filter(
        (e) =>
          e.localName.startsWith('crewkit-') ||
          e.shadowRoot !== null ||
          [...e.attributes].some((a) => a.name.startsWith('data-crewkit')),
      ).length,
    }));
    if (withCrewkit) expect(ours.badges).toBeGreaterThanOrEqual(30);
    else expect(ours).toEqual({ badges: 0, elements: 0 });
    const cdp = await ext.context.newCDPSession(page);
    // Durations in the main thread's CPU time, not wall time: on a shared 2-core machine a task
    // preempted by another process would otherwise count the other process's time as ours.
    await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
    const busy = async () =>
      (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'TaskDuration')
        ?.value ?? 0;
    const start = await busy();
    for (let week = 1; week <= NAVIGATIONS; week++) {
      await page.evaluate(
        (w) => (window as unknown as { ckNavigate(w: number): void }).ckNavigate(w),
        week,
      );
      await page.waitForTimeout(STEP_MS);
    }
    const end = await busy();
    if (withCrewkit) {
      expect(await page.evaluate(() => document.querySelectorAll('crewkit-badge').length)).toBe(30);
    }
    await cdp.detach();
    return (end - start) * 1000;
  } finally {
    await page.close();
  }
}

test('calendar-overhead-ratio', { timeout: 900_000 }, async () => {
  const pairs: Record<Side, number>[] = [];
  for (let i = 0; i < PAIRS; i++) {
    // A B C C B A A B C ...: Crewkit and the control each go first in half the sets.
    const order: Side[] =
      i % 2 === 0 ? ['control', 'crewkit', 'floor'] : ['floor', 'crewkit', 'control'];
    const set: Partial<Record<Side, number>> = {};
    for (const side of order) set[side] = await measureWindow(side);
    pairs.push(set as Record<Side, number>);
  }
  const ratios = pairs.map((p) => p.crewkit / p.control);
  const floors = pairs.map((p) => p.floor / p.control);
  const round2 = (n: number) => Math.round(n * 100) / 100;
  const ok = reportBench({
    name: 'calendar-overhead-ratio',
    value: median(ratios),
    unit: 'ratio',
    budget: 1.05,
    detail: {
      pairs: PAIRS,
      order: 'control crewkit floor, then floor crewkit control',
      navigations: NAVIGATIONS,
      events: 300,
      ratioMin: round2(Math.min(...ratios)),
      ratioMax: round2(Math.max(...ratios)),
      busyMsControl: Math.round(median(pairs.map((p) => p.control))),
      busyMsControlMin: Math.round(Math.min(...pairs.map((p) => p.control))),
      busyMsControlMax: Math.round(Math.max(...pairs.map((p) => p.control))),
      busyMsCrewkit: Math.round(median(pairs.map((p) => p.crewkit))),
      busyMsCrewkitMin: Math.round(Math.min(...pairs.map((p) => p.crewkit))),
      busyMsCrewkitMax: Math.round(Math.max(...pairs.map((p) => p.crewkit))),
      ratios: ratios.map(round2).join(' '),
      floor: round2(median(floors)),
      floorMin: round2(Math.min(...floors)),
      floorMax: round2(Math.max(...floors)),
      busyMsFloor: Math.round(median(pairs.map((p) => p.floor))),
    },
  });
  expect(ok).toBe(true);
});
