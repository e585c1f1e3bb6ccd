// Shared steps for the call-panel e2e files (call-pill, call-people, call-layout): open a Meet
// fixture call, open the panel, and change who is in the call while it runs.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';

export { callFrameOf } from './harness/call-frame.ts';

import { type LaunchedExtension, launchWithExtension, openPage } from './harness/browser.ts';
import { type FixtureServer, startFixtureServer } from './harness/servers.ts';

/** The call panel's frame over the call (lib/features/call/frame-host.ts): its content. */
export const callFrame = (page: Page) => page.locator('crewkit-call iframe').contentFrame();

export const panel = (page: Page) => callFrame(page).locator('[role="dialog"]');

/** The crew's standing call, as the demo backup names it. */
export const CREW_CALL = 'https://meet.google.com/abc-defg-hij';

/**
 * This file's browser with the extension, on a fixture server whose crew call serves `fixture`
 * (a page under tests/fixtures/pages), with `backup` imported: started before the file's tests,
 * closed after them. Read `ext` inside tests, once the browser is up.
 */
export function crewCallSuite(
  fixture: string,
  backup?: () => string,
): { readonly ext: LaunchedExtension } {
  let server: FixtureServer | undefined;
  let ext: LaunchedExtension | undefined;
  beforeAll(async () => {
    server = await startFixtureServer();
    server.route('meet.google.com', new URL(CREW_CALL).pathname, fixture);
    ext = await launchWithExtension({ server });
    await importCrew(ext, backup?.());
  });
  afterAll(async () => {
    await ext?.close();
    await server?.close();
  });
  return {
    get ext() {
      if (!ext)
        throw new Error('crewCallSuite: the browser is not up yet (read ext inside a test)');
      return ext;
    },
  };
}

/** Meet's dark call background, so screenshots show the panel as it reads over a real call. */
export async function meetColours(page: Page): Promise<void> {
  await page.addStyleTag({ content: 'body{background:#202124;color:#e8eaed}' });
}

/** Opens a call that is not a crew's: the panel opens from the launcher, as a user does. */
export async function openGuestCall(ext: LaunchedExtension, url: string): Promise<Page> {
  const page = await openPage(ext.context, url);
  await meetColours(page);
  const launcher = page.locator('crewkit-launcher button');
  await launcher.waitFor({ timeout: 10_000 });
  await launcher.click();
  await panel(page).waitFor();
  return page;
}

/** The demo crew, with its series moved so that session 1 started ten minutes ago. */
export function crewBackup(edit?: (demo: DemoBackup) => void): string {
  const demo = tuesdayCrewOnly(
    JSON.parse(readFileSync('tests/fixtures/backups/demo.json', 'utf8')),
  ) as DemoBackup;
  const first = Date.now() - 10 * 60_000;
  for (const series of demo.series.slice(0, 1)) series.startsAt = new Date(first).toISOString();
  for (const session of demo.sessions) {
    session.startsAt = new Date(first + (session.index - 1) * 7 * 24 * 3600_000).toISOString();
  }
  edit?.(demo);
  return JSON.stringify(demo);
}

/**
 * The demo also holds a crew with history (Willow Crew, lib/core/pathway/demo-history.ts); call
 * tests are about the Tuesday Crew alone.
 */
export function tuesdayCrewOnly<T extends Record<string, unknown>>(demo: T): T {
  const lists = ['crews', 'series', 'sessions', 'rounds', 'reflections', 'retrospectives'];
  const out: Record<string, unknown> = { ...demo };
  for (const list of lists) {
    const records = (demo[list] ?? []) as { id: string; crewId?: string }[];
    out[list] = records.filter((r) => (r.crewId ?? r.id) === 'tuesday-crew');
  }
  return out as T;
}

export interface DemoBackup {
  series: { startsAt: string }[];
  sessions: { index: number; startsAt: string }[];
  crews: { members: { id: string; name: string }[] }[];
}

/** The options page's words for an import, in the browser's language. */
const IMPORT_WORDS = {
  en: { file: 'Import a backup', replace: 'Replace everything', done: /^Imported 1 crew/ },
  de: { file: 'Sicherung importieren', replace: 'Alles ersetzen', done: /^Importiert: 1 Crew / },
} as const;

/** Replace everything in the store with the crew, through the options page as a user would. */
export async function importCrew(
  ext: LaunchedExtension,
  backup = crewBackup(),
  language: keyof typeof IMPORT_WORDS = 'en',
): Promise<void> {
  const words = IMPORT_WORDS[language];
  const options = await ext.openExtensionPage('options.html');
  await options.getByLabel(words.file).setInputFiles({
    name: 'crew.json',
    mimeType: 'application/json',
    buffer: Buffer.from(backup),
  });
  await options.getByRole('button', { name: words.replace }).click();
  await options.getByText(words.done).waitFor();
  await options.close();
}

/** A participant tile as Meet draws it (the shape of the in-call fixtures). */
export function tileMarkup(device: number): string {
  const id = `spaces/AAAAq2c9Xy0/devices/${device}`;
  return `<div jsname="E2KThb" tabindex="-1" jscontroller="J3CtX" data-participant-id="${id}" data-requested-participant-id="${id}" data-tile-media-id="${id}">
  <div><div><div data-resolution-cap="0" data-layout="roi-crop"><img alt=""><div jsname="QgSmzd"></div><img alt=""></div></div></div>
  <div>
    <span data-is-tooltip-wrapper="true"><span data-tooltip-id="tt-x${device}"><div jsslot=""><div><span class="notranslate"></span></div></div></span></span>
    <div role="tooltip" aria-hidden="true" id="tt-x${device}"></div>
    <div data-use-tooltip="true"><div jsname="QgSmzd"><div></div><div></div><div></div></div></div>
  </div>
</div>`;
}

/** Someone joins the call: a tile appears beside the others. Names are set as text. */
export async function addTile(page: Page, device: number, name: string): Promise<void> {
  await page.evaluate(
    ({ markup, name }) => {
      const tiles = document.querySelectorAll('[data-participant-id]');
      const last = tiles[tiles.length - 1];
      const holder = document.createElement('div');
      holder.innerHTML = markup; // test markup only; the name goes in as text below
      const tile = holder.firstElementChild as HTMLElement;
      for (const el of tile.querySelectorAll('.notranslate, [role="tooltip"]'))
        el.textContent = name;
      last?.after(tile);
    },
    { markup: tileMarkup(device), name },
  );
}

/** Someone leaves the call: their tile goes. */
export async function removeTile(page: Page, name: string): Promise<void> {
  await page.evaluate((name) => {
    for (const tile of document.querySelectorAll('[data-participant-id]')) {
      if (tile.querySelector('span.notranslate')?.textContent === name) tile.remove();
    }
  }, name);
}
