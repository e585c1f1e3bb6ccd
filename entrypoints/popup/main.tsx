import { render } from 'preact';
import { type CrewkitStore, openStore } from '../../lib/store';
import '../../lib/ui/theme.css';
import '../../lib/ui/panel/popup.css';
import { PopupApp } from '../../lib/ui/panel/PopupApp';
import { QUICK_ROUND_REQUEST } from '../../lib/ui/panel/quick-request';

/** Firefox's sidebar API, which Chrome's types do not describe. */
interface SidebarAction {
  open(): Promise<void>;
}

async function main() {
  const root = document.getElementById('app');
  if (!root) return;
  // Read ahead: the click handler must open the panel synchronously, within the user gesture.
  const windowId = (await browser.windows.getCurrent()).id;
  const sidebarAction = (browser as unknown as { sidebarAction?: SidebarAction }).sidebarAction;
  const sidePanel = browser.sidePanel;
  let store: CrewkitStore | null = null;
  try {
    store = await openStore();
  } catch {
    // The popup still opens the side panel; the next sessions line is left out.
  }
  render(
    <PopupApp
      store={store}
      now={Date.now}
      canOpenSidePanel={Boolean(sidebarAction || (sidePanel && windowId !== undefined))}
      openSidePanel={(quick) => {
        // The side panel picks this up on load and clears it.
        if (quick) void browser.storage.session.set({ [QUICK_ROUND_REQUEST]: true });
        if (sidebarAction) void sidebarAction.open();
        else if (sidePanel && windowId !== undefined) void sidePanel.open({ windowId });
        window.close();
      }}
      openOptions={() => {
        void browser.runtime.openOptionsPage();
        window.close();
      }}
    />,
    root,
  );
}
main();
