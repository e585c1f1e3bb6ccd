// The production build loads into Debian's Chromium and every extension page opens cleanly;
// the fake Google hosts answer through the fixture server; the service worker survives a stop.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  collectConsole,
  type ExtensionPageFile,
  type LaunchedExtension,
  launchWithExtension,
  openPage,
  stopServiceWorker,
} from './harness/browser.ts';
import { saveScreenshot, shootBothThemes } from './harness/screenshots.ts';
import { type FixtureServer, htmlPage, startFixtureServer } from './harness/servers.ts';

// The extension API as seen inside page.evaluate on an extension page (no @types/chrome here).
declare const chrome: {
  runtime: { sendMessage(message: unknown): Promise<unknown> };
  storage: {
    local: {
      get(key: string): Promise<Record<string, unknown>>;
      set(items: Record<string, unknown>): Promise<void>;
    };
  };
};

let server: FixtureServer;
let ext: LaunchedExtension;

beforeAll(async () => {
  server = await startFixtureServer();
  server.route(
    'meet.google.com',
    '/abc-defg-hij',
    htmlPage('<h1>Fake Meet call abc-defg-hij</h1>', 'Meet - abc-defg-hij'),
  );
  ext = await launchWithExtension({ server });
});

afterAll(async () => {
  await ext?.close();
  await server?.close();
});

describe('the production build in Chromium', () => {
  test('loads and starts its service worker', () => {
    expect(ext.extensionId).toMatch(/^[a-p]{32}$/);
    expect(ext.serviceWorker()?.url()).toBe(ext.extensionUrl('background.js'));
  });

  test.each<ExtensionPageFile>(['options.html', 'popup.html', 'sidepanel.html'])(
    '%s opens without console errors',
    async (file) => {
      const page = await ext.openExtensionPage(file);
      await page.waitForLoadState('networkidle');
      await expect.poll(() => page.locator('#app').textContent()).toContain('Crewkit');
      await shootBothThemes(page, `smoke-${file.replace('.html', '')}`);
      expect(collectConsole(page).errors).toEqual([]);
      await page.close();
    },
  );

  test('reaches meet.google.com on the fixture server', async () => {
    const page = await openPage(ext.context, 'https://meet.google.com/abc-defg-hij');
    expect(await page.locator('h1').textContent()).toBe('Fake Meet call abc-defg-hij');
    expect(server.requests).toContainEqual({
      host: 'meet.google.com',
      method: 'GET',
      path: '/abc-defg-hij',
    });
    await saveScreenshot(page, 'smoke-meet-fixture');
    await page.close();
  });

  test('a stopped service worker wakes again for the next message', async () => {
    const page = await ext.openExtensionPage('popup.html');
    expect(ext.serviceWorker()).toBeDefined();
    // Resolves only once Chrome reports every worker stopped.
    await stopServiceWorker(page);

    // Until the background registers a listener, Chrome answers "Receiving end does not exist";
    // once one exists, the message itself must have started a fresh worker. (Playwright keeps the
    // same Worker object and reattaches it to the new worker.)
    const outcome = await page.evaluate(async () => {
      try {
        await chrome.runtime.sendMessage({ type: 'crewkit:e2e-ping' });
        return 'answered';
      } catch (error) {
        return String(error);
      }
    });
    if (outcome === 'answered') {
      expect(await ext.serviceWorker()?.evaluate(() => location.href)).toBe(
        ext.extensionUrl('background.js'),
      );
    } else {
      expect(outcome).toMatch(/Receiving end does not exist/);
    }
    expect(collectConsole(page).errors).toEqual([]);
    await saveScreenshot(page, 'smoke-popup-after-worker-stop');
    await page.close();
  });
});

describe('loading like branded Google Chrome (npm start with CHROMIUM_PATH=google-chrome)', () => {
  test('CDP Extensions.loadUnpacked loads the build and its pages', async () => {
    const viaCdp = await launchWithExtension({ server, loadThroughCdp: true });
    try {
      expect(viaCdp.serviceWorker()?.url()).toBe(viaCdp.extensionUrl('background.js'));
      const page = await viaCdp.openExtensionPage('options.html');
      await expect.poll(() => page.locator('#app').textContent()).toContain('Crewkit');
      expect(collectConsole(page).errors).toEqual([]);
      await saveScreenshot(page, 'smoke-options-loaded-through-cdp');
    } finally {
      await viaCdp.close();
    }
  });
});

describe('a reused profile', () => {
  test('relaunches the same extension with its stored data', async () => {
    const profileDir = mkdtempSync(join(tmpdir(), 'crewkit-reuse-'));
    try {
      const first = await launchWithExtension({ server, profileDir });
      const page = await first.openExtensionPage('options.html');
      await page.evaluate(() => chrome.storage.local.set({ e2eMarker: 'kept across relaunch' }));
      await first.close();

      const second = await launchWithExtension({ server, profileDir });
      expect(second.extensionId).toBe(first.extensionId);
      const again = await second.openExtensionPage('options.html');
      const stored = await again.evaluate(() => chrome.storage.local.get('e2eMarker'));
      expect(stored).toEqual({ e2eMarker: 'kept across relaunch' });
      await saveScreenshot(again, 'smoke-options-relaunched');
      await second.close();
    } finally {
      rmSync(profileDir, { recursive: true, force: true });
    }
  });
});
