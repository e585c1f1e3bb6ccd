// Issue 11, "A second language": the screenshot pass once in German (Chromium started with
// --lang=de, which is what picks an extension's messages in headless Chromium; see
// harness/browser.ts), with German's long words checked for cut-off text on every screen, the
// dates in German, and the accessibility audit in German too. Pictures go to
// test-results/screenshots-de/ (the store's German screenshots are made from them).
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { PROMPT_TEXT_DE } from '../../lib/core/prompts/de.ts';
import { callFrame, crewBackup, meetColours, panel } from './call-helpers.ts';
import { type AxeFinding, audit } from './harness/axe.ts';
import { cutOffText } from './harness/axe-layout.ts';
import {
  type LaunchedExtension,
  launchWithExtension,
  openPage,
  setColorScheme,
} from './harness/browser.ts';
import { saveScreenshot } from './harness/screenshots.ts';
import { type FixtureServer, startFixtureServer } from './harness/servers.ts';

const DIR = resolve('test-results/screenshots-de');
const GERMAN_PROMPTS = Object.values(PROMPT_TEXT_DE);
let server: FixtureServer;
let ext: LaunchedExtension;

/** Screenshots in both themes, layout checked in each, axe findings returned. */
async function pass(page: Page, name: string, root?: string): Promise<AxeFinding[]> {
  for (const scheme of ['light', 'dark'] as const) {
    await setColorScheme(page, scheme);
    await saveScreenshot(page, `${name}-${scheme}`, DIR);
  }
  await setColorScheme(page, 'light');
  expect(await cutOffText(page, root), name).toEqual([]);
  return audit(page, `de-${name}`, root ? { include: root } : {});
}

beforeAll(async () => {
  server = await startFixtureServer();
  server.route('meet.google.com', '/abc-defg-hij', 'meet/in-call-5.html');
  ext = await launchWithExtension({ server, language: 'de' });
});

afterAll(async () => {
  await ext?.close();
  await server?.close();
});

describe('in German', () => {
  test('options: welcome, the crew with its rotation in German dates', async () => {
    const page = await ext.openExtensionPage('options.html');
    await page.getByRole('button', { name: 'Deine erste Crew anlegen' }).waitFor();
    const findings = await pass(page, 'options-welcome');
    await page.getByLabel('Sicherung importieren').setInputFiles({
      name: 'crew.json',
      mimeType: 'application/json',
      buffer: Buffer.from(crewBackup()),
    });
    await page.getByRole('button', { name: 'Alles ersetzen' }).click();
    await page.getByText('Importiert: 1 Crew und 6 Treffen.').waitFor();
    await page.getByRole('heading', { name: 'Kommende Treffen' }).waitFor();
    const when = await page.locator('.ck-rotation__when').first().innerText();
    // "Di., 1. Dez., 18:00": a German weekday and month, a 24-hour clock.
    expect(when).toMatch(/\b(Mo|Di|Mi|Do|Fr|Sa|So)\., \d{1,2}\. \S+ \d\d:\d\d$/);
    findings.push(...(await pass(page, 'options-rotation')));
    await page.getByRole('button', { name: 'Crew bearbeiten' }).first().click();
    await page.getByRole('button', { name: 'Crew speichern' }).waitFor();
    findings.push(...(await pass(page, 'options-edit-crew')));
    expect(findings).toEqual([]);
    await page.close();
  });

  test('side panel: setup, running, summary', async () => {
    const page = await ext.openExtensionPage('sidepanel.html');
    await page.setViewportSize({ width: 360, height: 800 });
    await page.getByRole('heading', { name: 'Eine Runde vorbereiten' }).waitFor();
    await page.getByLabel('Runde für').selectOption('');
    await page.getByLabel('Namen').fill('Ada\nBashir\nChiara-Marie Oyelaran-Schmidt');
    const findings = await pass(page, 'sidepanel-setup');
    await page.getByRole('button', { name: 'Reihenfolge zeigen' }).click();
    // The built-in check-in deck speaks German too (issue 11), chosen in the page itself.
    expect(GERMAN_PROMPTS).toContain(await page.locator('.ck-prompt__text').textContent());
    await page.getByRole('button', { name: 'Runde beginnen' }).click();
    await page.getByRole('timer').waitFor();
    findings.push(...(await pass(page, 'sidepanel-running')));
    await page.getByRole('button', { name: 'Runde beenden' }).click();
    await page.getByRole('heading', { name: 'Runde abgeschlossen' }).waitFor();
    findings.push(...(await pass(page, 'sidepanel-summary')));
    expect(findings).toEqual([]);
    await page.close();
  });

  test('popup', async () => {
    const page = await ext.openExtensionPage('popup.html');
    await page.getByRole('button', { name: 'Schnelle Runde' }).waitFor();
    expect(await pass(page, 'popup')).toEqual([]);
    await page.close();
  });

  test('call panel: setup, running, pill, summary', async () => {
    const page = await openPage(ext.context, 'https://meet.google.com/abc-defg-hij');
    await meetColours(page);
    await panel(page).waitFor({ timeout: 15_000 });
    await panel(page).getByText('Treffen 1 von 6').waitFor();
    const findings = await pass(page, 'meet-panel-setup', 'crewkit-call');
    await panel(page).getByRole('button', { name: 'Reihenfolge zeigen' }).click();
    // Here the background chooses the prompt: in German as well.
    const prompt = panel(page).locator('.ck-prompt__text');
    expect(GERMAN_PROMPTS).toContain(await prompt.textContent());
    await panel(page).getByRole('button', { name: 'Runde beginnen' }).click();
    await panel(page).getByRole('timer').waitFor();
    findings.push(...(await pass(page, 'meet-panel-running', 'crewkit-call')));
    await panel(page).getByRole('button', { name: 'Leiste verkleinern' }).click();
    await callFrame(page).locator('.ck-pill').waitFor();
    await saveScreenshot(page, 'meet-pill-running', DIR);
    findings.push(...(await audit(page, 'de-meet-pill', { include: 'crewkit-call' })));
    await callFrame(page).locator('.ck-pill').click();
    await panel(page).getByRole('button', { name: 'Runde beenden' }).click();
    await panel(page).getByRole('heading', { name: 'Runde abgeschlossen' }).waitFor();
    findings.push(...(await pass(page, 'meet-panel-summary', 'crewkit-call')));
    expect(findings).toEqual([]);
    await page.close();
  });
});
