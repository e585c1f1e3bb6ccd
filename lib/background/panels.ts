// The on-demand panels the background may add to a tab, by the name a content script asks for
// (lib/messaging/schemas.ts ON_DEMAND_PANELS): only these files, never one a page names.
import type { PanelName } from '../messaging/protocol';

export interface PanelFiles {
  /** Built from entrypoints/<name>.content with `registration: 'runtime'`. */
  script: string;
}

export const PANEL_FILES: Record<PanelName, PanelFiles> = {
  // The call panel's frame host; the panel itself is an extension page (entrypoints/call-frame).
  call: { script: '/content-scripts/call-panel.js' },
};
