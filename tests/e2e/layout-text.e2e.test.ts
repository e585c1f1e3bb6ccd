// Issue 11, "text resizes to 200 % without loss": the browser's default text size set to twice
// its 16 px (CDP Page.setFontSizes, what Chromium's "Font size" setting changes; zoom is another
// thing), then the options page, the side panel and the call panel are checked: their text
// really grew, and nothing is cut off (harness/axe-layout.ts). Screenshots go to
// test-results/screenshots-200/.
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { crewBackup, openGuestCall, panel } from './call-helpers.ts';
import { cutOffText } from './harness/axe-layout.ts';
import { type LaunchedExtension, launchWithExtension } from './harness/browser.ts';
import { CALL_HOST, callFrameOf, scopeFor } from './harness/call-frame.ts';
import { type FixtureServer, startFixtureServer } from './harness/servers.ts';

const DIR = resolve('test-results/screenshots-200');
let server: FixtureServer;
let ext: LaunchedExtension;

const sessions = new WeakMap<Page, CDPSession>();

/**
 * Doubles the browser's default text size (16 px → 32 px) for this page, and for the call
 * panel's frame on it: the setting reaches every frame, the CDP command only its own target's
 * (the frame is drawn by another process, lib/features/call/frame-host.ts).
 */
async function doubleText(page: Page, host?: string): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  sessions.set(page, cdp);
  const targets = [cdp];
  if (host === CALL_HOST) targets.push(await page.context().newCDPSession(await callFrameOf(page)));
  for (const target of targets) {
    await target.send('Page.enable');
    await target.send('Page.setFontSizes', { fontSizes: { standard: 32, fixed: 26 } });
  }
}

/** The computed font size, in px, of the first element matching `selector` (shadow roots too). */
async function fontSize(page: Page, selector: string, hostSelector?: string): Promise<number> {
  // The call panel is read in its own frame (tests/e2e/harness/call-frame.ts).
  const { target, host } = await scopeFor(page, hostSelector);
  return target.evaluate(
    ([sel, hostSel]) => {
      const scope = hostSel ? document.querySelector(hostSel)?.shadowRoot : document;
      const el = scope?.querySelector(sel);
      return el ? Number.parseFloat(getComputedStyle(el).fontSize) : Number.NaN;
    },
    [selector, host] as const,
  );
}

/**
 * Nothing cut off, with the text still doubled, and a picture of it. Taken through the page's own
 * CDP session: Playwright's screenshot resets the font sizes to the defaults (seen 2026-12).
 */
async function check(page: Page, name: string, root?: string): Promise<void> {
  const rootSize = await page.evaluate(() => getComputedStyle(document.documentElement).fontSize);
  expect(rootSize, `${name}: the text is still at 200 %`).toBe('32px');
  expect(await cutOffText(page, root), name).toEqual([]);
  const shot = await sessions.get(page)?.send('Page.captureScreenshot', { format: 'png' });
  if (!shot) throw new Error('doubleText(page) first');
  mkdirSync(DIR, { recursive: true });
  writeFileSync(resolve(DIR, `${name}.png`), Buffer.from(shot.data, 'base64'));
}

beforeAll(async () => {
  server = await startFixtureServer();
  server.route('meet.google.com', '/big-text-tst', 'meet/in-call-5.html');
  ext = await launchWithExtension({ server });
});

afterAll(async () => {
  await ext?.close();
  await server?.close();
});

describe('text at 200 %', () => {
  test('options page: welcome, a crew with its rotation, the crew form', async () => {
    const page = await ext.openExtensionPage('options.html');
    await page.getByRole('button', { name: 'Set up your first crew' }).waitFor();
    const before = await fontSize(page, '.ck-welcome p');
    await doubleText(page);
    expect(await fontSize(page, '.ck-welcome p')).toBeCloseTo(before * 2, 0);
    await check(page, 'options-welcome');

    await page.getByLabel('Import a backup').setInputFiles({
      name: 'crew.json',
      mimeType: 'application/json',
      buffer: Buffer.from(crewBackup()),
    });
    await page.getByRole('button', { name: 'Replace everything' }).click();
    await page.getByRole('heading', { name: 'Tuesday Crew' }).waitFor();
    await check(page, 'options-rotation');
    await page.getByRole('button', { name: 'Edit crew' }).click();
    await page.getByLabel('Crew name').waitFor();
    await check(page, 'options-edit-crew');
    await page.close();
  });

  test('side panel: setup, running, summary', async () => {
    const page = await ext.openExtensionPage('sidepanel.html');
    await page.setViewportSize({ width: 360, height: 800 });
    await page.getByRole('heading', { name: 'Set up a round' }).waitFor();
    const before = await fontSize(page, '.ck-setup__go');
    await doubleText(page);
    expect(await fontSize(page, '.ck-setup__go')).toBeCloseTo(before * 2, 0);
    await page.getByLabel('Round for').selectOption('');
    await page.getByLabel('Names').fill('Ada\nBashir\nChiara');
    await check(page, 'sidepanel-setup');
    await page.getByRole('button', { name: 'Show the order' }).click();
    await page.getByRole('button', { name: 'Start round' }).click();
    await page.getByRole('timer').waitFor();
    await check(page, 'sidepanel-running');
    await page.getByRole('button', { name: 'End round' }).click();
    await page.getByRole('heading', { name: 'Round complete' }).waitFor();
    await check(page, 'sidepanel-summary');
    await page.close();
  });

  test('call panel: setup, running, summary', async () => {
    const page = await openGuestCall(ext, 'https://meet.google.com/big-text-tst');
    const before = await fontSize(page, '.ck-setup__go', 'crewkit-call');
    await doubleText(page, 'crewkit-call');
    expect(await fontSize(page, '.ck-setup__go', 'crewkit-call')).toBeCloseTo(before * 2, 0);
    await check(page, 'meet-panel-setup', 'crewkit-call');
    await panel(page).getByRole('button', { name: 'Show the order' }).click();
    await panel(page).getByRole('button', { name: 'Start round' }).click();
    await panel(page).getByRole('timer').waitFor();
    await check(page, 'meet-panel-running', 'crewkit-call');
    await panel(page).getByRole('button', { name: 'End round' }).click();
    await panel(page).getByRole('heading', { name: 'Round complete' }).waitFor();
    await check(page, 'meet-panel-summary', 'crewkit-call');
    await page.close();
  });
});
