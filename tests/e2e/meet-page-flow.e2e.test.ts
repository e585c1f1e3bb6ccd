// Issue 8 ("The countdown costs more than the page it sits on"): what Crewkit adds to a call page
// takes no box in the page's flow. Its hosts live at the end of <body>; as inline boxes there
// (the shadow root's `all: initial`), every element Meet appends after them, such as a hover
// tooltip, landed in an anonymous block and repainted the page's whole root layer
// (tests/bench/meet-overhead.bench.ts measures the cost; this checks the cause stays fixed).
import { afterAll, beforeAll, expect, test } from 'vitest';
import { openGuestCall } from './call-helpers.ts';
import { type LaunchedExtension, launchWithExtension } from './harness/browser.ts';
import { type FixtureServer, startFixtureServer } from './harness/servers.ts';

let server: FixtureServer;
let ext: LaunchedExtension;

beforeAll(async () => {
  server = await startFixtureServer();
  server.route('meet.google.com', '/flo-wpag-eee', 'meet/in-call-5.html');
  ext = await launchWithExtension({ server });
});

afterAll(async () => {
  await ext?.close();
  await server?.close();
});

test("Crewkit's elements on a call page are out of the page's flow, launcher and panel alike", async () => {
  // A guest call: the panel opens from the launcher, which then waits hidden for it to close.
  const page = await openGuestCall(ext, 'https://meet.google.com/flo-wpag-eee');
  const hosts = await page.evaluate(() =>
    [...document.body.children]
      .filter((el) => el.localName.startsWith('crewkit-'))
      .map((el) => `${el.localName} ${getComputedStyle(el).position}`),
  );
  expect(hosts.sort()).toEqual(['crewkit-call fixed', 'crewkit-launcher fixed']);
  // The panel still covers the call (its stacking is the host's now), also a layer of the page
  // with a high z-index of its own (Meet's tiles and bars have them): the topmost element at the
  // panel's title is the panel's.
  const onTop = await page.evaluate(() => {
    const layer = document.createElement('div');
    layer.style.cssText = 'position:fixed;inset:0;z-index:100000';
    document.body.prepend(layer);
    const host = document.querySelector('crewkit-call');
    // The panel is drawn in its frame (lib/features/call/frame-host.ts), near its top edge.
    const frame = host?.shadowRoot?.querySelector('iframe');
    const box = frame?.getBoundingClientRect();
    if (!host || !box) return 'no panel';
    return document.elementFromPoint(box.x + 40, box.y + 16) === host ? 'panel' : 'page';
  });
  expect(onTop).toBe('panel');
  await page.close();
});
