// Issue 11, keyboard only: create a crew in the options page, run a round in the side panel and
// in the call panel with Tab, Shift+Tab, Enter, Space, Escape and the arrow keys (names are
// typed). After every key the focus is on an element (never lost to <body> when a section
// re-renders) and visibly so (a computed outline or box-shadow on it, looked for through shadow roots).
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { callFrameOf, meetColours, panel } from './call-helpers.ts';
import { type LaunchedExtension, launchWithExtension, openPage } from './harness/browser.ts';
import { type FixtureServer, startFixtureServer } from './harness/servers.ts';

let server: FixtureServer;
let ext: LaunchedExtension;

interface Focused {
  tag: string;
  name: string;
  visible: boolean;
  /** What was seen, for the failure message. */
  ring: string;
}

/**
 * The focused element, through shadow roots and into the call panel's frame (its own document,
 * tests/e2e/harness/call-frame.ts), with a name as a user would hear it.
 */
async function focused(page: Page): Promise<Focused> {
  const inPage = await page.evaluate(describeFocus);
  return inPage.tag === 'iframe' ? (await callFrameOf(page)).evaluate(describeFocus) : inPage;
}

function describeFocus(): Focused {
  let el: Element | null = document.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  if (!el || el === document.body) return { tag: 'body', name: '', visible: false, ring: '' };
  const html = el as HTMLElement;
  const labelled = (el as HTMLInputElement).labels?.[0]?.textContent;
  const name = (
    el.getAttribute('aria-label') ??
    labelled ??
    html.innerText ??
    el.textContent ??
    ''
  ).trim();
  const style = getComputedStyle(html);
  const ring =
    (style.outlineStyle !== 'none' && Number.parseFloat(style.outlineWidth) > 0) ||
    style.boxShadow !== 'none';
  return {
    tag: el.tagName.toLowerCase(),
    name,
    visible: ring,
    ring: `focus-visible ${el.matches(':focus-visible')}, outline ${style.outlineStyle} ${style.outlineWidth}, shadow ${style.boxShadow}`,
  };
}

/** Presses `key` until the focused element's name matches, checking focus after each press. */
async function moveTo(page: Page, name: string | RegExp, key = 'Tab', max = 60): Promise<void> {
  for (let i = 0; i < max; i += 1) {
    await page.keyboard.press(key);
    const now = await focused(page);
    expect(now.tag, `focus lost after ${key} looking for ${name}`).not.toBe('body');
    expect(now.visible, `focus not visible on ${now.tag} “${now.name}” (${now.ring})`).toBe(true);
    if (typeof name === 'string' ? now.name === name : name.test(now.name)) return;
  }
  throw new Error(`never reached “${name}” with ${key}`);
}

/** Presses `key` on the focused control; afterwards focus must still be somewhere visible. */
async function press(page: Page, key: 'Enter' | 'Space' | 'Escape'): Promise<Focused> {
  await page.keyboard.press(key === 'Space' ? ' ' : key);
  await page.waitForTimeout(150);
  const now = await focused(page);
  expect(now.tag, `focus lost after ${key}`).not.toBe('body');
  return now;
}

beforeAll(async () => {
  server = await startFixtureServer();
  server.route('meet.google.com', '/kbd-only-tst', 'meet/in-call-5.html');
  ext = await launchWithExtension({ server });
});

afterAll(async () => {
  await ext?.close();
  await server?.close();
});

describe('keyboard only', () => {
  test('the round shortcuts are really assigned in a fresh profile', async () => {
    const worker = ext.serviceWorker();
    const commands: { name?: string; shortcut?: string }[] =
      (await worker?.evaluate(() =>
        (
          globalThis as unknown as {
            chrome: { commands: { getAll(): Promise<{ name?: string; shortcut?: string }[]> } };
          }
        ).chrome.commands.getAll(),
      )) ?? [];
    const keys = Object.fromEntries(commands.map((c) => [c.name, c.shortcut]));
    expect(keys['round-next']).toBe('Alt+Shift+Period');
    expect(keys['round-pause-resume']).toBe('Alt+Shift+Comma');
  });

  test('create a crew in the options page', async () => {
    const page = await ext.openExtensionPage('options.html');
    await page.getByRole('button', { name: 'Set up your first crew' }).waitFor();
    await moveTo(page, 'Set up your first crew');
    await press(page, 'Enter');
    // The new crew's form takes the focus, on its first field.
    expect((await focused(page)).name).toBe('Crew name');
    await page.keyboard.type('Keyboard Crew');
    await moveTo(page, 'Name of member 1');
    await page.keyboard.type('Ada');
    await moveTo(page, 'Name of member 2');
    await page.keyboard.type('Bashir');
    await moveTo(page, 'Create crew');
    await press(page, 'Enter');
    // The form starts with three members: saving with one left empty takes the focus to it.
    expect((await focused(page)).name).toBe('Name of member 3');
    await page.keyboard.type('Chiara');
    await moveTo(page, 'Create crew');
    await press(page, 'Enter');
    await page.getByRole('heading', { name: 'Keyboard Crew' }).waitFor();
    // The form is gone once saved: the new crew's name has the focus, visibly.
    await expect.poll(async () => (await focused(page)).name).toBe('Keyboard Crew');
    expect((await focused(page)).visible).toBe(true);
    // The delete-everything question opens on its safe answer and closes from the keyboard
    // (Enter on "Keep my data", or Escape); focus comes back to the control that opened it.
    await moveTo(page, 'Delete everything on this device…');
    const asked = await press(page, 'Enter');
    expect(asked.name).toBe('Keep my data');
    const back = await press(page, 'Enter');
    expect(back.name).toBe('Delete everything on this device…');
    await press(page, 'Enter');
    const escaped = await press(page, 'Escape');
    expect(escaped.name).toBe('Delete everything on this device…');
    expect(escaped.visible).toBe(true);
    await expect(page.getByRole('heading', { name: 'Keyboard Crew' }).count()).resolves.toBe(1);
    await page.close();
  });

  test('a round in the side panel', async () => {
    const page = await ext.openExtensionPage('sidepanel.html');
    await page.getByRole('heading', { name: 'Set up a round' }).waitFor();
    // The crew made above is picked first: the arrow keys choose a quick round instead.
    await moveTo(page, 'Round for');
    await page.keyboard.press('ArrowUp');
    await page.getByLabel('Names').waitFor();
    expect((await focused(page)).name).toBe('Round for');
    await moveTo(page, 'Names');
    await page.keyboard.type('Ada');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Bashir');
    await moveTo(page, 'Show the order');
    // Each stage replaces the one before: the focus goes on to its first step.
    expect((await press(page, 'Enter')).name).toBe('Start round');
    expect((await press(page, 'Space')).name).toBe('Pause');
    await page.getByRole('timer').waitFor();
    await moveTo(page, 'Next');
    await press(page, 'Enter');
    await press(page, 'Enter');
    await page.getByRole('heading', { name: 'Round complete' }).waitFor();
    const done = await focused(page);
    expect(done.name).toBe('Round complete');
    expect(done.visible).toBe(true);
    await moveTo(page, 'New round');
    await press(page, 'Enter');
    await page.getByRole('heading', { name: 'Set up a round' }).waitFor();
    await page.close();
  });

  test('a round in the call panel', async () => {
    const page = await openPage(ext.context, 'https://meet.google.com/kbd-only-tst');
    await meetColours(page);
    await page.locator('crewkit-launcher button').waitFor({ timeout: 10_000 });
    await moveTo(page, /Crewkit/, 'Shift+Tab', 120);
    // The launcher goes as the panel opens: the panel's first control takes the focus.
    await page.keyboard.press('Enter');
    await panel(page).waitFor();
    await expect.poll(async () => (await focused(page)).tag).not.toBe('body');
    await moveTo(page, 'Show the order');
    expect((await press(page, 'Enter')).name).toBe('Start round');
    expect((await press(page, 'Space')).name).toBe('Pause');
    await panel(page).getByRole('timer').waitFor();
    await moveTo(page, 'End round');
    await press(page, 'Enter');
    await panel(page).getByRole('heading', { name: 'Round complete' }).waitFor();
    expect((await focused(page)).name).toBe('Round complete');
    // Shrinking to the pill and growing back keep the focus on the button that replaced it.
    await moveTo(page, 'Shrink the panel', 'Shift+Tab');
    const pill = await press(page, 'Enter');
    expect(pill.tag).toBe('button');
    expect(pill.name).toMatch(/Crewkit/);
    expect((await press(page, 'Enter')).name).toBe('Shrink the panel');
    // Closing the panel from the keyboard hands the focus to the launcher that replaces it, and
    // Enter there opens the panel again.
    await moveTo(page, 'Close the panel');
    expect((await press(page, 'Enter')).name).toMatch(/Crewkit/);
    await page.keyboard.press('Enter');
    await panel(page).waitFor();
    await page.close();
  });
});
