// Issue 4 in the shipped build: a crew's Google Meet call (fixture pages served under
// meet.google.com) from the lobby to the end of the call. Meet is a single-page app, so the test
// moves the page from one state to the next by swapping its body, as Meet does.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { callFrame, panel, tuesdayCrewOnly } from './call-helpers.ts';
import {
  collectConsole,
  type LaunchedExtension,
  launchWithExtension,
  openPage,
} from './harness/browser.ts';
import { saveScreenshot, shootBothThemes } from './harness/screenshots.ts';
import { FIXTURE_PAGES_DIR, type FixtureServer, startFixtureServer } from './harness/servers.ts';

let server: FixtureServer;
let ext: LaunchedExtension;
const CREW_CALL = 'https://meet.google.com/abc-defg-hij';

/** The demo crew, with its series moved so that session 1 started ten minutes ago. */
function crewBackup(): string {
  const demo = tuesdayCrewOnly(
    JSON.parse(readFileSync('tests/fixtures/backups/demo.json', 'utf8')),
  );
  const first = Date.now() - 10 * 60_000;
  demo.series[0].startsAt = new Date(first).toISOString();
  for (const session of demo.sessions) {
    session.startsAt = new Date(first + (session.index - 1) * 7 * 24 * 3600_000).toISOString();
  }
  return JSON.stringify(demo);
}

/** Replace everything in the store with the crew, through the options page as a user would. */
async function importCrew(options: Page): Promise<void> {
  await options.getByLabel('Import a backup').setInputFiles({
    name: 'crew.json',
    mimeType: 'application/json',
    buffer: Buffer.from(crewBackup()),
  });
  await options.getByRole('button', { name: 'Replace everything' }).click();
  await options.getByText('Imported 1 crew and 6 sessions.').waitFor();
}

function fixtureBody(name: string): string {
  const html = readFileSync(`${FIXTURE_PAGES_DIR}meet/${name}`, 'utf8');
  return html.slice(html.indexOf('<body'), html.lastIndexOf('</body>') + 7);
}

/** Meet's dark call background, so screenshots show the panel as it reads over a real call. */
async function meetColours(page: Page): Promise<void> {
  await page.addStyleTag({ content: 'body{background:#202124;color:#e8eaed}' });
}

/** Meet changes state without reloading: replace the page's body with another fixture's. */
async function becomes(page: Page, fixture: string): Promise<void> {
  const body = fixtureBody(fixture);
  await page.evaluate((markup) => {
    const parsed = new DOMParser().parseFromString(`<html>${markup}</html>`, 'text/html');
    // Keep Crewkit's own hosts (they live at the end of <body>), replace everything else.
    for (const child of [...document.body.children]) {
      if (!child.tagName.toLowerCase().startsWith('crewkit-')) child.remove();
    }
    document.body.prepend(...parsed.body.childNodes);
  }, body);
}

beforeAll(async () => {
  server = await startFixtureServer();
  server.route('meet.google.com', '/abc-defg-hij', 'meet/lobby.html');
  server.route('meet.google.com', '/hst-name-tst', 'meet/hostile-names.html');
  ext = await launchWithExtension({ server });
  const options = await ext.openExtensionPage('options.html');
  await importCrew(options);
  await options.close();
});

afterAll(async () => {
  await ext?.close();
  await server?.close();
});

describe('a crew call on Google Meet', () => {
  let page: Page;

  test('nothing opens in the lobby; the panel opens once joined, with the crew and its host', async () => {
    page = await openPage(ext.context, CREW_CALL);
    await meetColours(page);
    await page.waitForTimeout(1500);
    expect(await panel(page).count()).toBe(0);
    await saveScreenshot(page, 'meet-lobby');

    await becomes(page, 'in-call-5.html');
    await panel(page).waitFor({ timeout: 10_000 });
    const text = await panel(page).textContent();
    expect(text).toContain('Tuesday Crew');
    expect(await page.title()).toContain('abc-defg-hij');
    expect(text).toMatch(/1 of 6/);
    expect(text).toContain('Ada');
    // Everyone present is ticked, in the crew's order.
    const here = panel(page).getByRole('group', { name: 'Who is here' }).getByRole('checkbox');
    expect(
      await here.evaluateAll((boxes) => boxes.map((b) => (b as HTMLInputElement).checked)),
    ).toEqual([true, true, true, true, true]);
    // Beside the call the panel fits: nothing runs off its right edge, and the button that
    // starts the round is in view without scrolling.
    const body = panel(page).locator('.ck-float__body');
    const cutOff = await body.evaluate((el) => {
      const right = el.getBoundingClientRect().right;
      return [...el.querySelectorAll('*')].filter(
        (c) => c.getBoundingClientRect().right > right + 0.5,
      ).length;
    });
    expect(cutOff).toBe(0);
    const go = panel(page).getByRole('button', { name: 'Show the order' });
    const [goBox, bodyBox] = [await go.boundingBox(), await body.boundingBox()];
    expect((goBox?.y ?? 0) + (goBox?.height ?? 0)).toBeLessThanOrEqual(
      (bodyBox?.y ?? 0) + (bodyBox?.height ?? 0),
    );
    await shootBothThemes(page, 'meet-panel-setup');
  });

  test('an agreement added in the options page shows in the open panel, without a reload', async () => {
    const options = await ext.openExtensionPage('options.html');
    await options.getByRole('button', { name: 'Edit crew' }).click();
    const agreements = options.getByLabel('Agreements');
    await agreements.fill(`${await agreements.inputValue()}\nCameras on when we can`);
    await options.getByRole('button', { name: 'Save crew' }).click();
    await options.getByRole('button', { name: 'Edit crew' }).waitFor();
    await options.close();
    await panel(page).getByText('Our agreements (3)').waitFor({ timeout: 10_000 });
  });

  test('a full check-in round with a pass and a pause', async () => {
    await panel(page).getByRole('button', { name: 'Show the order' }).click();
    await panel(page).getByRole('button', { name: 'Start round' }).click();
    const prompt = panel(page).locator('.ck-prompt__text');
    await prompt.waitFor();
    expect((await prompt.textContent())?.length ?? 0).toBeGreaterThan(5);
    await saveScreenshot(page, 'meet-panel-running');

    // With Meet's chat open, the prompt goes into the message box for the user to send.
    await becomes(page, 'in-call-5-chat.html');
    await panel(page).getByRole('button', { name: 'Copy the prompt to the chat' }).click();
    await panel(page)
      .getByText('The prompt is in the chat box. Press send when you are ready.')
      .waitFor();
    expect(await page.locator('textarea[aria-label="Send a message"]').inputValue()).toBe(
      await prompt.textContent(),
    );

    await panel(page).getByRole('button', { name: 'Pass' }).click();
    await panel(page).getByRole('button', { name: 'Pause' }).click();
    await panel(page).getByRole('button', { name: 'Resume' }).click();
    for (let i = 0; i < 5; i++) {
      const next = panel(page).getByRole('button', { name: 'Next' });
      if ((await panel(page).getByRole('heading', { name: 'Round complete' }).count()) > 0) break;
      await next.click();
    }
    await panel(page).getByRole('heading', { name: 'Round complete' }).waitFor();
    await shootBothThemes(page, 'meet-panel-summary');
  });

  test('leaving saves the session as held and asks who hosts next', async () => {
    await becomes(page, 'left.html');
    const question = panel(page).getByLabel('Who hosts session 2?');
    await question.waitFor({ timeout: 10_000 });
    expect(await question.inputValue()).toBeTruthy();
    await saveScreenshot(page, 'meet-call-ended');
    await question.selectOption({ label: 'Chiara' });
    await panel(page).getByRole('button', { name: 'Confirm' }).click();
    await panel(page).getByText('Chiara hosts session 2.').waitFor();

    const options = await ext.openExtensionPage('options.html');
    const rows = options.locator('.ck-rotation__row');
    await expect.poll(() => rows.nth(0).textContent()).toContain('Ada hosted');
    expect(await rows.nth(1).textContent()).toContain('Chiara hosts');
    const [download] = await Promise.all([
      options.waitForEvent('download'),
      options.getByRole('button', { name: 'Export a backup' }).click(),
    ]);
    const backup = JSON.parse(readFileSync(await download.path(), 'utf8'));
    const round = backup.rounds.find((r: { sessionId?: string }) => r.sessionId === 'first-six-1');
    expect(round?.kind).toBe('check-in');
    expect(round?.state.status).toBe('ended');
    await options.close();
    expect(collectConsole(page).errors).toEqual([]);
  });
});

describe('closing the tab during a crew call', () => {
  test('still saves the session as held, with who was there', async () => {
    const options = await ext.openExtensionPage('options.html');
    await importCrew(options);
    server.route('meet.google.com', '/abc-defg-hij', 'meet/in-call-2.html');
    const page = await openPage(ext.context, CREW_CALL);
    await panel(page).waitFor({ timeout: 10_000 });
    await page.waitForTimeout(500);
    await page.close();
    const rows = options.locator('.ck-rotation__row');
    await expect.poll(() => rows.nth(0).textContent(), { timeout: 10_000 }).toContain('Ada hosted');
    await options.close();
  });
});

describe('people who arrive late and leave early (issue 8)', () => {
  test('everyone who came is present in the held session, only who never came is away', async () => {
    const options = await ext.openExtensionPage('options.html');
    await importCrew(options);
    server.route('meet.google.com', '/abc-defg-hij', 'meet/in-call-2.html');
    const page = await openPage(ext.context, CREW_CALL);
    await panel(page).waitFor({ timeout: 10_000 });
    const here = panel(page).getByRole('group', { name: 'Who is here' });
    await here.getByText('Bashir').waitFor();
    // Chiara joins late: Meet adds her tile to the grid.
    await page.evaluate(() => {
      const bashir = document.querySelector(
        '[data-participant-id="spaces/AAAAq2c9Xy0/devices/2"]:not([role="listitem"])',
      );
      const chiara = bashir?.cloneNode(true) as HTMLElement;
      chiara.setAttribute('data-participant-id', 'spaces/AAAAq2c9Xy0/devices/3');
      for (const name of chiara.querySelectorAll('span.notranslate')) {
        name.textContent = 'chiara bianchi';
      }
      bashir?.parentElement?.append(chiara);
    });
    await here.getByText('Chiara').waitFor({ timeout: 10_000 });
    // Bashir leaves early: his tile goes.
    await page.evaluate(() => {
      document
        .querySelector(
          '[data-participant-id="spaces/AAAAq2c9Xy0/devices/2"]:not([role="listitem"])',
        )
        ?.remove();
    });
    await page.waitForTimeout(500);
    await becomes(page, 'left.html');
    await panel(page).getByLabel('Who hosts session 2?').waitFor({ timeout: 10_000 });

    const [download] = await Promise.all([
      options.waitForEvent('download'),
      options.getByRole('button', { name: 'Export a backup' }).click(),
    ]);
    const backup = JSON.parse(readFileSync(await download.path(), 'utf8'));
    const held = backup.sessions.find((s: { id: string }) => s.id === 'first-six-1');
    expect(held.status).toBe('held');
    expect([...held.presentIds].sort()).toEqual(['m-ada', 'm-bashir', 'm-chiara']);
    expect([...held.awayIds].sort()).toEqual(['m-dmitri', 'm-eun-ji']);
    await options.close();
    expect(collectConsole(page).errors).toEqual([]);
    await page.close();
  });
});

describe('when Meet no longer looks as Crewkit expects', () => {
  test('the page is left alone, the popup says support is degraded, the panel still opens', async () => {
    server.route('meet.google.com', '/unk-nown-pge', 'meet/unrecognised.html');
    const page = await openPage(ext.context, 'https://meet.google.com/unk-nown-pge');
    await page.waitForTimeout(1500);
    expect(await panel(page).count()).toBe(0);

    const popup = await ext.openExtensionPage('popup.html');
    await popup.getByText('Google Meet support degraded.').waitFor();
    await saveScreenshot(popup, 'popup-meet-degraded');
    // What the popup's "Open Crewkit in this call" sends, addressed to the Meet tab.
    await popup.evaluate(async () => {
      const chromeApi = (globalThis as unknown as { chrome: ChromeTabs }).chrome;
      const [tab] = await chromeApi.tabs.query({ url: 'https://meet.google.com/unk-nown-pge' });
      if (!tab) throw new Error('no Meet tab');
      await chromeApi.tabs.sendMessage(tab.id, {
        id: 1,
        type: 'popup:openCallPanel',
        data: undefined,
        timestamp: Date.now(),
      });
    });
    await panel(page).waitFor({ timeout: 10_000 });
    // No roster to read: the round is set up with names typed in.
    await panel(page).getByLabel('Names').waitFor();
    await saveScreenshot(page, 'meet-degraded-manual-roster');
    expect(collectConsole(page).errors).toEqual([]);
    await popup.close();
  });
});

interface ChromeTabs {
  tabs: {
    query(q: { url: string }): Promise<{ id: number }[]>;
    sendMessage(tabId: number, message: unknown): Promise<unknown>;
  };
}

describe('a call with hostile display names', () => {
  test('names show as text and nothing runs', async () => {
    const page = await openPage(ext.context, 'https://meet.google.com/hst-name-tst');
    await meetColours(page);
    let dialogs = 0;
    page.on('dialog', (dialog) => {
      dialogs += 1;
      dialog.dismiss().catch(() => {});
    });
    const launcher = page.locator('crewkit-launcher button');
    await launcher.waitFor({ timeout: 10_000 });
    await launcher.click();
    await panel(page).waitFor();
    const text = await panel(page).textContent();
    expect(text).toContain('img src=x onerror=alert(1)');
    expect(await callFrame(page).locator('img[src="x"]').count()).toBe(0);
    await saveScreenshot(page, 'meet-hostile-names');
    expect(dialogs).toBe(0);
    expect(collectConsole(page).errors).toEqual([]);
  });
});
