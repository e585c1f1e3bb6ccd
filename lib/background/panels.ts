// The on-demand panels the background may add to a tab, by the name a content script asks for
// (lib/messaging/schemas.ts ON_DEMAND_PANELS): only these files, never one a page names.
import type { PanelName } from '../messaging/protocol';

export interface PanelFiles {
  /** Built from entrypoints/<name>.content with `registration: 'runtime'`. */
  script: string;
  /** Its styles, put inside the panel's shadow root. */
  css: string;
}

export const PANEL_FILES: Record<PanelName, PanelFiles> = {
  call: { script: '/content-scripts/call-panel.js', css: '/content-scripts/call-panel.css' },
};
