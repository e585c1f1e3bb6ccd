// @vitest-environment happy-dom
// Dragging the call panel by its bar: where it goes, and that its place is remembered also when
// the pointer was let go where the panel's frame could not hear it (call-move.e2e.test.ts shows
// that in Chromium).
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { FloatingWindow } from './FloatingWindow';
import type { FrameLayout } from './frame-protocol';
import { DEFAULT_PLACEMENT, type PanelPlacement } from './window-position';

const KEY = 'crewkit.panelPlacement';
const VIEWPORT = { width: 1280, height: 800 };

function pointer(type: string, target: Element, init: { x: number; y: number; buttons: number }) {
  fireEvent(
    target,
    new PointerEvent(type, {
      bubbles: true,
      pointerId: 1,
      screenX: init.x,
      screenY: init.y,
      buttons: init.buttons,
    }),
  );
}

async function stored(): Promise<PanelPlacement | undefined> {
  return (await browser.storage.local.get(KEY))[KEY] as PanelPlacement | undefined;
}

function open(layouts: FrameLayout[]) {
  render(
    <FloatingWindow
      placement={{ ...DEFAULT_PLACEMENT, left: 600, top: 100 }}
      title="Crewkit"
      pill="Ada 3:00"
      onClose={() => {}}
      viewport={VIEWPORT}
      onLayout={(layout) => layouts.push(layout)}
    >
      <p>inside</p>
    </FloatingWindow>,
  );
  const bar = document.querySelector('.ck-float__bar') as HTMLElement;
  // happy-dom has no pointer capture; the browser's is what the drag asks for.
  bar.setPointerCapture = () => {};
  return { bar, title: screen.getByText('Crewkit') };
}

beforeEach(() => {
  fakeBrowser.reset();
  vi.useFakeTimers();
});

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('dragging the panel', () => {
  it('follows the pointer and is remembered when let go', async () => {
    const layouts: FrameLayout[] = [];
    const { bar, title } = open(layouts);
    pointer('pointerdown', title, { x: 700, y: 120, buttons: 1 });
    pointer('pointermove', bar, { x: 500, y: 220, buttons: 1 });
    expect(layouts.at(-1)).toMatchObject({ left: 400, top: 200 });
    pointer('pointerup', bar, { x: 500, y: 220, buttons: 0 });
    await vi.waitFor(async () => expect(await stored()).toMatchObject({ left: 400, top: 200 }));
  });

  it('is remembered once it rests, when the release never reached the panel', async () => {
    const layouts: FrameLayout[] = [];
    const { bar, title } = open(layouts);
    pointer('pointerdown', title, { x: 700, y: 120, buttons: 1 });
    pointer('pointermove', bar, { x: 300, y: 320, buttons: 1 });
    // No pointerup: it went to the call page.
    await vi.advanceTimersByTimeAsync(100);
    expect(await stored()).toBeUndefined();
    await vi.advanceTimersByTimeAsync(400);
    expect(await stored()).toMatchObject({ left: 200, top: 300 });
  });

  it('stops following a pointer that comes back with no button held', async () => {
    const layouts: FrameLayout[] = [];
    const { bar, title } = open(layouts);
    pointer('pointerdown', title, { x: 700, y: 120, buttons: 1 });
    pointer('pointermove', bar, { x: 300, y: 320, buttons: 1 });
    expect(layouts.at(-1)).toMatchObject({ left: 200, top: 300 });
    // The pointer returns over the bar, its button long released elsewhere.
    pointer('pointermove', bar, { x: 650, y: 150, buttons: 0 });
    pointer('pointermove', bar, { x: 660, y: 160, buttons: 0 });
    expect(layouts.at(-1)).toMatchObject({ left: 200, top: 300 });
    await vi.waitFor(async () => expect(await stored()).toMatchObject({ left: 200, top: 300 }));
  });
});
