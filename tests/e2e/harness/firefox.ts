// The Firefox build in Debian's firefox-esr, driven over WebDriver BiDi by puppeteer-core
// (recipe and traps: reference/toolchain.md, "The Firefox build in a real Firefox", seen 2026-12).
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type Frame, type Page } from 'puppeteer-core';

export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const GECKO_ID = 'crewkit@crewkit.app';
// moz-extension:// hosts are random per profile unless pinned by this pref.
export const EXTENSION_UUID = '6f1d2c1e-8a6b-4c1e-9a51-c2e3b0a7d001';

export interface LaunchedFirefox {
  browser: Browser;
  extensionUrl(file: string): string;
  /** A moz-extension:// page in a new tab, once `ready` (a CSS selector) is on it. */
  openExtensionPage(file: string, ready: string): Promise<Page>;
  close(): Promise<void>;
}

export function hasFirefox(): boolean {
  return existsSync(FIREFOX_PATH);
}

export async function launchFirefoxWithExtension(
  extensionPath = '.output/firefox-mv3',
  options: {
    locale?: string;
    /** More host names served by the fixture server on 127.0.0.1:443 (e.g. Google's API). */
    extraHosts?: string[];
    /** Extra Firefox preferences. */
    prefs?: Record<string, string | number | boolean>;
  } = {},
): Promise<LaunchedFirefox> {
  const profileDir = mkdtempSync(join(tmpdir(), 'crewkit-firefox-'));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: true,
    acceptInsecureCerts: true,
    userDataDir: profileDir,
    // Without it Firefox refuses WebDriver navigation to moz-extension:// pages.
    args: ['--remote-allow-system-access'],
    defaultViewport: { width: 1280, height: 800 },
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: EXTENSION_UUID }),
      // Firefox has no host-resolver rules: these names resolve to 127.0.0.1, port 443.
      'network.dns.localDomains': [
        'meet.google.com',
        'calendar.google.com',
        ...(options.extraHosts ?? []),
      ].join(','),
      ...(options.locale ? { 'intl.locale.requested': options.locale } : {}),
      ...options.prefs,
    },
  });
  try {
    const id = await browser.installExtension(resolve(extensionPath));
    if (id !== GECKO_ID) throw new Error(`installed as ${id}, expected ${GECKO_ID}`);
  } catch (error) {
    await browser.close();
    rmSync(profileDir, { recursive: true, force: true });
    throw error;
  }
  const extensionUrl = (file: string) => `moz-extension://${EXTENSION_UUID}/${file}`;
  return {
    browser,
    extensionUrl,
    async openExtensionPage(file, ready) {
      const page = await browser.newPage();
      // Firefox never reports the load of a moz-extension:// page to WebDriver: go, don't wait.
      await page.goto(extensionUrl(file), { timeout: 2_000 }).catch(() => {});
      await page.waitForSelector(ready, { timeout: 15_000 });
      return page;
    },
    async close() {
      await browser.close();
      rmSync(profileDir, { recursive: true, force: true });
    },
  };
}

/**
 * Clicks the button whose text includes `text`, in shadow roots too (puppeteer's `>>>` pierces
 * them; `::-p-text` matches text). Locators wait for the element to be visible and enabled.
 */
export async function clickButton(page: Page | Frame, text: string): Promise<void> {
  await page.locator(`:scope >>> button::-p-text(${text})`).setTimeout(10_000).click();
}

/** Waits for text anywhere on the page, shadow roots included. */
export async function waitForText(
  page: Page | Frame,
  text: string,
  timeout = 10_000,
): Promise<void> {
  await page.locator(`:scope >>> ::-p-text(${text})`).setTimeout(timeout).wait();
}
