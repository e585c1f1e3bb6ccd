// Jitsi in the shipped build: the background registers the Jitsi content script for a granted
// Jitsi origin on start, and on a meet.jit.si call Crewkit's launcher appears and opens the panel.
// In the options page, an address that cannot be a Jitsi server is explained and nothing is asked.
//
// Why a modified copy of the build: meet.jit.si is an OPTIONAL host permission, granted when the
// user turns on "Use Crewkit on meet.jit.si" and accepts the browser's prompt. Headless Chromium
// cannot click that prompt. So this test loads a copy of .output/chrome-mv3 whose manifest moves
// `https://meet.jit.si/*` from optional_host_permissions into host_permissions: granted at
// install, which is exactly the state a user reaches after accepting the prompt (Chrome keeps
// granted optional permissions as active host permissions). Everything else — the background,
// the registration sync, the content script, the options page — is the shipped code, unchanged.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { panel } from './call-helpers.ts';
import {
  collectConsole,
  type LaunchedExtension,
  launchWithExtension,
  openPage,
} from './harness/browser.ts';
import { saveScreenshot } from './harness/screenshots.ts';
import { type FixtureServer, startFixtureServer } from './harness/servers.ts';

// The extension API inside evaluate() on the service worker or an extension page.
declare const chrome: {
  scripting: {
    getRegisteredContentScripts(): Promise<{ id: string; matches?: string[]; js?: string[] }[]>;
  };
  permissions: {
    request(request: { origins: string[] }): Promise<boolean>;
    getAll(): Promise<{ origins?: string[] }>;
  };
};

const JITSI_PATTERN = 'https://meet.jit.si/*';

let server: FixtureServer;
let ext: LaunchedExtension;
let extensionCopy: string;

/** A copy of the build with meet.jit.si granted, as after the user accepted the prompt. */
function buildWithJitsiGranted(): string {
  const dir = mkdtempSync(join(tmpdir(), 'crewkit-jitsi-granted-'));
  cpSync(resolve('.output/chrome-mv3'), dir, { recursive: true });
  const manifestPath = join(dir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as {
    host_permissions: string[];
    optional_host_permissions: string[];
    content_scripts?: { matches: string[] }[];
  };
  // The shipped manifest must keep Jitsi optional and out of content_scripts (issue 4).
  expect(manifest.optional_host_permissions).toContain(JITSI_PATTERN);
  expect(manifest.host_permissions).not.toContain(JITSI_PATTERN);
  expect(manifest.content_scripts?.flatMap((script) => script.matches)).not.toContain(
    JITSI_PATTERN,
  );
  manifest.optional_host_permissions = manifest.optional_host_permissions.filter(
    (pattern) => pattern !== JITSI_PATTERN,
  );
  manifest.host_permissions = [...manifest.host_permissions, JITSI_PATTERN];
  writeFileSync(manifestPath, JSON.stringify(manifest, null, 2));
  return dir;
}

beforeAll(async () => {
  server = await startFixtureServer();
  server.route('meet.jit.si', '/TuesdayCrew', 'jitsi/in-call-4.html');
  // The browser asks for it; a 404 would be a console error that is not Crewkit's.
  server.route('meet.jit.si', '/favicon.ico', (_req, res) => {
    res.writeHead(204);
    res.end();
  });
  extensionCopy = buildWithJitsiGranted();
  ext = await launchWithExtension({ server, extensionPath: extensionCopy });
});

afterAll(async () => {
  await ext?.close();
  await server?.close();
  if (extensionCopy) rmSync(extensionCopy, { recursive: true, force: true });
});

describe('Jitsi on meet.jit.si, once allowed', () => {
  test('the background registers the Jitsi content script for meet.jit.si on start', async () => {
    const registered = async () => {
      const worker = ext.serviceWorker();
      if (!worker) return [];
      return worker.evaluate(() => chrome.scripting.getRegisteredContentScripts());
    };
    await expect.poll(registered, { timeout: 15_000 }).toEqual([
      expect.objectContaining({
        id: 'crewkit-jitsi:meet.jit.si',
        matches: [JITSI_PATTERN],
        js: ['content-scripts/jitsi.js'],
      }),
    ]);
  });

  test('in a call on meet.jit.si, the launcher appears and opens the panel', async () => {
    const page = await openPage(ext.context, 'https://meet.jit.si/TuesdayCrew');
    const record = collectConsole(page);
    expect(await page.title()).toContain('Jitsi Meet');
    // Crewkit's UI lives in shadow hosts named crewkit-* (lib/features/shadow-host.ts).
    const launcher = page.locator('crewkit-launcher').getByRole('button', { name: 'Open Crewkit' });
    await expect.poll(() => launcher.isVisible(), { timeout: 15_000 }).toBe(true);
    await saveScreenshot(page, 'jitsi-launcher');

    await launcher.click();
    await expect
      .poll(() => page.evaluate(() => document.querySelector('crewkit-call') !== null), {
        timeout: 15_000,
      })
      .toBe(true);
    const hosts = await page.evaluate(() =>
      [...document.querySelectorAll('*')]
        .map((element) => element.tagName.toLowerCase())
        .filter((tag) => tag.startsWith('crewkit-')),
    );
    expect(hosts).toContain('crewkit-call');
    // The panel's own frame loads on a Jitsi origin too (web_accessible_resources, wxt.config.ts).
    await panel(page).getByRole('heading', { name: 'Set up a round' }).waitFor({ timeout: 15_000 });
    await saveScreenshot(page, 'jitsi-panel');
    expect(record.errors).toEqual([]);
    await page.close();
  });
});

describe('options: an address that is not a Jitsi server', () => {
  test.each([
    ['http://insecure.example', /Only https:\/\/ addresses can be added/],
    ['https://meet.google.com', /That is a Google address, not a Jitsi server/],
  ])('%s is explained and no permission is requested', async (address, message) => {
    const page = await ext.openExtensionPage('options.html');
    const before = await page.evaluate(() => chrome.permissions.getAll());
    // Count requests by wrapping the very object the page's code calls.
    await page.evaluate(() => {
      const calls: unknown[] = [];
      (globalThis as { permissionRequests?: unknown[] }).permissionRequests = calls;
      const original = chrome.permissions.request.bind(chrome.permissions);
      chrome.permissions.request = (request) => {
        calls.push(request);
        return original(request);
      };
    });
    const box = page.getByLabel('Add a self-hosted Jitsi server');
    await box.fill(address);
    await page.getByRole('button', { name: 'Add server' }).click();

    await expect.poll(() => page.getByText(message).isVisible()).toBe(true);
    expect(await box.getAttribute('aria-invalid')).toBe('true');
    expect(
      await page.evaluate(
        () => (globalThis as { permissionRequests?: unknown[] }).permissionRequests,
      ),
    ).toEqual([]);
    expect(await page.evaluate(() => chrome.permissions.getAll())).toEqual(before);
    await page
      .getByRole('heading', { name: 'Jitsi servers', exact: true })
      .scrollIntoViewIfNeeded();
    await saveScreenshot(page, `jitsi-options-refused-${new URL(address).hostname}`);
    expect(collectConsole(page).errors).toEqual([]);
    await page.close();
  });
});
