// Issue 11: the Firefox build in a real Firefox (Debian's firefox-esr over WebDriver BiDi). What
// differs from Chromium and is exercised here: the add-on is installed temporarily (no
// --load-extension), Firefox has no sidePanel API (the sidebar page is `sidebar_action`'s, opened
// here in a tab), the Meet call panel arrives through `scripting.executeScript` from the
// background's event page, and Meet's host name is mapped by `network.dns.localDomains` onto a
// fixture server on 127.0.0.1:443 (Firefox has no host-resolver rules).
import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Frame, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { tuesdayCrewOnly } from './call-helpers.ts';
import {
  clickButton,
  hasFirefox,
  type LaunchedFirefox,
  launchFirefoxWithExtension,
  waitForText,
} from './harness/firefox.ts';
import { FIXTURE_PAGES_DIR, type FixtureServer, startFixtureServer } from './harness/servers.ts';

const CREW_CALL = 'https://meet.google.com/abc-defg-hij';
let server: FixtureServer;
let firefox: LaunchedFirefox;

/** The demo crew, with its series moved so that session 1 started ten minutes ago. */
function crewBackupFile(): string {
  // The Tuesday Crew alone: the demo also holds a crew with history (the pathway's).
  const demo = tuesdayCrewOnly(
    JSON.parse(readFileSync('tests/fixtures/backups/demo.json', 'utf8')),
  );
  const first = Date.now() - 10 * 60_000;
  demo.series[0].startsAt = new Date(first).toISOString();
  for (const session of demo.sessions) {
    session.startsAt = new Date(first + (session.index - 1) * 7 * 24 * 3600_000).toISOString();
  }
  const path = join(tmpdir(), `crewkit-firefox-crew-${process.pid}.json`);
  writeFileSync(path, JSON.stringify(demo));
  return path;
}

function fixtureBody(name: string): string {
  const html = readFileSync(`${FIXTURE_PAGES_DIR}meet/${name}`, 'utf8');
  return html.slice(html.indexOf('<body'), html.lastIndexOf('</body>') + 7);
}

/** Meet changes state without reloading: replace the page's body, keeping Crewkit's hosts. */
/**
 * The call panel's frame (lib/features/call/frame-host.ts). Found by where its document is:
 * puppeteer over BiDi keeps the frame's first address, about:blank, as its url() (seen with
 * Firefox ESR, 2026-12), though the frame holds the panel's page.
 */
async function callPanelFrame(page: Page): Promise<Frame> {
  for (let attempt = 0; attempt < 60; attempt++) {
    for (const frame of page.frames()) {
      if (frame === page.mainFrame()) continue;
      const href = await frame.evaluate(() => location.href).catch(() => '');
      if (href.includes('/call-frame.html')) return frame;
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error('no call panel frame on the page');
}

async function becomes(page: Page, fixture: string): Promise<void> {
  await page.evaluate((markup) => {
    const parsed = new DOMParser().parseFromString(`<html>${markup}</html>`, 'text/html');
    for (const child of [...document.body.children]) {
      if (!child.tagName.toLowerCase().startsWith('crewkit-')) child.remove();
    }
    document.body.prepend(...parsed.body.childNodes);
  }, fixtureBody(fixture));
}

const timer = (page: Page | Frame, scope = '') =>
  page.$eval(`${scope}${scope ? ' >>> ' : ':scope >>> '}[role="timer"]`, (el) => el.textContent);

// Needs /usr/bin/firefox-esr and port 443 (root). CI has both (.ci/run installs Firefox) and
// must run it; a developer machine without them skips it rather than failing for that reason.
const canRun = hasFirefox() && process.getuid?.() === 0;

describe.skipIf(!canRun && !process.env.CI)('the Firefox build in Firefox ESR', () => {
  beforeAll(async () => {
    server = await startFixtureServer({ port: 443 });
    server.route('meet.google.com', '/abc-defg-hij', 'meet/lobby.html');
    firefox = await launchFirefoxWithExtension();
  });

  afterAll(async () => {
    await firefox?.close();
    await server?.close();
  });

  test('the options page imports the demo crew', async () => {
    const options = await firefox.openExtensionPage('options.html', 'input[type="file"]');
    const input = await options.$('input[type="file"]');
    await input?.uploadFile(crewBackupFile());
    await clickButton(options, 'Replace everything');
    await waitForText(options, 'Imported 1 crew and 6 sessions.');
    await waitForText(options, 'Tuesday Crew');
    await options.close();
  });

  test('the sidebar page runs a quick round to its summary', async () => {
    const page = await firefox.openExtensionPage('sidepanel.html', '#ck-round-for');
    // Firefox's path: no sidePanel API; the page is the sidebar_action's panel.
    expect(
      await page.evaluate(() => {
        const api = (globalThis as { browser?: Record<string, unknown> }).browser ?? {};
        return { sidePanel: 'sidePanel' in api, sidebarAction: 'sidebarAction' in api };
      }),
    ).toEqual({ sidePanel: false, sidebarAction: true });
    await page.select('#ck-round-for', '');
    await page.locator('textarea').fill('Ada\nBashir');
    await clickButton(page, 'Show the order');
    await clickButton(page, 'Start round');
    await expect.poll(() => timer(page), { timeout: 5_000 }).toBe('3:00');
    // The clock runs in Firefox too: within two seconds it has counted down.
    await expect.poll(() => timer(page), { timeout: 5_000 }).not.toBe('3:00');
    await clickButton(page, 'Next');
    await clickButton(page, 'Next');
    await waitForText(page, 'Round complete');
    const rows = await page.$$eval('tbody tr', (trs) => trs.map((tr) => tr.textContent ?? ''));
    expect(rows.join(' ')).toMatch(/Ada.*Bashir/);
    await page.close();
  });

  test("a crew's Meet call opens the crew's panel and runs a round", async () => {
    const page = await firefox.browser.newPage();
    await page.goto(CREW_CALL);
    await becomes(page, 'in-call-5.html');
    // The panel is drawn in its own frame over the call (lib/features/call/frame-host.ts).
    const panel = await callPanelFrame(page);
    const dialog = '[role="dialog"]';
    await panel.waitForSelector(dialog, { timeout: 15_000 });
    await waitForText(panel, 'Tuesday Crew');
    const text = await panel.$eval(dialog, (el) => el.textContent ?? '');
    expect(text).toMatch(/1 of 6/);
    expect(text).toContain('Ada');
    await clickButton(panel, 'Show the order');
    await clickButton(panel, 'Start round');
    await expect.poll(() => timer(panel), { timeout: 5_000 }).toMatch(/^\d+:\d\d$/);
    await clickButton(panel, 'End round');
    await waitForText(panel, 'Round complete');
    await page.close();
  });
});
