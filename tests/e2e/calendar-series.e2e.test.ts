// Issue 9 in the shipped build, local mode: what the event dialog does with a tagged series.
// "Skip this session" on an instance (the next ones move up a number, the host moves on, its chip
// says "Tuesday Crew · skipped") and its undo; tagging an event into a series that already has its six sessions (the dialog asks, and
// the series grows only when the user says so); removing that tag shrinks the series back; and
// "start the next series" chosen by mistake, then "Remove tag": the new series goes with the tag.
// The month view shows every instance; the fixture's own dialog script (demo-week.html, the
// structure of docs/calendar-page.md "Event details popup") is added to it so its chips open
// the details dialog as the week's do.
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
const FIXTURES = 'tests/fixtures/pages/calendar';

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

/**
 * The fixture's dialog script, as demo-week.html carries it, with the title read from a month
 * chip's own title span (its week selector would find the badge's parts first in a month chip).
 */
function dialogScript(): string {
  const page = readFileSync(`${FIXTURES}/demo-week.html`, 'utf8');
  const found = /<script>([\s\S]*?)<\/script>/.exec(page);
  if (!found?.[1]) throw new Error('demo-week.html has no dialog script');
  const title = `'[aria-hidden="true"] span span'`;
  if (!found[1].includes(title)) throw new Error('the dialog script reads the title elsewhere');
  return found[1].replace(
    title,
    `'[data-stacked-layout-chip] > [aria-hidden="true"] > span:last-child'`,
  );
}

const badges = (page: Page) =>
  page
    .locator('crewkit-badge[role="note"]')
    .evaluateAll((notes) => notes.map((n) => n.getAttribute('aria-label')));

async function waitForBadgeTexts(page: Page, expected: string[]): Promise<void> {
  await expect.poll(() => badges(page), { timeout: 10_000 }).toEqual(expected);
}

const crewChip = (page: Page, n: number) =>
  page.locator('[data-eventchip]').filter({ hasText: 'Tuesday Crew' }).nth(n);

beforeAll(async () => {
  server = await startFixtureServer();
  server.route('calendar.google.com', '/calendar/u/0/r/week/2026/12/1', 'calendar/demo-week.html');
  server.route('calendar.google.com', '/calendar/u/0/r/month/2026/12/1', 'calendar/month.html');
  ext = await launchWithExtension({ server });
  const options = await ext.openExtensionPage('options.html');
  await options.getByLabel('Import a backup').setInputFiles({
    name: 'crew.json',
    mimeType: 'application/json',
    buffer: Buffer.from(crewBackup()),
  });
  await options.getByRole('button', { name: 'Replace everything' }).click();
  await options.getByText(/^Imported 1 crew and 6 sessions/).waitFor();
  await options.close();
  // the recurring event tagged once, from its first instance
  const week = await openPage(ext.context, `${BASE}/week/2026/12/1`);
  await week.getByText('Tuesday Crew', { exact: true }).click();
  const action = week.locator('crewkit-dialog-action');
  await action.getByRole('button', { name: 'Make this a crew session' }).click();
  await action.getByRole('button', { name: 'Tag it' }).click();
  await action.getByText('Tuesday Crew · 1 of 6 · Ada hosts').waitFor();
  await week.close();
});

afterAll(async () => {
  await ext?.close();
  await server?.close();
});

const SKIPPED =
  'Tuesday Crew skipped this session: it is no crew session, and the sessions after it moved up one number.';

const SIX = [
  'Tuesday Crew · 1 of 6 · Ada hosts',
  'Tuesday Crew · 2 of 6 · Bashir hosts',
  'Tuesday Crew · 3 of 6 · Chiara hosts',
  'Tuesday Crew · 4 of 6 · Dmitri hosts',
  'Tuesday Crew · 5 of 6 · Eun-ji hosts',
  'Tuesday Crew · 6 of 6 · Ada hosts',
];

describe('the event dialog with a tagged series', () => {
  let month: Page;

  test('skip the second session: the rest move up and the host moves on; undo puts it back', async () => {
    month = await openPage(ext.context, `${BASE}/month/2026/12/1`);
    await month.addScriptTag({ content: dialogScript() });
    await month.setViewportSize({ width: 1280, height: 900 });
    await waitForBadgeTexts(month, SIX);
    await crewChip(month, 1).click();
    const action = month.locator('crewkit-dialog-action');
    await action.getByText('Tuesday Crew · 2 of 6 · Bashir hosts').waitFor();
    await action.getByRole('button', { name: 'Skip this session' }).click();
    await action.getByText(/^Skipped: not a Tuesday Crew session/).waitFor();
    await shootBothThemes(month, 'calendar-dialog-skipped');
    // the instance's badge says it is skipped; "2 of 6" is the next week's, with Bashir, who
    // was to host
    await waitForBadgeTexts(month, [
      'Tuesday Crew · 1 of 6 · Ada hosts',
      SKIPPED,
      'Tuesday Crew · 2 of 6 · Bashir hosts',
      'Tuesday Crew · 3 of 6 · Chiara hosts',
      'Tuesday Crew · 4 of 6 · Dmitri hosts',
      'Tuesday Crew · 5 of 6 · Eun-ji hosts',
    ]);
    const skipped = crewChip(month, 1).locator('crewkit-badge');
    // a month cell is narrow: "skipped" is the part that stays in sight (at the form's end)
    const shown = skipped.locator('[aria-hidden="true"]');
    expect(await shown.isVisible()).toBe(true);
    expect(await shown.textContent()).toMatch(/(^| · )skipped$/);
    expect(await skipped.getAttribute('title')).toBe(SKIPPED);
    expect(await skipped.getAttribute('aria-label')).toBe(SKIPPED);
    // the fixture's dialog moved down a little, so the picture shows the skipped chip's badge
    await month.evaluate(() => {
      const bubble = document.querySelector<HTMLElement>('[data-layout-mode="bubble"]');
      if (bubble) bubble.style.top = '420px';
    });
    await shootBothThemes(month, 'calendar-chip-skipped');
    await action.getByRole('button', { name: 'Undo skip' }).click();
    await action.getByText('Tuesday Crew · 2 of 6 · Bashir hosts').waitFor();
    await waitForBadgeTexts(month, SIX);
    await month.keyboard.press('Escape');
  });

  test('an extra event in the full series: the dialog asks; added, the series has seven', async () => {
    await month.getByText('Dentist', { exact: true }).click();
    const action = month.locator('crewkit-dialog-action');
    await action.getByRole('button', { name: 'Make this a crew session' }).click();
    await action.getByText("The crew's series already has all its 6 sessions.").waitFor();
    const grow = action.getByRole('radio', { name: 'Add a session: the series gets 7' });
    expect(await grow.isChecked()).toBe(true);
    await action.getByText('Session 2 of 7').waitFor();
    await shootBothThemes(month, 'calendar-dialog-full-series');
    await action.getByRole('button', { name: 'Tag it' }).click();
    await action.getByText('Tuesday Crew · 2 of 7 · Bashir hosts').waitFor();
    await waitForBadgeTexts(month, [
      'Tuesday Crew · 1 of 7 · Ada hosts',
      'Tuesday Crew · 2 of 7 · Bashir hosts',
      'Tuesday Crew · 3 of 7 · Chiara hosts',
      'Tuesday Crew · 4 of 7 · Dmitri hosts',
      'Tuesday Crew · 5 of 7 · Eun-ji hosts',
      'Tuesday Crew · 6 of 7 · Ada hosts',
      'Tuesday Crew · 7 of 7 · Bashir hosts',
    ]);
  });

  test('removing that tag takes the session out: six again, numbered as before', async () => {
    const action = month.locator('crewkit-dialog-action');
    await action.getByRole('button', { name: 'Remove tag' }).click();
    await action.getByRole('button', { name: 'Make this a crew session' }).waitFor();
    await waitForBadgeTexts(month, SIX);
  });

  test('"start the next series" by mistake: removing the tag takes the new series out too', async () => {
    // An event after the series' end (Sat 9 Jan 2027, 6pm; its last session is Tue 5 Jan): the
    // month fixture has none, so the last cell gets a copy of the Dentist chip as "Reunion".
    await month.evaluate(() => {
      const dentist = [...document.querySelectorAll('[data-eventchip]')].find((chip) =>
        chip.textContent?.includes('Dentist'),
      );
      const copy = dentist?.cloneNode(true) as HTMLElement;
      copy.setAttribute('data-eventid', btoa('reun10n9jan27 alex.rivera@m'));
      const [time, title] = copy.querySelectorAll('[aria-hidden="true"] > span');
      if (time) time.textContent = '6pm';
      if (title) title.textContent = 'Reunion';
      document.querySelector('[aria-labelledby="m-41"] [role="presentation"]')?.append(copy);
    });
    await month.getByText('Reunion', { exact: true }).click();
    const action = month.locator('crewkit-dialog-action');
    const offer = async () => {
      await action.getByRole('button', { name: 'Make this a crew session' }).click();
      await action.getByText("The crew's series already has all its 6 sessions.").waitFor();
      const next = action.getByRole('radio', { name: 'Start the next series with this session' });
      expect(await next.isChecked()).toBe(true);
      await action.getByText('Session 1 of 6').waitFor();
    };
    await offer();
    await action.getByRole('button', { name: 'Tag it' }).click();
    await action.getByText('Tuesday Crew · 1 of 6 · Bashir hosts').waitFor();
    await action.getByRole('button', { name: 'Remove tag' }).click();
    // Left behind, the new series would take this event in as its own "Session 1 of 6" without
    // asking; gone, the dialog asks again as the first time, and the first series is untouched.
    await offer();
    await waitForBadgeTexts(month, SIX);
    await action.getByRole('button', { name: 'Cancel' }).click();
    expect(collectConsole(month).errors).toEqual([]);
    await month.close();
  });
});
