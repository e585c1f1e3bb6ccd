// Issue 9 in the shipped build, local mode (no Google sign-in): fixture pages served under
// calendar.google.com. Tag the demo crew's recurring event from its details dialog, then see the
// badges in the week, month and schedule views, in a German and a right-to-left page; a hostile
// event title stays text; a page that changed under us gets nothing and logs nothing.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { tuesdayCrewOnly } from './call-helpers.ts';
import {
  collectConsole,
  type LaunchedExtension,
  launchWithExtension,
  openPage,
} from './harness/browser.ts';
import { shootBothThemes } from './harness/screenshots.ts';
import { type FixtureServer, startFixtureServer } from './harness/servers.ts';

let server: FixtureServer;
let ext: LaunchedExtension;
const BASE = 'https://calendar.google.com/calendar/u/0/r';
const WEEK = `${BASE}/week/2026/12/1`;

/** The demo crew in local mode from scratch: no session knows a calendar event yet. */
function crewBackup(): string {
  const demo = tuesdayCrewOnly(
    JSON.parse(readFileSync('tests/fixtures/backups/demo.json', 'utf8')),
  );
  for (const session of demo.sessions) {
    delete session.calendarRef;
    delete session.meetCode;
  }
  return JSON.stringify(demo);
}

async function importCrew(options: Page): Promise<void> {
  await options.getByLabel('Import a backup').setInputFiles({
    name: 'crew.json',
    mimeType: 'application/json',
    buffer: Buffer.from(crewBackup()),
  });
  await options.getByRole('button', { name: 'Replace everything' }).click();
  await options.getByText(/^Imported 1 crew and 6 sessions/).waitFor();
}

/** The text of every Crewkit badge on the page, in page order. */
const badges = (page: Page) =>
  page
    .locator('crewkit-badge[role="note"]')
    .evaluateAll((notes) => notes.map((n) => n.getAttribute('aria-label')));

/**
 * What the first badge shows (not its name): the form it draws on its first line, not cut to
 * nothing, read from left to right (badge-view.ts).
 */
const shownBadge = (page: Page) =>
  page
    .locator('crewkit-badge')
    .first()
    .evaluate((host) => {
      const top = host.getBoundingClientRect().top;
      const shown = [...host.querySelectorAll('[aria-hidden="true"]')]
        .map((form) => ({ form, box: form.getBoundingClientRect() }))
        // on the pill's one 16 px line (an inline form's box starts a few px into it)
        .filter(({ box }) => box.top < top + 9 && box.width > 0.5)
        .sort((a, b) => a.box.left - b.box.left);
      return shown
        .map(({ form }) => form.textContent)
        .join('')
        .trim();
    });

async function waitForBadges(page: Page, count: number): Promise<(string | null)[]> {
  await page.waitForFunction((n) => document.querySelectorAll('crewkit-badge').length >= n, count, {
    timeout: 10_000,
  });
  return badges(page);
}

beforeAll(async () => {
  server = await startFixtureServer();
  server.route('calendar.google.com', '/calendar/u/0/r/week/2026/12/1', 'calendar/demo-week.html');
  server.route('calendar.google.com', '/calendar/u/0/r/month/2026/12/1', 'calendar/month.html');
  server.route('calendar.google.com', '/calendar/u/0/r/agenda/2026/12/1', 'calendar/schedule.html');
  server.route('calendar.google.com', '/calendar/u/0/r/week/2026/12/2', 'calendar/week-de.html');
  server.route('calendar.google.com', '/calendar/u/0/r/week/2026/12/3', 'calendar/week-rtl.html');
  server.route(
    'calendar.google.com',
    '/calendar/u/0/r/week/2026/12/9',
    'calendar/unrecognised.html',
  );
  ext = await launchWithExtension({ server });
  const options = await ext.openExtensionPage('options.html');
  await importCrew(options);
  await options.close();
});

afterAll(async () => {
  await ext?.close();
  await server?.close();
});

describe('Google Calendar in local mode', () => {
  let week: Page;

  test('tag the recurring event from its dialog: numbered, host proposed, badge on the chip', async () => {
    week = await openPage(ext.context, WEEK);
    await week.getByText('Tuesday Crew', { exact: true }).click();
    const action = week.locator('crewkit-dialog-action');
    await action.getByRole('button', { name: 'Make this a crew session' }).click();
    await action.getByText('Session 1 of 6').waitFor();
    expect(await action.getByLabel('Host').inputValue()).toBe('m-ada');
    await action.getByText('Every session of this repeating event is tagged').waitFor();
    await shootBothThemes(week, 'calendar-dialog-make-session');
    await action.getByRole('button', { name: 'Tag it' }).click();
    await action.getByText('Tuesday Crew · 1 of 6 · Ada hosts').waitFor();
    expect(await waitForBadges(week, 1)).toEqual(['Tuesday Crew · 1 of 6 · Ada hosts']);
    await action.getByRole('button', { name: 'Change host' }).waitFor();
    await shootBothThemes(week, 'calendar-dialog-tagged');
    await week.keyboard.press('Escape');
    await shootBothThemes(week, 'calendar-week-badge');
  });

  test('change host from the dialog; the badge follows', async () => {
    await week.getByText('Tuesday Crew', { exact: true }).first().click();
    const action = week.locator('crewkit-dialog-action');
    await action.getByRole('button', { name: 'Change host' }).click();
    await action.getByLabel('Host').selectOption({ label: 'Chiara' });
    await action.getByRole('button', { name: 'Save' }).click();
    await action.getByText('Tuesday Crew · 1 of 6 · Chiara hosts').waitFor();
    await week.keyboard.press('Escape');
    await week.waitForFunction(() =>
      [...document.querySelectorAll('crewkit-badge')].some((h) =>
        h.getAttribute('aria-label')?.includes('Chiara hosts'),
      ),
    );
  });

  test('narrow week columns drop the crew and the number before the host', async () => {
    // a wide column (a day view, a wide screen): the whole badge in words
    await week.setViewportSize({ width: 2400, height: 800 });
    await week.waitForTimeout(100);
    expect(await shownBadge(week)).toBe('Tuesday Crew · 1 of 6 · Chiara hosts');
    // 1280 px: ~170 px chips: short forms, the crew (the chip's own title) left out
    await week.setViewportSize({ width: 1280, height: 800 });
    await week.waitForTimeout(100);
    expect(await shownBadge(week)).toBe('1/6 · Chiara');
    await week.setViewportSize({ width: 560, height: 800 });
    await week.waitForTimeout(100);
    expect(await shownBadge(week)).toBe('Chiara');
    // the whole sentence is still the badge's name and tooltip
    expect(await badges(week)).toEqual(['Tuesday Crew · 1 of 6 · Chiara hosts']);
    // (at 560 px the fixture's chip wraps its title and cuts the badge off: shot at 700 px)
    await week.setViewportSize({ width: 700, height: 800 });
    await shootBothThemes(week, 'calendar-week-narrow-badge');
    await week.setViewportSize({ width: 1280, height: 800 });
  });

  test('month view: every instance of the series numbered, with its own host', async () => {
    const month = await openPage(ext.context, `${BASE}/month/2026/12/1`);
    expect(await waitForBadges(month, 6)).toEqual([
      'Tuesday Crew · 1 of 6 · Chiara hosts',
      'Tuesday Crew · 2 of 6 · Ada hosts',
      'Tuesday Crew · 3 of 6 · Bashir hosts',
      'Tuesday Crew · 4 of 6 · Dmitri hosts',
      'Tuesday Crew · 5 of 6 · Eun-ji hosts',
      // Chiara hosted session 1 by hand, so Ada's turn moved up and Chiara's is next
      'Tuesday Crew · 6 of 6 · Chiara hosts',
    ]);
    // narrow cells: the pill is cut with an ellipsis, never wider than its cell
    const overflow = await month
      .locator('crewkit-badge')
      .first()
      .evaluate((host) => {
        const cell = host.closest('[role="gridcell"]') as HTMLElement;
        return host.getBoundingClientRect().right - cell.getBoundingClientRect().right;
      });
    expect(overflow).toBeLessThanOrEqual(0.5);
    await month.setViewportSize({ width: 700, height: 800 });
    await shootBothThemes(month, 'calendar-month-badges');
    await month.close();
  });

  test('schedule view', async () => {
    const schedule = await openPage(ext.context, `${BASE}/agenda/2026/12/1`);
    expect(await waitForBadges(schedule, 2)).toEqual([
      'Tuesday Crew · 1 of 6 · Chiara hosts',
      'Tuesday Crew · 2 of 6 · Ada hosts',
    ]);
    await shootBothThemes(schedule, 'calendar-schedule-badges');
    await schedule.close();
  });

  test('German and right-to-left pages get the same badges', async () => {
    for (const day of [2, 3]) {
      const page = await openPage(ext.context, `${BASE}/week/2026/12/${day}`);
      expect(await waitForBadges(page, 1)).toEqual(['Tuesday Crew · 1 of 6 · Chiara hosts']);
      if (day === 3) await shootBothThemes(page, 'calendar-week-rtl');
      expect(collectConsole(page).errors).toEqual([]);
      await page.close();
    }
  });

  test('a hostile event title is shown as text and tagging it still works', async () => {
    const page = await openPage(ext.context, WEEK);
    await waitForBadges(page, 1);
    const hostile = '<img src=x onerror="window.__pwned=1">Dentist';
    await page.evaluate((title) => {
      const chips = [
        ...document.querySelectorAll('[data-eventchip] [aria-hidden="true"] span span'),
      ];
      const dentist = chips.find((span) => span.textContent === 'Dentist');
      if (dentist) dentist.textContent = title;
    }, hostile);
    await page.getByText(hostile, { exact: true }).click();
    const action = page.locator('crewkit-dialog-action');
    await action.getByRole('button', { name: 'Make this a crew session' }).click();
    await action.getByRole('button', { name: 'Tag it' }).click();
    // every session of the six is tagged by now: the series grows by this one
    await action.getByText(/^Tuesday Crew · 2 of 7 · \S+ hosts$/).waitFor();
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    // and the Dentist appointment is taken back out
    await action.getByRole('button', { name: 'Remove tag' }).click();
    await action.getByRole('button', { name: 'Make this a crew session' }).waitFor();
    expect(collectConsole(page).errors).toEqual([]);
    await page.close();
  });

  test('the page changing under us: nothing added, no console error', async () => {
    const page = await openPage(ext.context, `${BASE}/week/2026/12/9`);
    await page.waitForTimeout(1500);
    expect(await page.locator('crewkit-badge, crewkit-dialog-action').count()).toBe(0);
    // and a known page replaced in place by an unknown one loses its badges with its chips
    await week.evaluate(() => {
      for (const chip of document.querySelectorAll('[data-eventchip]')) chip.remove();
    });
    await week.waitForTimeout(300);
    expect(await week.locator('crewkit-badge').count()).toBe(0);
    expect(collectConsole(page).errors).toEqual([]);
    expect(collectConsole(week).errors).toEqual([]);
    await page.close();
  });
});
