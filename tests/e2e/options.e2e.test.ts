// Issue 2's user journey in the shipped build: set up a crew of four with the starter series,
// see who hosts and why, mark someone away, swap two hosts, survive a browser restart, and
// round-trip everything through a backup file.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { collectConsole, type LaunchedExtension, launchWithExtension } from './harness/browser.ts';
import { saveScreenshot, shootBothThemes } from './harness/screenshots.ts';
import { type FixtureServer, startFixtureServer } from './harness/servers.ts';

/**
 * A week from today at 18:00 on the browser's clock (it shares this machine's zone), as a
 * datetime-local value: a fixed date would fall in the past one day and leave the series with
 * no coming session to host.
 */
function nextWeekAt18(): string {
  const day = new Date(Date.now() + 7 * 24 * 60 * 60 * 1000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${day.getFullYear()}-${pad(day.getMonth() + 1)}-${pad(day.getDate())}T18:00`;
}

let server: FixtureServer;
let ext: LaunchedExtension;
const profileDir = mkdtempSync(join(tmpdir(), 'crewkit-options-'));

beforeAll(async () => {
  server = await startFixtureServer();
  ext = await launchWithExtension({ server, profileDir });
});

afterAll(async () => {
  await ext?.close();
  await server?.close();
  rmSync(profileDir, { recursive: true, force: true });
});

/** What a reader sees in the rotation list: one line per session. */
async function rotationText(page: Page): Promise<string[]> {
  const rows = page.locator('.ck-rotation__row');
  await expect.poll(() => rows.count()).toBe(6);
  // Only what the plan says (date, host, roles, reasons), not the state of the disclosure widgets.
  return Promise.all(
    (await rows.all()).map(async (row) =>
      (
        await row
          .locator('.ck-rotation__when, .ck-rotation__host, .ck-rotation__role')
          .allInnerTexts()
      )
        .join(' | ')
        .replace(/\s+/g, ' ')
        .trim(),
    ),
  );
}

async function hosts(page: Page): Promise<string[]> {
  return page.locator('.ck-rotation__host-name').allInnerTexts();
}

describe('options page', () => {
  let before: string[];

  test('a crew of four with the starter series gets a fair rotation with reasons', async () => {
    const page = await ext.openExtensionPage('options.html');
    await page.getByRole('button', { name: 'Set up your first crew' }).click();
    await page.getByLabel('Crew name').fill('Tuesday Crew');
    await page.getByLabel('Name of member 1').fill('Ada');
    await page.getByLabel('Name of member 2').fill('Bashir');
    await page.getByLabel('Name of member 3').fill('Chiara');
    await page.getByRole('button', { name: 'Add a member' }).click();
    await page.getByLabel('Name of member 4').fill('Dmitri');
    await page
      .getByLabel('Standing meeting link (optional)')
      .fill('https://meet.google.com/abc-defg-hij');
    await saveScreenshot(page, 'options-new-crew-form');
    await page.getByRole('button', { name: 'Create crew' }).click();

    await expect.poll(() => page.getByRole('heading', { name: 'Tuesday Crew' }).count()).toBe(1);
    await page.getByLabel('First session').fill(nextWeekAt18());
    await page.getByRole('button', { name: 'Start the series' }).click();

    before = await rotationText(page);
    expect(await hosts(page)).toEqual([
      'Ada hosts',
      'Bashir hosts',
      'Chiara hosts',
      'Dmitri hosts',
      'Ada hosts',
      'Bashir hosts',
    ]);
    expect(before[0]).toContain('The caller opens the series by hosting the first session.');
    expect(before[1]).toContain('Has not hosted in this series yet.');
    expect(before[0]).toMatch(/Session 1 of 6/);
    // The timekeeper is never that session's host.
    const timekeepers = await page.locator('.ck-rotation__role').allInnerTexts();
    expect(timekeepers).toHaveLength(6);
    const hostNames = (await hosts(page)).map((h) => h.replace(' hosts', ''));
    for (const [i, line] of timekeepers.entries()) {
      expect(line).not.toContain(`Timekeeper: ${hostNames[i]} `);
    }
    await shootBothThemes(page, 'options-rotation');
    expect(collectConsole(page).errors).toEqual([]);
  });

  test('someone away is skipped and hosts next time; two hosts can be swapped', async () => {
    const page = ext.context.pages().find((p) => p.url().endsWith('options.html')) as Page;
    const session2 = page.locator('.ck-rotation__row').nth(1);
    await session2.getByText('Who is away?').click();
    await session2.getByRole('checkbox', { name: 'Bashir' }).check();
    await expect
      .poll(() => hosts(page))
      .toEqual([
        'Ada hosts',
        'Chiara hosts',
        'Bashir hosts',
        'Dmitri hosts',
        'Ada hosts',
        'Chiara hosts',
      ]);
    expect((await rotationText(page))[2]).toContain(
      'Was away when their turn came, so hosts at the next session they attend.',
    );

    await page
      .getByLabel('Swap the host of session 4 with')
      .selectOption({ label: 'Session 5 of 6' });
    await page.getByRole('button', { name: 'Swap hosts' }).nth(3).click();
    // A swap exchanges two dates and moves nobody else.
    await expect
      .poll(() => hosts(page))
      .toEqual([
        'Ada hosts',
        'Chiara hosts',
        'Bashir hosts',
        'Ada hosts',
        'Dmitri hosts',
        'Chiara hosts',
      ]);
    expect((await rotationText(page))[3]).toContain('Swapped hosts with session 5.');
    before = await rotationText(page);
    await saveScreenshot(page, 'options-away-and-swap');
  });

  test('after closing and relaunching the browser the crew and its rotation are intact', async () => {
    await ext.close();
    ext = await launchWithExtension({ server, profileDir });
    const page = await ext.openExtensionPage('options.html');
    expect(await rotationText(page)).toEqual(before);
  });

  test('export, delete everything, import: the same crew and the same file', async () => {
    const page = await ext.openExtensionPage('options.html');
    await rotationText(page);
    const exportOnce = async () => {
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Export a backup' }).click(),
      ]);
      const path = await download.path();
      return { name: download.suggestedFilename(), text: readFileSync(path, 'utf8') };
    };
    const first = await exportOnce();
    expect(first.name).toMatch(/^crewkit-backup-\d{4}-\d{2}-\d{2}\.json$/);

    await page.getByRole('button', { name: 'Delete everything on this device…' }).click();
    await page.getByRole('button', { name: 'Yes, delete everything' }).click();
    await expect
      .poll(() => page.getByRole('button', { name: 'Set up your first crew' }).count())
      .toBe(1);

    await page.getByLabel('Import a backup').setInputFiles({
      name: first.name,
      mimeType: 'application/json',
      buffer: Buffer.from(first.text),
    });
    await page.getByRole('button', { name: 'Replace everything' }).click();
    await expect.poll(() => page.getByText('Imported 1 crew and 6 sessions.').count()).toBe(1);
    expect(await rotationText(page)).toEqual(before);

    const second = await exportOnce();
    const withoutTime = (text: string) => text.replace(/"exportedAt": "[^"]+"/, '');
    expect(withoutTime(second.text)).toBe(withoutTime(first.text));
    await saveScreenshot(page, 'options-after-import');
  });

  test('a bad backup is refused with the problem and where, and nothing changes', async () => {
    const page = await ext.openExtensionPage('options.html');
    const before = await rotationText(page);
    await page.getByLabel('Import a backup').setInputFiles({
      name: 'hostile.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"format":"crewkit-backup","version":1,"crews":[{"__proto__":{}}'),
    });
    const alert = page.getByRole('alert');
    await expect.poll(() => alert.textContent()).toContain('“hostile.json” was not imported');
    await saveScreenshot(page, 'options-bad-backup');
    expect(await rotationText(page)).toEqual(before);
  });

  test('a session held in a room can be marked held or skipped by hand, and undone', async () => {
    const page = await ext.openExtensionPage('options.html');
    await rotationText(page);
    await page.getByRole('button', { name: 'Mark as held: Session 1 of 6' }).click();
    const first = page.locator('.ck-rotation__row').nth(0);
    await expect.poll(() => first.textContent()).toContain('Ada hosted');
    await page.getByRole('button', { name: 'Skip Session 2 of 6' }).click();
    const second = page.locator('.ck-rotation__row').nth(1);
    await expect.poll(() => second.textContent()).toContain('skipped');
    await saveScreenshot(page, 'options-held-and-skipped');
    await page.getByRole('button', { name: 'Undo: Session 1 of 6 back to planned' }).click();
    await expect.poll(() => first.textContent()).toContain('Ada hosts');
  });
});
