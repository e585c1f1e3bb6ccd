// The call panel is drawn in its own frame over the call (lib/features/call/frame-host.ts: an
// extension page in an iframe in the <crewkit-call> host's shadow root). What a test reads of
// the panel it reads in that frame's document.
import type { Frame, Page } from 'playwright-core';

export const CALL_HOST = 'crewkit-call';

/** The call panel's frame on `page`; throws when the panel was never opened there. */
export async function callFrameOf(page: Page): Promise<Frame> {
  const handle = await page.locator(`${CALL_HOST} iframe`).elementHandle({ timeout: 10_000 });
  const frame = await handle?.contentFrame();
  if (!frame) throw new Error('callFrameOf: no call panel frame on the page');
  return frame;
}

/**
 * Where a helper given a host selector looks: the call panel's frame (its whole document) for
 * the call host, else the page, under that host.
 */
export async function scopeFor(
  page: Page,
  host: string | undefined,
): Promise<{ target: Page | Frame; host: string | undefined }> {
  if (host !== CALL_HOST) return { target: page, host };
  return { target: await callFrameOf(page), host: undefined };
}
