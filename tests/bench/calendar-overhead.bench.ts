// calendar-overhead-ratio (issue 9): main-thread task time (CDP Performance.getMetrics
// TaskDuration, in thread CPU time: ./main-thread.ts) on a week view with 300 events during 20
// navigations (grid replaced, URL pushed: tests/bench/calendar-week-page.ts), with Crewkit
// (calendar.google.com, 30 tagged chips a week) over the same page where Crewkit does not run
// (jitsi.example.org, no permission there).
// The sides run side by side, each page in a window of its own (harness openWindow), in sets of
// three over the same 20 weeks: at each week the pages move on in turn, 250 ms apart, in one
// order and then in the reverse at the next week (control, Crewkit, floor, floor, Crewkit,
// control, ...), so no navigation overlaps another and a change of machine load falls on all
// three alike. 8 sets, opened control-first in 4 and floor-first in the other 4; the figure is
// the median of the per-set ratios, its min and max and the absolute busy ms in `detail`. Measured
// one window after the other (until 2026-12-04), 8 pairs read 0.98-1.20 in one run and 0.95-1.26
// in another, and the floor's spread was wider still (0.84-1.38). The control window is checked
// to hold nothing of Crewkit (no badge, no element of ours, no shadow host), so a ratio near 1
// cannot come from Crewkit running on both. Budget 1.05; the test fails when over it.
//
// The third side of each set, `floor` in `detail`, is what any badge with text costs: the control
// page with one unstyled line of the same text appended to each tagged chip by the page's own
// script, in the same task as the grid's replacement (as Crewkit's observer does). Probes of
// 2026-12-02 read a plain text line at 1.08-1.13 of the control, against Crewkit's 1.12-1.16. A
// build timing Crewkit's own script in the page (not kept) read 55-140 ms per 20 navigations
// against the control's ~900 ms: its look at every chip and its drawing, about all of the gap
// above the floor.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { type LaunchedExtension, launchWithExtension, openWindow } from '../e2e/harness/browser.ts';
import { type FixtureServer, startFixtureServer } from '../e2e/harness/servers.ts';
import { TAG_EVERY, taggedBackup, weekPage } from './calendar-week-page.ts';
import { elapsed, type MainThreadTime, mainThreadClock } from './main-thread.ts';
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
      // Event n's chip shows "Event n" (calendar-week-page.ts).
      const n = Number(chip.querySelector('span')?.textContent?.slice(6));
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

/** One side's page, ready: its main thread's busy time is read before and after the weeks. */
interface Prepared {
  side: Side;
  page: Page;
  busy(): Promise<MainThreadTime>;
  finish(): Promise<void>;
}

async function prepareWindow(side: Side): Promise<Prepared> {
  const withCrewkit = side === 'crewkit';
  const host = withCrewkit ? 'calendar.google.com' : 'jitsi.example.org';
  const page: Page = await openWindow(ext.context, `https://${host}${PATH}`);
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
  const busy = await mainThreadClock(cdp);
  return {
    side,
    page,
    busy,
    async finish() {
      if (withCrewkit) {
        expect(await page.evaluate(() => document.querySelectorAll('crewkit-badge').length)).toBe(
          30,
        );
      }
      await cdp.detach();
      await page.close();
    },
  };
}

/**
 * The three sides in three windows (opened in `order`) over the same NAVIGATIONS weeks: at each
 * week the pages move on one after the other, STEP_MS apart, in `order` and then in reverse at the
 * next week, so no navigation overlaps another and each side meets the same moments of load.
 */
async function measureSet(order: readonly Side[]): Promise<Record<Side, MainThreadTime>> {
  const windows: Prepared[] = [];
  for (const side of order) windows.push(await prepareWindow(side));
  await windows[0]?.page.waitForTimeout(1000);
  const start = await Promise.all(windows.map((w) => w.busy()));
  for (let week = 1; week <= NAVIGATIONS; week++) {
    const turn = week % 2 === 1 ? windows : [...windows].reverse();
    for (const { page } of turn) {
      await page.evaluate(
        (w) => (window as unknown as { ckNavigate(w: number): void }).ckNavigate(w),
        week,
      );
      await page.waitForTimeout(STEP_MS);
    }
  }
  const end = await Promise.all(windows.map((w) => w.busy()));
  for (const w of windows) await w.finish();
  const set: Partial<Record<Side, MainThreadTime>> = {};
  windows.forEach((w, i) => {
    set[w.side] = elapsed(start[i] as MainThreadTime, end[i] as MainThreadTime);
  });
  return set as Record<Side, MainThreadTime>;
}

test('calendar-overhead-ratio', { timeout: 900_000 }, async () => {
  const sets: Record<Side, MainThreadTime>[] = [];
  for (let i = 0; i < PAIRS; i++) {
    // Opened control, Crewkit, floor, then floor, Crewkit, control: each first in half the sets.
    const order: Side[] =
      i % 2 === 0 ? ['control', 'crewkit', 'floor'] : ['floor', 'crewkit', 'control'];
    sets.push(await measureSet(order));
  }
  /** Each set's ms of one kind of work on one side. */
  const msOf = (side: Side, kind: keyof MainThreadTime = 'busy') =>
    sets.map((set) => set[side][kind]);
  const medianOf = (side: Side, kind?: keyof MainThreadTime) =>
    Math.round(median(msOf(side, kind)));
  const ratios = sets.map((set) => set.crewkit.busy / set.control.busy);
  const floors = sets.map((set) => set.floor.busy / set.control.busy);
  const round2 = (n: number) => Math.round(n * 100) / 100;
  const ok = reportBench({
    name: 'calendar-overhead-ratio',
    value: median(ratios),
    unit: 'ratio',
    budget: 1.05,
    detail: {
      pairs: PAIRS,
      order: 'side by side; opened control crewkit floor, then floor crewkit control',
      navigations: NAVIGATIONS,
      events: 300,
      ratioMin: round2(Math.min(...ratios)),
      ratioMax: round2(Math.max(...ratios)),
      busyMsControl: medianOf('control'),
      busyMsControlMin: Math.round(Math.min(...msOf('control'))),
      busyMsControlMax: Math.round(Math.max(...msOf('control'))),
      busyMsCrewkit: medianOf('crewkit'),
      busyMsCrewkitMin: Math.round(Math.min(...msOf('crewkit'))),
      busyMsCrewkitMax: Math.round(Math.max(...msOf('crewkit'))),
      ratios: ratios.map(round2).join(' '),
      floor: round2(median(floors)),
      floorMin: round2(Math.min(...floors)),
      floorMax: round2(Math.max(...floors)),
      busyMsFloor: medianOf('floor'),
      scriptMsControl: medianOf('control', 'script'),
      scriptMsCrewkit: medianOf('crewkit', 'script'),
      scriptMsFloor: medianOf('floor', 'script'),
      styleMsControl: medianOf('control', 'style'),
      styleMsCrewkit: medianOf('crewkit', 'style'),
      styleMsFloor: medianOf('floor', 'style'),
      layoutMsControl: medianOf('control', 'layout'),
      layoutMsCrewkit: medianOf('crewkit', 'layout'),
      layoutMsFloor: medianOf('floor', 'layout'),
    },
  });
  expect(ok).toBe(true);
});
