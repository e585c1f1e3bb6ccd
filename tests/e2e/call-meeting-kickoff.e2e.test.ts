// Issue 10, "The kickoff captures ... the schedule into the series", in the call panel over the
// Meet fixture: in the kickoff's "Schedule and hosting" phase the host keeps what the crew agrees
// (kept with the meeting through the background), and the call's end writes it into the series
// and says so above the next-host question, whose proposal already follows the new hosts.
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { CREW_CALL, crewBackup, crewCallSuite, meetColours, panel } from './call-helpers.ts';
import { audit } from './harness/axe.ts';
import { collectConsole, openPage } from './harness/browser.ts';
import { shootBothThemes } from './harness/screenshots.ts';
import { becomes } from './talk-helpers.ts';

// The demo's Tuesday Crew on the starter series, its kickoff begun ten minutes ago.
const call = crewCallSuite('meet/in-call-5.html', () =>
  crewBackup((demo) => {
    Object.assign(demo.series[0] ?? {}, { templateId: 'starter-six-meetings' });
  }),
);

const place = (page: Page) => panel(page).getByTestId('meeting-place').textContent();
const button = (page: Page, name: string | RegExp) => panel(page).getByRole('button', { name });

describe("the kickoff's schedule in the call panel", () => {
  test('kept in the call, written into the series at its end, said above the next host', async () => {
    const page = await openPage(call.ext.context, CREW_CALL);
    await meetColours(page);
    await panel(page).waitFor({ timeout: 10_000 });
    await panel(page).getByLabel('Kind of round').selectOption('session-agenda');
    await button(page, 'Show the order').click();
    await button(page, 'Start round').click();
    for (const title of ['Check-in round', 'Intentions', 'Agreements']) {
      await expect.poll(() => place(page)).toMatch(new RegExp(`^${title}`));
      await button(page, `Skip ${title}`).click();
    }
    await expect.poll(() => place(page)).toMatch(/^Schedule and hosting/);
    // Every other week from now on; Dmitri hosts the next session.
    await panel(page).getByLabel('Every how many weeks').fill('2');
    await panel(page).getByLabel('Session 2', { exact: true }).selectOption({ label: 'Dmitri' });
    await button(page, 'Keep this schedule').click();
    await panel(page)
      .getByText('Kept with this meeting. When it ends, the series follows it.')
      .waitFor();
    await shootBothThemes(page, 'call-kickoff-schedule');
    expect(await audit(page, 'call-kickoff-schedule', { include: 'crewkit-call' })).toEqual([]);

    for (const title of ['Schedule and hosting', 'Check-out round']) {
      await expect.poll(() => place(page)).toMatch(new RegExp(`^${title}`));
      await button(page, `Skip ${title}`).click();
    }
    await panel(page).getByRole('heading', { name: 'Meeting complete' }).waitFor();
    await becomes(page, 'left.html');
    await panel(page).getByText('Schedule saved to the series.').waitFor({ timeout: 10_000 });
    const question = panel(page).getByLabel('Who hosts session 2?');
    expect(await question.locator('option:checked').textContent()).toBe('Dmitri');
    await shootBothThemes(page, 'call-schedule-saved');
    expect(await audit(page, 'call-schedule-saved', { include: 'crewkit-call' })).toEqual([]);
    expect(collectConsole(page).errors).toEqual([]);

    // The crew's sessions now follow it: two weeks apart, Dmitri first, then the rotation.
    const options = await call.ext.openExtensionPage('options.html');
    const rows = options.locator('.ck-rotation__row');
    await expect.poll(() => rows.count()).toBe(6);
    const starts = await rows
      .locator('time')
      .evaluateAll((times) => times.map((t) => Date.parse(t.getAttribute('datetime') ?? '')));
    const days = starts.slice(1).map((at, i) => Math.round((at - (starts[i] ?? 0)) / 86_400_000));
    expect(days).toEqual([7, 14, 14, 14, 14]);
    expect(await rows.nth(1).locator('.ck-rotation__host-name').textContent()).toBe('Dmitri hosts');
    await options.close();
    await page.close();
  });
});
