// Issue 10, "The end of a series", in the shipped build: the retrospective meeting runs as rounds
// in the side panel and the host notes "what we liked" and "what we would improve"; the series-end
// form on the pathway page starts from those notes, the decision records them with the series,
// and a backup export carries both the meeting's notes and the decision.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Backup } from '../../lib/core/backup-types.ts';
import { crewBackup, importCrew } from './call-helpers.ts';
import { collectConsole, type LaunchedExtension, launchWithExtension } from './harness/browser.ts';
import { shootBothThemes } from './harness/screenshots.ts';
import { type FixtureServer, startFixtureServer } from './harness/servers.ts';

let server: FixtureServer;
let ext: LaunchedExtension;

// The demo's Tuesday Crew on the starter series: meetings 1 to 5 held weekly, each member hosting
// once in rotation order; the retrospective (meeting 6) began ten minutes ago.
const HOSTS = ['m-ada', 'm-bashir', 'm-chiara', 'm-dmitri', 'm-eun-ji'];
const retroBegan = Date.now() - 10 * 60_000;
const WEEK_MS = 7 * 86_400_000;

function lastMeetingBackup(): string {
  return crewBackup((demo) => {
    const start = (index: number) => new Date(retroBegan - (6 - index) * WEEK_MS).toISOString();
    Object.assign(demo.series[0] ?? {}, {
      templateId: 'starter-six-meetings',
      startsAt: start(1),
    });
    for (const session of demo.sessions as Record<string, unknown>[]) {
      const index = session.index as number;
      session.startsAt = start(index);
      if (index < 6) {
        Object.assign(session, { status: 'held', hostId: HOSTS[index - 1], presentIds: HOSTS });
      }
    }
  });
}

beforeAll(async () => {
  server = await startFixtureServer();
  ext = await launchWithExtension({ server });
  await importCrew(ext, lastMeetingBackup());
});

afterAll(async () => {
  await ext?.close();
  await server?.close();
});

const place = (page: Page) => page.getByTestId('meeting-place').textContent();

/** What the host notes in a phase, kept when the field is left (as the panel keeps it). */
async function note(page: Page, label: string, text: string): Promise<void> {
  const field = page.getByLabel(label);
  await field.fill(text);
  await field.press('Tab');
}

describe("the retrospective's notes", () => {
  test('are noted in its rounds, shown by the series end, recorded and exported', async () => {
    const page = await ext.openExtensionPage('sidepanel.html');
    await page.getByLabel('Round for').selectOption({ label: 'Tuesday Crew' });
    await page.getByText('Session 6 of 6').waitFor();
    await page.getByLabel('Kind of round').selectOption('session-agenda');
    await page.getByRole('button', { name: 'Show the order' }).click();
    await page.getByRole('button', { name: 'Start round' }).click();
    await page.getByRole('button', { name: 'Skip Check-in round' }).click();

    await expect.poll(() => place(page)).toMatch(/^What we liked · 1 of 5 speakers/);
    await note(page, 'What we liked: notes, one per line', 'The stillness\nEveryone hosted');
    await page.getByRole('button', { name: 'Skip What we liked' }).click();
    await expect.poll(() => place(page)).toMatch(/^What we would improve · 1 of 5 speakers/);
    await note(page, 'What we would improve: notes, one per line', 'Start on time');
    await shootBothThemes(page, 'pathway-retrospective-notes');
    for (const title of ['What we would improve', 'Continue, change or split', 'Check-out round']) {
      await expect.poll(() => place(page)).toMatch(new RegExp(`^${title}`));
      await page.getByRole('button', { name: `Skip ${title}` }).click();
    }
    await page.getByRole('heading', { name: 'Meeting complete' }).waitFor();
    expect(collectConsole(page).errors).toEqual([]);
    await page.close();

    // The sixth meeting held, the series-end form starts from what the meeting noted.
    const options = await ext.openExtensionPage('options.html');
    await options.getByRole('button', { name: /^Mark as held.*\b6 of 6/ }).click();
    await options.getByRole('button', { name: 'Hosting pathway' }).click();
    await options.getByRole('button', { name: /Record the retrospective of/ }).click();
    const liked = options.getByLabel('What we liked (one per line)');
    const change = options.getByLabel('What we would improve (one per line)');
    expect(await liked.inputValue()).toBe('The stillness\nEveryone hosted');
    expect(await change.inputValue()).toBe('Start on time');
    await shootBothThemes(options, 'pathway-retrospective-form');
    await options.getByLabel(/Continue as we are/).check();
    await options.getByRole('button', { name: 'Record the decision' }).click();
    await options.getByText(/The crew decided to continue/).waitFor();
    await options.getByText(/We liked: The stillness; Everyone hosted/).waitFor();

    // The export has the meeting's notes and the decision recorded with the series.
    await options.goto(ext.extensionUrl('options.html'));
    const [download] = await Promise.all([
      options.waitForEvent('download'),
      options.getByRole('button', { name: 'Export a backup' }).click(),
    ]);
    const backup = JSON.parse(readFileSync(await download.path(), 'utf8')) as Backup;
    const meeting = backup.rounds.find((r) => r.kind === 'agenda' && r.sessionId === 'first-six-6');
    expect(meeting?.notes).toEqual({
      liked: 'The stillness\nEveryone hosted',
      improve: 'Start on time',
    });
    expect(backup.retrospectives).toEqual([
      expect.objectContaining({
        seriesId: 'first-six',
        decision: 'continue',
        liked: ['The stillness', 'Everyone hosted'],
        wouldChange: ['Start on time'],
      }),
    ]);
    await options.close();
  });
});
