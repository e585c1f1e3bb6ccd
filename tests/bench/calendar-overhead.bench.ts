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
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { type LaunchedExtension, launchWithExtension, openPage } from '../e2e/harness/browser.ts';
import { type FixtureServer, startFixtureServer } from '../e2e/harness/servers.ts';
import { taggedBackup, weekPage } from './calendar-week-page.ts';
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
  // The options page is busy while it reads the backup on a loaded machine: wait long.
  await options.getByRole('button', { name: 'Replace everything' }).click({ timeout: 90_000 });
  await options.getByText(/^Imported 1 crew/).waitFor({ timeout: 90_000 });
  await options.close();
});

afterAll(async () => {
  await ext?.close();
  await server?.close();
});

async function measureWindow(withCrewkit: boolean): Promise<number> {
  const host = withCrewkit ? 'calendar.google.com' : 'jitsi.example.org';
  const page: Page = await openPage(ext.context, `https://${host}${PATH}`);
  try {
    await page.waitForFunction(() => (window as { ckLoaded?: boolean }).ckLoaded);
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

test('calendar-overhead-ratio', { timeout: 600_000 }, async () => {
  const pairs: { control: number; crewkit: number }[] = [];
  for (let i = 0; i < PAIRS; i++) {
    // A B B A A B B A ...: each side goes first in half the pairs.
    if (i % 2 === 0) {
      const control = await measureWindow(false);
      pairs.push({ control, crewkit: await measureWindow(true) });
    } else {
      const crewkit = await measureWindow(true);
      pairs.push({ crewkit, control: await measureWindow(false) });
    }
  }
  const ratios = pairs.map((p) => p.crewkit / p.control);
  const round2 = (n: number) => Math.round(n * 100) / 100;
  const ok = reportBench({
    name: 'calendar-overhead-ratio',
    value: median(ratios),
    unit: 'ratio',
    budget: 1.05,
    detail: {
      pairs: PAIRS,
      order: 'ABBA',
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
    },
  });
  expect(ok).toBe(true);
});
