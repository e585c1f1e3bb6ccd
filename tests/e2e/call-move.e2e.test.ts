// Moving the call panel (FloatingWindow.tsx, window-position.ts): by dragging its bar with the
// mouse and by the arrow keys on its handle. The panel is an extension frame over the call
// (frame-host.ts), so what moves is the frame in the call page; the drag reads screen
// coordinates because the frame moves under the pointer. The place is kept on screen and off
// Meet's control bar, and remembered for the next call.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { callFrame, openGuestCall, panel } from './call-helpers.ts';
import { collectConsole, type LaunchedExtension, launchWithExtension } from './harness/browser.ts';
import { saveScreenshot } from './harness/screenshots.ts';
import { type FixtureServer, startFixtureServer } from './harness/servers.ts';

const CALL = 'https://meet.google.com/mov-epan-elx';
/** window-position.ts: the default place's gaps, and what is kept clear for the call controls. */
const RIGHT_CLEARANCE = 16;
const TOP_CLEARANCE = 72;
const BOTTOM_CLEARANCE = 96;
const EDGE = 8;
/** FloatingWindow.tsx: one arrow key press. */
const STEP = 24;

let server: FixtureServer;
let ext: LaunchedExtension;

beforeAll(async () => {
  server = await startFixtureServer();
  server.route('meet.google.com', new URL(CALL).pathname, 'meet/in-call-5.html');
  ext = await launchWithExtension({ server });
});

afterAll(async () => {
  await ext?.close();
  await server?.close();
});

/** The panel's frame in the call page, rounded to whole pixels. */
async function frameBox(page: Page) {
  const box = await page.locator('crewkit-call iframe').boundingBox();
  if (!box) throw new Error('the call panel frame has no box');
  return {
    left: Math.round(box.x),
    top: Math.round(box.y),
    right: Math.round(box.x + box.width),
    bottom: Math.round(box.y + box.height),
    height: Math.round(box.height),
  };
}

/** Waits until the frame sits where `expected` says (it moves as the panel reports). */
async function frameAt(page: Page, expected: { left: number; top: number }) {
  let box = await frameBox(page);
  for (let i = 0; i < 40; i++) {
    if (Math.abs(box.left - expected.left) <= 1 && Math.abs(box.top - expected.top) <= 1) break;
    await page.waitForTimeout(50);
    box = await frameBox(page);
  }
  expect({ left: box.left, top: box.top }).toEqual({
    left: expect.closeTo(expected.left, 0),
    top: expect.closeTo(expected.top, 0),
  });
  return box;
}

/** Where the panel is grabbed: a point on the title in its bar. */
async function grabPoint(page: Page) {
  const start = await panel(page).locator('.ck-float__title').boundingBox();
  if (!start) throw new Error('the panel bar has no box');
  return { x: start.x + Math.min(40, start.width / 2), y: start.y + start.height / 2 };
}

/**
 * Drags the panel by its title from where it is to `to`, a few pixels per move as a mouse reports
 * them. A jump larger than the grip's distance to the frame's edge would leave the frame before
 * its pointer capture begins, and Chromium would give that move to the call page (seen here,
 * 2026-12-03); a real mouse reports every few pixels.
 */
async function dragTo(page: Page, to: { x: number; y: number }) {
  const { x, y } = await grabPoint(page);
  await page.mouse.move(x, y);
  await page.mouse.down();
  const steps = Math.max(2, Math.ceil(Math.hypot(to.x - x, to.y - y) / 8));
  await page.mouse.move(to.x, to.y, { steps });
  await page.mouse.up();
}

async function dragBy(page: Page, dx: number, dy: number) {
  const { x, y } = await grabPoint(page);
  await dragTo(page, { x: x + dx, y: y + dy });
}

test('the panel moves with its bar and with the arrow keys, stays on screen, and keeps its place', async () => {
  const page = await openGuestCall(ext, CALL);
  const viewport = page.viewportSize();
  if (!viewport) throw new Error('no viewport');

  // Its default place: the top right, clear of Meet's buttons there.
  const first = await frameBox(page);
  expect(first.top).toBe(TOP_CLEARANCE);
  expect(viewport.width - first.right).toBe(RIGHT_CLEARANCE);

  // Dragged by the bar: the frame follows the pointer, though it moves under it.
  await dragBy(page, -300, 60);
  const dragged = await frameAt(page, { left: first.left - 300, top: first.top + 60 });

  // The arrow keys on the handle move it a step at a time.
  const handle = panel(page).getByRole('button', { name: 'Move the panel (arrow keys)' });
  await handle.focus();
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowDown');
  const moved = await frameAt(page, { left: dragged.left - 2 * STEP, top: dragged.top + STEP });
  await expect.poll(() => handle.evaluate((el) => el === document.activeElement)).toBe(true);

  // Pushed past the edges (the pointer to the window's corners, the panel's grip inside it), it
  // stays on screen and off the call's control bar.
  await dragTo(page, { x: 0, y: 0 });
  await frameAt(page, { left: EDGE, top: EDGE });
  await dragTo(page, { x: viewport.width - 1, y: viewport.height - 1 });
  const far = await frameBox(page);
  expect(far.left).toBeGreaterThan(moved.left);
  expect(far.right).toBeLessThanOrEqual(viewport.width - EDGE);
  expect(far.top).toBeLessThanOrEqual(
    viewport.height - BOTTOM_CLEARANCE - Math.min(far.height, 120),
  );
  // Its bar, where it is grabbed, is still on screen above the controls.
  const bar = await panel(page).locator('.ck-float__bar').boundingBox();
  expect((bar?.y ?? Infinity) + (bar?.height ?? 0)).toBeLessThanOrEqual(
    viewport.height - BOTTOM_CLEARANCE,
  );
  await saveScreenshot(page, 'meet-panel-moved');
  expect(collectConsole(page).errors).toEqual([]);
  // Let go there, the pointer past the panel (the page got the release, not the panel's frame),
  // the place is remembered all the same: the next call opens the panel there.
  await page.waitForTimeout(600);
  await page.close();

  const again = await openGuestCall(ext, CALL);
  await frameAt(again, { left: far.left, top: far.top });
  // And it moves from there, to where it was before, and works.
  await dragBy(again, moved.left - far.left, moved.top - far.top);
  await frameAt(again, { left: moved.left, top: moved.top });
  await callFrame(again).getByRole('button', { name: 'Show the order' }).click();
  await callFrame(again).getByRole('button', { name: 'Start round' }).waitFor();
  expect(collectConsole(again).errors).toEqual([]);
  await again.close();
});
