// Issue 11, "Accessibility, audited": axe-core on every screen a user passes through, in the light
// and the dark scheme (colour contrast is checked in both): options (welcome, new crew with its
// problems, a crew with all its sections open, the pathway page), the side panel (setup,
// running, overtime, summary), the popup, and the call panel (setup, running, pill, summary).
// Any serious or critical finding fails, listed by screen.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { callFrame, crewBackup, meetColours, panel } from './call-helpers.ts';
import { type AxeFinding, audit } from './harness/axe.ts';
import { type LaunchedExtension, launchWithExtension, openPage } from './harness/browser.ts';
import { type FixtureServer, startFixtureServer } from './harness/servers.ts';

let server: FixtureServer;
let ext: LaunchedExtension;
const findings: AxeFinding[] = [];
const audited: string[] = [];

async function check(page: Page, screen: string, include?: string): Promise<void> {
  findings.push(...(await audit(page, screen, include ? { include } : {})));
  audited.push(screen);
}

beforeAll(async () => {
  server = await startFixtureServer();
  server.route('meet.google.com', '/abc-defg-hij', 'meet/in-call-5.html');
  ext = await launchWithExtension({ server });
});

afterAll(async () => {
  await ext?.close();
  await server?.close();
});

describe('axe finds nothing serious or critical', () => {
  test('options page', async () => {
    const start = findings.length;
    const page = await ext.openExtensionPage('options.html');
    await page.getByRole('button', { name: 'Set up your first crew' }).waitFor();
    await check(page, 'options-welcome');

    await page.getByRole('button', { name: 'Set up your first crew' }).click();
    await page.getByRole('button', { name: 'Create crew' }).click();
    await page.getByText(/things? to fix before saving/).waitFor();
    await check(page, 'options-new-crew-problems');
    await page.getByRole('button', { name: 'Cancel' }).first().click();

    await page.getByLabel('Import a backup').setInputFiles({
      name: 'crew.json',
      mimeType: 'application/json',
      buffer: Buffer.from(crewBackup()),
    });
    await page.getByRole('button', { name: 'Replace everything' }).waitFor();
    await check(page, 'options-import-choice');
    await page.getByRole('button', { name: 'Replace everything' }).click();
    await page.getByText(/^Imported 1 crew /).waitFor();
    await page.getByRole('heading', { name: 'Tuesday Crew' }).waitFor();
    // Every disclosure open: who is away, agreements, the delete-everything question.
    const closed = page.locator('details:not([open]) > summary:visible');
    for (let opened = 0; opened < 40 && (await closed.count()) > 0; opened += 1) {
      await closed.first().click();
    }
    await page.getByRole('button', { name: 'Delete everything on this device…' }).click();
    await page.getByRole('button', { name: 'Keep my data' }).waitFor();
    await check(page, 'options-crew-all-sections');
    await page.getByRole('button', { name: 'Keep my data' }).click();

    await page.getByRole('button', { name: 'Edit crew' }).first().click();
    await page.getByRole('button', { name: 'Save crew' }).waitFor();
    await check(page, 'options-edit-crew');
    await page.getByRole('button', { name: 'Cancel' }).first().click();

    const pathwayTab = page.locator('.ck-tabs__tab').nth(1);
    if ((await pathwayTab.count()) > 0) {
      await pathwayTab.click();
      await page.waitForTimeout(500);
      await check(page, 'options-pathway');
    }
    await page.close();
    expect(findings.slice(start)).toEqual([]);
  });

  test('side panel: setup, running, overtime, summary', async () => {
    const start = findings.length;
    const page = await ext.context.newPage();
    await page.clock.install({ time: Date.now() });
    await page.goto(ext.extensionUrl('sidepanel.html'));
    await page.getByRole('heading', { name: 'Set up a round' }).waitFor();
    await page.getByLabel('Round for').selectOption('');
    await page.getByLabel('Names').fill('Ada\nBashir\nChiara');
    await check(page, 'sidepanel-setup');
    await page.getByRole('button', { name: 'Show the order' }).click();
    await page.getByRole('button', { name: 'Start round' }).waitFor();
    await check(page, 'sidepanel-order');
    await page.getByRole('button', { name: 'Start round' }).click();
    await page.getByRole('timer').waitFor();
    await check(page, 'sidepanel-running');
    await page.getByRole('button', { name: 'Pause' }).click();
    await check(page, 'sidepanel-paused');
    await page.getByRole('button', { name: 'Resume' }).click();
    await page.clock.runFor(180_000 + 5_000);
    await page.getByText("time's up — no rush").waitFor();
    await check(page, 'sidepanel-overtime');
    await page.getByRole('button', { name: 'End round' }).click();
    await page.getByRole('heading', { name: 'Round complete' }).waitFor();
    await check(page, 'sidepanel-summary');
    await page.close();
    expect(findings.slice(start)).toEqual([]);
  });

  test('popup', async () => {
    const start = findings.length;
    const page = await ext.openExtensionPage('popup.html');
    await page.getByRole('button').first().waitFor();
    await check(page, 'popup');
    await page.close();
    expect(findings.slice(start)).toEqual([]);
  });

  test('call panel: setup, running, pill, summary', async () => {
    const start = findings.length;
    const page = await openPage(ext.context, 'https://meet.google.com/abc-defg-hij');
    await meetColours(page);
    await panel(page).waitFor({ timeout: 15_000 });
    await check(page, 'call-setup', 'crewkit-call');
    await panel(page).getByRole('button', { name: 'Show the order' }).click();
    await panel(page).getByRole('button', { name: 'Start round' }).click();
    await panel(page).getByRole('timer').waitFor();
    await check(page, 'call-running', 'crewkit-call');
    await panel(page).getByRole('button', { name: 'Shrink the panel' }).click();
    const pill = callFrame(page).locator('.ck-pill');
    await pill.waitFor();
    await check(page, 'call-pill', 'crewkit-call');
    await pill.click();
    await panel(page).getByRole('button', { name: 'End round' }).click();
    await panel(page).getByRole('heading', { name: 'Round complete' }).waitFor();
    await check(page, 'call-summary', 'crewkit-call');
    await page.close();
    expect(findings.slice(start)).toEqual([]);
  });

  test('every screen was audited', () => {
    expect(audited).toEqual(
      expect.arrayContaining([
        'options-welcome',
        'sidepanel-overtime',
        'popup',
        'call-pill',
        'call-summary',
      ]),
    );
    expect(audited.length).toBeGreaterThanOrEqual(14);
  });
});
