// Issue 10, "A whole meeting, not only a round", in the shipped build: the crew's session agenda
// run in the call panel over the Meet fixture. The check-in goes turn by turn among the five
// people in the call, a phase for the whole crew is timed, the host skips a phase and adds time,
// and the meeting closes with its check-out round; the meeting survives a reload of the call page
// and the service worker being stopped.
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { CHECK_IN_PROMPTS } from '../../lib/core/prompts/check-in.ts';
import { CHECK_OUT_PROMPTS } from '../../lib/core/prompts/check-out.ts';
import { CREW_CALL, crewCallSuite, meetColours, panel } from './call-helpers.ts';
import { audit } from './harness/axe.ts';
import { collectConsole, openPage, stopServiceWorker } from './harness/browser.ts';
import { shootBothThemes } from './harness/screenshots.ts';

// Ada (the host, this browser), Bashir, Chiara, Dmitri and Eun-ji: the whole Tuesday Crew.
const call = crewCallSuite('meet/in-call-5.html');

const place = (page: Page) => panel(page).getByTestId('meeting-place').textContent();
const speaker = (page: Page) => panel(page).getByTestId('current-speaker').textContent();
const button = (page: Page, name: string | RegExp) => panel(page).getByRole('button', { name });
const prompt = (page: Page) => panel(page).getByRole('figure', { name: 'Prompt' });
const promptText = async (page: Page) =>
  (await prompt(page).locator('blockquote').textContent()) ?? '';
const agenda = (page: Page) => panel(page).getByRole('list', { name: 'Agenda' });

async function openCall(): Promise<Page> {
  const page = await openPage(call.ext.context, CREW_CALL);
  await meetColours(page);
  await panel(page).waitFor({ timeout: 10_000 });
  return page;
}

describe('a session agenda run as a meeting in the call panel', () => {
  let page: Page;

  test('the check-in runs turn by turn among the people in the call, with its prompt', async () => {
    page = await openCall();
    await panel(page).getByLabel('Kind of round').selectOption('session-agenda');
    await button(page, 'Show the order').click();
    await panel(page).getByText('First: Check-in round').waitFor();
    await button(page, 'Start round').click();
    // 15 minutes of check-in shared by five: three minutes each, the host first.
    await expect.poll(() => speaker(page)).toBe('Ada');
    await expect.poll(() => panel(page).getByRole('timer').textContent()).toMatch(/^(3:00|2:5\d)$/);
    expect(await place(page)).toBe('Check-in round · 1 of 5 speakers · 60 min left in the meeting');
    // A prompt from the check-in deck, kept with the meeting.
    await prompt(page).waitFor();
    expect(CHECK_IN_PROMPTS.map((p) => p.text)).toContain(await promptText(page));
    await button(page, 'Next').click();
    await expect.poll(() => speaker(page)).toBe('Bashir');
    await expect.poll(() => place(page)).toMatch(/^Check-in round · 2 of 5 speakers · /);
    await shootBothThemes(page, 'meeting-check-in');
    expect(await audit(page, 'meeting-check-in', { include: 'crewkit-call' })).toEqual([]);
  });

  test('the meeting survives a reload of the call and a stopped service worker', async () => {
    const worker = await call.ext.openExtensionPage('popup.html');
    await stopServiceWorker(worker);
    await worker.close();
    await page.reload();
    await meetColours(page);
    await panel(page).waitFor({ timeout: 10_000 });
    await expect.poll(() => speaker(page)).toBe('Bashir');
    expect(await place(page)).toMatch(/^Check-in round · 2 of 5 speakers · /);
    await prompt(page).waitFor();
  });

  test('a timed phase for the whole crew, with time added and a phase skipped', async () => {
    for (const next of ['Chiara', 'Dmitri', 'Eun-ji']) {
      await button(page, 'Next').click();
      await expect.poll(() => speaker(page)).toBe(next);
    }
    await button(page, 'Next').click();
    await expect.poll(() => speaker(page)).toBe('Open time');
    expect(await panel(page).getByRole('list', { name: 'Speaking order' }).count()).toBe(0);
    const before = Number((await place(page))?.match(/(\d+) min left/)?.[1]);
    await button(page, '+5 min: add 5 minutes to Open time').click();
    await expect
      .poll(async () => Number((await place(page))?.match(/(\d+) min left/)?.[1]))
      .toBe(before + 5);
    await expect
      .poll(() => panel(page).locator('[aria-live="polite"]').textContent())
      .toContain('5 minutes added to Open time.');
    await shootBothThemes(page, 'meeting-timed-phase');
    expect(await audit(page, 'meeting-timed-phase', { include: 'crewkit-call' })).toEqual([]);
    // Skipped from the bar: the check-out round is next, turn by turn again.
    await button(page, 'Skip Open time').click();
    await expect.poll(() => place(page)).toMatch(/^Check-out round · 1 of 5 speakers · /);
    expect(await agenda(page).textContent()).toContain('Open time');
    expect(await agenda(page).locator('li').nth(1).textContent()).toContain('skipped');
  });

  test('the meeting closes with its check-out round, from the check-out deck', async () => {
    await prompt(page).waitFor();
    expect(CHECK_OUT_PROMPTS.map((p) => p.text)).toContain(await promptText(page));
    await expect.poll(() => speaker(page)).toBe('Ada');
    await shootBothThemes(page, 'meeting-check-out');
    for (let i = 0; i < 5; i += 1) await button(page, 'Next').click();
    await panel(page).getByRole('heading', { name: 'Meeting complete' }).waitFor();
    const rows = await panel(page).getByRole('row').allTextContents();
    expect(rows.some((row) => row.startsWith('Check-in round'))).toBe(true);
    expect(rows.some((row) => row.startsWith('Check-out round'))).toBe(true);
    // Over all its rounds, how long each person spoke: the check-in and the check-out.
    for (const name of ['Ada', 'Bashir', 'Chiara', 'Dmitri', 'Eun-ji']) {
      expect(rows.some((row) => row.startsWith(name))).toBe(true);
    }
    await shootBothThemes(page, 'meeting-summary');
    expect(await audit(page, 'meeting-summary', { include: 'crewkit-call' })).toEqual([]);
    expect(collectConsole(page).errors).toEqual([]);
  });
});
