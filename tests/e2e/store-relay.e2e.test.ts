// Issue 7, change notices: a store change made in the options page reaches the call panel in a
// Meet tab, and the background sends it to no tab without a Crewkit script (before, it sent to
// every tab, and each tab without a listener logged "Receiving end does not exist"). The test
// watches the worker's `tabs.sendMessage` calls from outside; nothing in the build changes.
import type { Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { importCrew, meetColours, panel } from './call-helpers.ts';
import { type LaunchedExtension, launchWithExtension, openPage } from './harness/browser.ts';
import { type FixtureServer, htmlPage, startFixtureServer } from './harness/servers.ts';

let server: FixtureServer;
let ext: LaunchedExtension;
const CREW_CALL = 'https://meet.google.com/abc-defg-hij';
const PLAIN_PAGE = 'https://jitsi.example.org/not-a-call';

interface ChromeTabs {
  sendMessage(tabId: number, ...rest: unknown[]): unknown;
  query(filter: { url?: string }): Promise<{ id?: number }[]>;
}
type WatchedGlobal = typeof globalThis & { chrome: { tabs: ChromeTabs }; sentTo?: number[] };

/** From now on, note every tab the background sends a message to. */
async function watchSends(worker: Worker): Promise<void> {
  await worker.evaluate(() => {
    const g = globalThis as WatchedGlobal;
    g.sentTo = [];
    const send = g.chrome.tabs.sendMessage.bind(g.chrome.tabs);
    g.chrome.tabs.sendMessage = (tabId: number, ...rest: unknown[]) => {
      g.sentTo?.push(tabId);
      return send(tabId, ...rest);
    };
  });
}

beforeAll(async () => {
  server = await startFixtureServer();
  server.route('meet.google.com', '/abc-defg-hij', 'meet/in-call-5.html');
  // A host Crewkit has no permission for: no content script runs there.
  server.route('jitsi.example.org', '/not-a-call', htmlPage('<p>Not a call</p>'));
  ext = await launchWithExtension({ server });
  await importCrew(ext);
});

afterAll(async () => {
  await ext?.close();
  await server?.close();
});

describe('store changes reach the tabs that listen, and only those', () => {
  test('an edit in the options page updates the call panel; other tabs are left alone', async () => {
    const others = [
      await openPage(ext.context, PLAIN_PAGE),
      await openPage(ext.context, PLAIN_PAGE),
    ];
    const call = await openPage(ext.context, CREW_CALL);
    await meetColours(call);
    await panel(call).waitFor({ timeout: 10_000 });
    await panel(call).getByText('Our agreements (2)').waitFor();
    const worker = ext.serviceWorker();
    if (!worker) throw new Error('no service worker');
    await watchSends(worker);

    for (const extra of ['Cameras on when we can', 'Phones face down']) {
      const options = await ext.openExtensionPage('options.html');
      await options.getByRole('button', { name: 'Edit crew' }).click();
      const agreements = options.getByLabel('Agreements');
      await agreements.fill(`${await agreements.inputValue()}\n${extra}`);
      await options.getByRole('button', { name: 'Save crew' }).click();
      await options.getByRole('button', { name: 'Edit crew' }).waitFor();
      await options.close();
    }
    await panel(call).getByText('Our agreements (4)').waitFor({ timeout: 10_000 });
    await call.waitForTimeout(500); // the last relay may still be on its way to other tabs

    const { sentTo, callTab } = await worker.evaluate(async (url) => {
      const g = globalThis as WatchedGlobal;
      const [tab] = await g.chrome.tabs.query({ url: `${url}*` });
      return { sentTo: g.sentTo ?? [], callTab: tab?.id };
    }, CREW_CALL);
    expect(callTab).toBeDefined();
    expect(sentTo.length).toBeGreaterThanOrEqual(2);
    expect([...new Set(sentTo)]).toEqual([callTab]);
    for (const page of others) await page.close();
  });
});
