// Reminders survive the service worker being stopped (issue 9, "Reminders"), in real Chromium
// with the shipped build: reminders on, a crew session a little over a minute ahead (the
// shortest lead time a user can choose is one minute), every service worker stopped the way
// Chrome stops an idle one, and the reminder's alarm then wakes a fresh worker, which rebuilds
// the notification from the store alone (lib/background/reminders.ts) and shows it. And a click
// on a reminder opens the call at the session's own Meet link: headless Chromium cannot click a
// notification, so the test has Chromium dispatch the notification's click event in the worker,
// which runs the listener the shipped code registered (lib/background/reminders-browser.ts).
//
// Why a modified copy of the build: `notifications` is an OPTIONAL permission the options page
// asks for when the user turns reminders on, and headless Chromium cannot click the prompt. The
// copy moves it into the granted list, the state a user reaches after accepting; the options
// page's request then resolves at once without a prompt. Everything else is the shipped code.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { CDPSession } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { crewBackup, importCrew } from './call-helpers.ts';
import { launchWithExtension, openPage, stopServiceWorker } from './harness/browser.ts';
import { saveScreenshot } from './harness/screenshots.ts';
import { type FixtureServer, startFixtureServer } from './harness/servers.ts';

// The extension API as seen inside worker.evaluate (no @types/chrome here). `dispatch` is
// Chromium's own on every extension event object (seen 2026-12 in Debian's Chromium): it calls
// the listeners the worker registered, as the browser does when the event happens.
declare const chrome: {
  alarms: {
    getAll(): Promise<{ name: string; scheduledTime: number }[]>;
    onAlarm: { dispatch(alarm: { name: string; scheduledTime: number }): void };
  };
  notifications: {
    getAll(): Promise<Record<string, boolean>>;
    onClicked: { dispatch(id: string): void; hasListeners(): boolean };
  };
};

let server: FixtureServer;
let extensionCopy: string;

function buildWithNotificationsGranted(): string {
  const dir = mkdtempSync(join(tmpdir(), 'crewkit-notifications-granted-'));
  cpSync(resolve('.output/chrome-mv3'), dir, { recursive: true });
  const path = join(dir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(path, 'utf8')) as {
    permissions: string[];
    optional_permissions?: string[];
  };
  // The shipped manifest does not ask for it at install.
  expect(manifest.optional_permissions).toContain('notifications');
  expect(manifest.permissions).not.toContain('notifications');
  manifest.optional_permissions = manifest.optional_permissions?.filter(
    (p) => p !== 'notifications',
  );
  manifest.permissions = [...manifest.permissions, 'notifications'];
  writeFileSync(path, JSON.stringify(manifest, null, 2));
  return dir;
}

/** Every running-status change of the extension's service worker, as Chrome reports it. */
async function watchWorkerStatus(session: CDPSession): Promise<string[]> {
  const seen: string[] = [];
  session.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
    for (const version of versions) {
      if (version.scriptURL.startsWith('chrome-extension://')) seen.push(version.runningStatus);
    }
  });
  await session.send('ServiceWorker.enable');
  return seen;
}

beforeAll(async () => {
  server = await startFixtureServer();
  extensionCopy = buildWithNotificationsGranted();
});

afterAll(async () => {
  await server?.close();
  if (extensionCopy) rmSync(extensionCopy, { recursive: true, force: true });
});

describe('reminders', () => {
  test('the alarm fires after the service worker was stopped, and the notification shows', async () => {
    const ext = await launchWithExtension({ server, extensionPath: extensionCopy });
    try {
      // Session 1 starts in 100 s: with "1 minute before", its reminder is due in about 40 s.
      const start = Date.now() + 100_000;
      await importCrew(
        ext,
        crewBackup((demo) => {
          for (const series of demo.series) series.startsAt = new Date(start).toISOString();
          for (const session of demo.sessions as { index: number; startsAt: string }[]) {
            session.startsAt = new Date(start + (session.index - 1) * 7 * 86_400_000).toISOString();
            delete (session as { calendarRef?: unknown }).calendarRef;
          }
        }),
      );
      const options = await ext.openExtensionPage('options.html');
      const section = options.locator('section.ck-reminders');
      await section.getByRole('switch', { name: 'Remind me before crew sessions' }).check();
      await section.getByLabel('Minutes before').fill('1');
      await section.getByRole('button', { name: 'Save reminders' }).click();
      await section.getByText(/^Reminders are on: \d+ scheduled for the coming week\.$/).waitFor();
      await saveScreenshot(options, 'reminders-on');
      const alarms = await ext
        .serviceWorker()
        ?.evaluate(() =>
          chrome.alarms
            .getAll()
            .then((all) => all.map((a) => ({ name: a.name, at: a.scheduledTime }))),
        );
      const due = alarms?.filter((a) => a.name.startsWith('crewkit-reminder')) ?? [];
      expect(due.length).toBeGreaterThan(0);
      expect(Math.min(...due.map((a) => a.at))).toBeGreaterThan(Date.now() + 15_000);
      await options.close();

      // Nothing of ours is open: only a blank tab, whose CDP session watches the worker.
      const blank = await openPage(ext.context, 'about:blank');
      await stopServiceWorker(blank);
      const session = await ext.context.newCDPSession(blank);
      const statuses = await watchWorkerStatus(session);
      // ServiceWorker.enable reports the current state first: stopped.
      await expect.poll(() => statuses.at(-1), { timeout: 5000 }).toBe('stopped');

      // The alarm wakes a fresh worker (nothing else could: no page, no message).
      await expect
        .poll(() => statuses.includes('running'), { timeout: 60_000, interval: 500 })
        .toBe(true);
      // The fresh worker rebuilt the reminder from the store and showed it.
      const shownIds = async () =>
        (await ext
          .serviceWorker()
          ?.evaluate(() => chrome.notifications.getAll().then((all) => Object.keys(all)))) ?? [];
      await expect.poll(shownIds, { timeout: 20_000, interval: 500 }).toHaveLength(1);
      expect((await shownIds())[0]).toMatch(/^crewkit-reminder:before:tuesday-crew:/);
      expect(statuses.indexOf('running')).toBeGreaterThan(statuses.indexOf('stopped'));
      await session.detach();
    } finally {
      await ext.close();
    }
  }, 120_000);

  test("clicking a reminder opens the call at the session's event's Meet link", async () => {
    const ext = await launchWithExtension({ server, extensionPath: extensionCopy });
    try {
      // The crew's standing link is abc-defg-hij; session 2's calendar event has its own Meet
      // link, which is the call a reminder of that session must open.
      await importCrew(
        ext,
        crewBackup((demo) => {
          const start = Date.now() + 30 * 60_000;
          for (const session of demo.sessions as { index: number; startsAt: string }[]) {
            session.startsAt = new Date(start + (session.index - 2) * 7 * 86_400_000).toISOString();
          }
          const second = demo.sessions.find((s) => s.index === 2) as { meetCode?: string };
          second.meetCode = 'kdv-mtqe-pzw';
        }),
      );
      const options = await ext.openExtensionPage('options.html');
      const section = options.locator('section.ck-reminders');
      await section.getByRole('switch', { name: 'Remind me before crew sessions' }).check();
      await section.getByRole('button', { name: 'Save reminders' }).click();
      await section.getByText(/^Reminders are on: \d+ scheduled for the coming week\.$/).waitFor();
      await options.close();

      const worker = ext.serviceWorker();
      const id = 'crewkit-reminder:before:tuesday-crew:first-six-2';
      // Its alarm goes off (as it would in 20 minutes) and the reminder shows.
      await worker?.evaluate((name) => {
        chrome.alarms.onAlarm.dispatch({ name, scheduledTime: Date.now() });
      }, id);
      const shown = () =>
        worker?.evaluate(() => chrome.notifications.getAll().then((all) => Object.keys(all)));
      await expect.poll(shown, { timeout: 10_000 }).toEqual([id]);

      // The user clicks it.
      const opened = ext.context.waitForEvent('page', { timeout: 15_000 });
      const listening = await worker?.evaluate((name) => {
        const listening = chrome.notifications.onClicked.hasListeners();
        chrome.notifications.onClicked.dispatch(name);
        return listening;
      }, id);
      expect(listening).toBe(true);
      const call = await opened;
      await expect.poll(() => call.url()).toMatch(/^https:\/\/meet\.google\.com\/kdv-mtqe-pzw/);
      expect(ext.context.pages().filter((p) => p.url().includes('meet.google.com'))).toHaveLength(
        1,
      );
      await saveScreenshot(call, 'reminders-click-call');
    } finally {
      await ext.close();
    }
  });
});
