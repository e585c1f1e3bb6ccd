// Where the floating panel sits. Remembered per device in extension storage (a UI preference,
// not crew data). The default keeps clear of Meet's own controls: the call controls run along
// the bottom (~88 px) and the side-panel buttons along the top right (docs/meet-page.md,
// "Structure of a real in-call page", seen 2026-04).
import { browser } from 'wxt/browser';

export interface PanelPlacement {
  /** Distance from the viewport's left and top edges, in CSS pixels; null = default place. */
  left: number | null;
  top: number | null;
  collapsed: boolean;
}

export const DEFAULT_PLACEMENT: PanelPlacement = { left: null, top: null, collapsed: false };
const KEY = 'crewkit.panelPlacement';
/** Kept clear at the bottom for the call controls. */
export const BOTTOM_CLEARANCE = 96;
export const TOP_CLEARANCE = 72;
/** The default place's distance from the viewport's right edge. */
export const RIGHT_CLEARANCE = 16;

/** Keeps a panel of this size fully on screen and off the bottom control bar. */
export function clampPlacement(
  left: number,
  top: number,
  size: { width: number; height: number },
  viewport: { width: number; height: number },
): { left: number; top: number } {
  const maxLeft = Math.max(0, viewport.width - size.width - 8);
  const maxTop = Math.max(8, viewport.height - BOTTOM_CLEARANCE - Math.min(size.height, 120));
  return {
    left: Math.round(Math.min(Math.max(8, left), maxLeft)),
    top: Math.round(Math.min(Math.max(8, top), maxTop)),
  };
}

export async function loadPlacement(): Promise<PanelPlacement> {
  try {
    const stored = (await browser.storage.local.get(KEY))[KEY] as
      | Partial<PanelPlacement>
      | undefined;
    if (!stored || typeof stored !== 'object') return DEFAULT_PLACEMENT;
    const num = (n: unknown) => (typeof n === 'number' && Number.isFinite(n) ? n : null);
    return { left: num(stored.left), top: num(stored.top), collapsed: stored.collapsed === true };
  } catch {
    return DEFAULT_PLACEMENT;
  }
}

export function savePlacement(placement: PanelPlacement): void {
  browser.storage.local.set({ [KEY]: placement }).catch(() => {
    // Not remembered this time; the panel still works.
  });
}
