// Issue 10 in the side panel, for a crew meeting in a room: the kickoff's "Schedule and hosting"
// phase records what the crew agrees as fields (day, time, every N weeks, next meeting, who
// hosts), and the meeting's end writes it into the series, as a call's end does; the pathway
// page's .ics of the series then has the new dates and hosts.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { addDays, localParts, weekdayOf, zonedInstant } from '../../lib/core/pathway/zoned-time.ts';
import { crewBackup, importCrew } from './call-helpers.ts';
import { collectConsole, type LaunchedExtension, launchWithExtension } from './harness/browser.ts';
import { shootBothThemes } from './harness/screenshots.ts';
import { type FixtureServer, startFixtureServer } from './harness/servers.ts';
import { downloadIcs, icsHosts } from './pathway-helpers.ts';

let server: FixtureServer;
let ext: LaunchedExtension;

beforeAll(async () => {
  server = await startFixtureServer();
  ext = await launchWithExtension({ server });
  // The demo's Tuesday Crew on the starter series, its kickoff begun ten minutes ago.
  await importCrew(
    ext,
    crewBackup((demo) => {
      Object.assign(demo.series[0] ?? {}, { templateId: 'starter-six-meetings' });
    }),
  );
});

afterAll(async () => {
  await ext?.close();
  await server?.close();
});

const place = (page: Page) => page.getByTestId('meeting-place').textContent();

describe("the kickoff's schedule, from the side panel", () => {
  test('the crew agrees a day, time, rhythm and host; the series follows it', async () => {
    const page = await ext.openExtensionPage('sidepanel.html');
    await page.getByLabel('Round for').selectOption({ label: 'Tuesday Crew' });
    await page.getByLabel('Kind of round').selectOption('session-agenda');
    await page.getByRole('button', { name: 'Show the order' }).click();
    await page.getByRole('button', { name: 'Start round' }).click();
    for (const title of ['Check-in round', 'Intentions', 'Agreements']) {
      await expect.poll(() => place(page)).toMatch(new RegExp(`^${title}`));
      await page.getByRole('button', { name: `Skip ${title}` }).click();
    }
    await expect.poll(() => place(page)).toMatch(/^Schedule and hosting/);

    // Proposed: the series as planned (weekly, session 2 a week on), hosts by the rotation.
    const timeZone = await page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone);
    const time = page.getByLabel(`Time (${timeZone})`);
    const next = page.getByLabel('Next meeting');
    const planned = await next.inputValue();
    expect(await page.getByLabel('Every how many weeks').inputValue()).toBe('1');
    const host = (index: number) => page.getByLabel(`Session ${index}`, { exact: true });
    expect(await host(2).locator('option:checked').textContent()).toBe('Bashir');
    expect(await host(3).locator('option:checked').textContent()).toBe('Chiara');

    // Two days later in the week, every other week at 19:30; Chiara hosts next, so Bashir after.
    const day = (weekdayOf(planned) + 2) % 7;
    await page.getByLabel('Day').selectOption(String(day));
    expect(await next.inputValue()).toBe(addDays(planned, 2));
    await time.fill('19:30');
    await page.getByLabel('Every how many weeks').fill('2');
    await host(2).selectOption({ label: 'Chiara' });
    await expect.poll(() => host(3).locator('option:checked').textContent()).toBe('Bashir');
    await page.getByRole('button', { name: 'Keep this schedule' }).click();
    await page.getByText('Kept with this meeting. When it ends, the series follows it.').waitFor();
    await shootBothThemes(page, 'sidepanel-kickoff-schedule');

    await page.getByRole('button', { name: 'Skip Schedule and hosting' }).click();
    await expect.poll(() => place(page)).toMatch(/^Check-out round/);
    await page.getByRole('button', { name: 'Skip Check-out round' }).click();
    await page.getByRole('heading', { name: 'Meeting complete' }).waitFor();
    await page.getByText('Schedule saved to the series.').waitFor();
    await shootBothThemes(page, 'sidepanel-schedule-saved');
    expect(collectConsole(page).errors).toEqual([]);

    // The pathway page's calendar file of the series: the kickoff where it was, then every
    // other week at 19:30 in this zone, hosted as the crew agreed.
    const options = await ext.openExtensionPage('options.html');
    await options.getByRole('button', { name: 'Hosting pathway' }).click();
    await options.getByText('Your crews together').waitFor();
    const { events } = await downloadIcs(options, 'Tuesday Crew', 'First six');
    const agreed = [0, 1, 2, 3, 4].map((n) =>
      new Date(zonedInstant(addDays(planned, 2 + 14 * n), '19:30', timeZone)).toISOString(),
    );
    expect(events.slice(1).map((e) => e.startsAt)).toEqual(agreed);
    expect(icsHosts(events)).toEqual(['Ada', 'Chiara', 'Bashir', 'Dmitri', 'Eun-ji', 'Ada']);
    expect(localParts(Date.parse(events[1]?.startsAt ?? ''), timeZone).time).toBe('19:30');
    // The series on the pathway page lists them so too (the kickoff is not held: no call saw it).
    const coming = options.getByRole('list', { name: 'Coming sessions' }).getByRole('listitem');
    await expect.poll(() => coming.count()).toBe(6);
    expect(await coming.nth(1).textContent()).toMatch(/^Session 2 · .+ · Chiara hosts$/);
    expect(await coming.nth(2).textContent()).toMatch(/^Session 3 · .+ · Bashir hosts$/);
    await shootBothThemes(options, 'pathway-series-coming');
    await options.close();
    await page.close();
  });
});
