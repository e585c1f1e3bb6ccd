// Launches the production build in real Chromium with Google's and Jitsi's host names pointed
// at the local fixture server (DESIGN.md, "Test the artifact that ships"; flags measured in
// reference/toolchain.md).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserContext, chromium, type Page, type Worker } from 'playwright-core';
import { isBrandedChrome, requireChromium } from '../../../scripts/find-chromium.mjs';
import { FAKE_HOSTS } from './certs.ts';

export type ExtensionPageFile = 'options.html' | 'popup.html' | 'sidepanel.html';

export interface LaunchOptions {
  /** The fixture server (only its port is needed) that plays every fake host. */
  server: { port: number };
  /** Reuse a profile to relaunch on the same data; a fresh temp profile otherwise. */
  profileDir?: string;
  extensionPath?: string;
  headless?: boolean;
  executablePath?: string;
  /** Load through CDP `Extensions.loadUnpacked`; defaults to on for branded Google Chrome. */
  loadThroughCdp?: boolean;
  /**
   * The browser's language, e.g. 'de': `--lang` picks the extension's messages in headless
   * Chromium (the LANGUAGE variable alone does not), the context locale sets navigator.language.
   */
  language?: string;
  /**
   * The browser's UI language (e.g. 'de'), which picks the extension's locale. Linux Chromium
   * reads it from LANGUAGE; `--lang` covers the other platforms.
   */
  uiLanguage?: string;
}

export interface LaunchedExtension {
  context: BrowserContext;
  extensionId: string;
  profileDir: string;
  /** `chrome-extension://<id>/<file>` */
  extensionUrl(file: string): string;
  openExtensionPage(file: ExtensionPageFile): Promise<Page>;
  /** The newest running service worker of the extension (an older, stopped one may linger). */
  serviceWorker(): Worker | undefined;
  close(): Promise<void>;
}

// Without these Chromium keeps dialling Google's update and sync servers on the closed network.
const QUIET_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function hostResolverRules(port: number): string {
  const maps = FAKE_HOSTS.map((host) => `MAP ${host} 127.0.0.1:${port}`);
  return `--host-resolver-rules=${[...maps, 'EXCLUDE localhost'].join(', ')}`;
}

export async function launchWithExtension(options: LaunchOptions): Promise<LaunchedExtension> {
  const executablePath = options.executablePath ?? requireChromium();
  const extensionPath = resolve(options.extensionPath ?? '.output/chrome-mv3');
  const ownsProfile = options.profileDir === undefined;
  const profileDir = options.profileDir ?? mkdtempSync(join(tmpdir(), 'crewkit-profile-'));
  // Branded Chrome 137+ ignores --load-extension; it accepts the CDP command instead.
  const loadThroughCdp = options.loadThroughCdp ?? isBrandedChrome(executablePath);
  const loadArgs = loadThroughCdp
    ? ['--enable-unsafe-extension-debugging']
    : [`--disable-extensions-except=${extensionPath}`, `--load-extension=${extensionPath}`];

  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath,
    headless: options.headless ?? true,
    ignoreDefaultArgs: ['--disable-extensions'],
    args: [
      ...loadArgs,
      ...QUIET_FLAGS,
      hostResolverRules(options.server.port),
      ...(options.uiLanguage ? [`--lang=${options.uiLanguage}`] : []),
      '--ignore-certificate-errors',
      ...(options.language ? [`--lang=${options.language}`] : []),
    ],
    ...(options.language ? { locale: options.language } : {}),
    viewport: { width: 1280, height: 800 },
    ...(options.uiLanguage
      ? {
          locale: options.uiLanguage,
          env: {
            ...process.env,
            LANGUAGE: options.uiLanguage,
            LANG: `${options.uiLanguage}.UTF-8`,
          },
        }
      : {}),
  });

  try {
    const loadedId = loadThroughCdp ? await loadUnpackedThroughCdp(context, extensionPath) : '';
    const extensionId = new URL((await extensionWorker(context, loadedId)).url()).host;
    const extensionUrl = (file: string) => `chrome-extension://${extensionId}/${file}`;
    const launched: LaunchedExtension = {
      context,
      extensionId,
      profileDir,
      extensionUrl,
      openExtensionPage: (file) => openExtensionPage(launched, file),
      serviceWorker: () =>
        context
          .serviceWorkers()
          .filter((worker) => worker.url().startsWith(extensionUrl('')))
          .at(-1),
      close: async () => {
        await context.close();
        if (ownsProfile) rmSync(profileDir, { recursive: true, force: true });
      },
    };
    return launched;
  } catch (error) {
    await context.close();
    if (ownsProfile) rmSync(profileDir, { recursive: true, force: true });
    throw error;
  }
}

/** The service worker of the extension with `id`, or of the first extension when id is ''. */
async function extensionWorker(context: BrowserContext, id: string): Promise<Worker> {
  const isExtension = (worker: Worker) => worker.url().startsWith(`chrome-extension://${id}`);
  const running = context.serviceWorkers().find(isExtension);
  if (running) return running;
  return context.waitForEvent('serviceworker', { predicate: isExtension, timeout: 20_000 });
}

async function loadUnpackedThroughCdp(context: BrowserContext, path: string): Promise<string> {
  const browser = context.browser();
  if (!browser) throw new Error('No browser-level CDP session to load the extension through');
  const session = await browser.newBrowserCDPSession();
  const { id } = await session.send('Extensions.loadUnpacked', { path });
  await session.detach();
  return id;
}

/** Opens an extension page in a new tab, collecting its console from before the first load. */
export async function openExtensionPage(
  launched: Pick<LaunchedExtension, 'context' | 'extensionUrl'>,
  file: ExtensionPageFile,
): Promise<Page> {
  return openPage(launched.context, launched.extensionUrl(file));
}

/** Opens any URL (e.g. https://meet.google.com/abc-defg-hij) with its console collected. */
export async function openPage(context: BrowserContext, url: string): Promise<Page> {
  const page = await context.newPage();
  collectConsole(page);
  await page.goto(url);
  return page;
}

/**
 * Opens a URL in a browser window of its own, its console collected, for pages measured side by
 * side. A page in a second tab of one window is hidden behind the tab in front: measured on
 * 2026-12-04 (headless Chromium 156), it was drawn at 3-5 frames a second and its main thread did
 * 35-45 % of the work of the front tab, while two pages in two windows each drew 62 frames a second
 * at 1280x800 and did the same work within 0-11 %.
 */
export async function openWindow(context: BrowserContext, url: string): Promise<Page> {
  const opener = context.pages()[0] ?? (await context.newPage());
  const session = await context.newCDPSession(opener);
  try {
    const opened = context.waitForEvent('page', (page) => page.url() === 'about:blank');
    await session.send('Target.createTarget', { url: 'about:blank', newWindow: true });
    const page = await opened;
    collectConsole(page);
    await page.goto(url);
    return page;
  } finally {
    await session.detach();
  }
}

/**
 * Stops every service worker, as Chrome does after 30 s idle (reference/toolchain.md), and
 * returns once Chrome reports them all stopped. Playwright may keep listing the old Worker.
 */
export async function stopServiceWorker(page: Page, timeoutMs = 10_000): Promise<void> {
  const session = await page.context().newCDPSession(page);
  const status = new Map<string, string>();
  let allStopped: () => void = () => {};
  const stopped = new Promise<void>((resolve) => {
    allStopped = resolve;
  });
  session.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
    for (const version of versions) status.set(version.versionId, version.runningStatus);
    if ([...status.values()].every((running) => running === 'stopped')) allStopped();
  });
  try {
    await session.send('ServiceWorker.enable');
    await session.send('ServiceWorker.stopAllWorkers');
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(new Error(`service workers still running: ${JSON.stringify([...status])}`)),
        timeoutMs,
      );
    });
    await Promise.race([stopped, timedOut]).finally(() => clearTimeout(timer));
  } finally {
    await session.detach();
  }
}

export interface ConsoleRecord {
  errors: string[];
  warnings: string[];
}

const consoleRecords = new WeakMap<Page, ConsoleRecord>();

/** The errors (console errors and uncaught exceptions) and warnings a page has logged so far. */
export function collectConsole(page: Page): ConsoleRecord {
  const existing = consoleRecords.get(page);
  if (existing) return existing;
  const record: ConsoleRecord = { errors: [], warnings: [] };
  page.on('console', (message) => {
    if (message.type() === 'error') record.errors.push(message.text());
    if (message.type() === 'warning') record.warnings.push(message.text());
  });
  page.on('pageerror', (error) => record.errors.push(`Uncaught: ${error.message}`));
  consoleRecords.set(page, record);
  return record;
}

export function setColorScheme(page: Page, scheme: 'light' | 'dark'): Promise<void> {
  return page.emulateMedia({ colorScheme: scheme });
}
