// Issue 11, "Reduced motion respected": with `prefers-reduced-motion: reduce` nothing in the side
// panel or the call panel animates or transitions (computed durations 0, shadow roots included).
// Crewkit has little motion of its own; a probe with a transition and an animation is put in each
// panel so the rule is tested too, for motion added later, and is left alone without the wish.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { openGuestCall, panel } from './call-helpers.ts';
import { type LaunchedExtension, launchWithExtension } from './harness/browser.ts';
import { scopeFor } from './harness/call-frame.ts';
import { type FixtureServer, startFixtureServer } from './harness/servers.ts';

let server: FixtureServer;
let ext: LaunchedExtension;

interface Motion {
  /** Elements whose animation or transition lasts longer than 0 s, with their durations. */
  moving: string[];
  /** The probe's own durations in seconds: [transition, animation]. */
  probe: [number, number];
  checked: number;
}

/** Adds the probe inside the first `.ck-root` under `hostSelector` (or the page) and measures. */
async function motionIn(page: Page, hostSelector: string | null): Promise<Motion> {
  // The call panel is measured in its own frame (tests/e2e/harness/call-frame.ts).
  const { target, host } = await scopeFor(page, hostSelector ?? undefined);
  return target.evaluate((hostSel) => {
    const scope: ParentNode = hostSel
      ? (document.querySelector(hostSel)?.shadowRoot ?? document)
      : document;
    const root = scope.querySelector('.ck-root');
    if (!root) throw new Error('no .ck-root');
    const probe = document.createElement('span');
    probe.style.transition = 'opacity 300ms ease 50ms';
    probe.style.animation = 'ck-probe 2s infinite';
    root.append(probe);
    const seconds = (list: string) =>
      Math.max(...list.split(',').map((part) => Number.parseFloat(part) || 0));
    const moving: string[] = [];
    let checked = 0;
    const visit = (node: ParentNode) => {
      for (const el of node.querySelectorAll('*')) {
        if (el === probe) continue;
        checked += 1;
        const style = getComputedStyle(el);
        const t = seconds(style.transitionDuration) + seconds(style.transitionDelay);
        const a = style.animationName === 'none' ? 0 : seconds(style.animationDuration);
        if (t > 0 || a > 0) moving.push(`${el.tagName.toLowerCase()}.${el.className}: ${t}s/${a}s`);
        if (el.shadowRoot) visit(el.shadowRoot);
      }
    };
    visit(scope);
    const style = getComputedStyle(probe);
    const result = {
      moving,
      probe: [seconds(style.transitionDuration), seconds(style.animationDuration)] as [
        number,
        number,
      ],
      checked,
    };
    probe.remove();
    return result;
  }, host ?? null);
}

beforeAll(async () => {
  server = await startFixtureServer();
  server.route('meet.google.com', '/mot-iono-tst', 'meet/in-call-5.html');
  ext = await launchWithExtension({ server });
});

afterAll(async () => {
  await ext?.close();
  await server?.close();
});

describe('reduced motion', () => {
  test('the side panel: nothing moves when reduced motion is asked for, the wish is needed', async () => {
    const page = await ext.openExtensionPage('sidepanel.html');
    await page.getByRole('heading', { name: 'Set up a round' }).waitFor();
    await page.emulateMedia({ reducedMotion: 'no-preference' });
    expect((await motionIn(page, null)).probe).toEqual([0.3, 2]);

    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.getByLabel('Names').fill('Ada\nBashir');
    await page.getByRole('button', { name: 'Show the order' }).click();
    await page.getByRole('button', { name: 'Start round' }).click();
    await page.getByRole('timer').waitFor();
    const running = await motionIn(page, null);
    expect(running.checked).toBeGreaterThan(20);
    expect(running.moving).toEqual([]);
    expect(running.probe).toEqual([0, 0]);
    await page.close();
  });

  test('the call panel: nothing moves, open, running and as a pill', async () => {
    const page = await openGuestCall(ext, 'https://meet.google.com/mot-iono-tst');
    await page.emulateMedia({ reducedMotion: 'reduce' });
    const setup = await motionIn(page, 'crewkit-call');
    expect(setup.checked).toBeGreaterThan(20);
    expect(setup.moving).toEqual([]);
    expect(setup.probe).toEqual([0, 0]);

    await panel(page).getByRole('button', { name: 'Show the order' }).click();
    await panel(page).getByRole('button', { name: 'Start round' }).click();
    await panel(page).getByRole('timer').waitFor();
    expect((await motionIn(page, 'crewkit-call')).moving).toEqual([]);
    await panel(page).getByRole('button', { name: 'Shrink the panel' }).click();
    const pill = await motionIn(page, 'crewkit-call');
    expect(pill.moving).toEqual([]);
    expect(pill.probe).toEqual([0, 0]);
    await page.close();
  });
});
