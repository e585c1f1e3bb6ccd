import { render } from 'preact';
import { type CrewkitStore, openStore } from '../../lib/store';
import '../../lib/ui/theme.css';
import '../../lib/ui/panel/popup.css';
import { browserSiteHealth } from '../../lib/background/site-health';
import { sendMessage } from '../../lib/messaging/messenger';
import { isCallPage } from '../../lib/sites/call-page';
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
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  const degraded = await browserSiteHealth()
    .problems(Date.now())
    .catch(() => []);
  let store: CrewkitStore | null = null;
  try {
    store = await openStore();
  } catch {
    // The popup still opens the side panel; the next sessions line is left out.
  }
  // The self-hosted Jitsi servers the user added: their rooms are calls too.
  const jitsiOrigins = store
    ? await store.getSettings().then(
        (s) => s.jitsiOrigins,
        () => [],
      )
    : [];
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
      openInCall={
        tab?.id !== undefined && isCallPage(tab.url ?? '', jitsiOrigins)
          ? () => {
              void sendMessage('popup:openCallPanel', undefined, tab.id as number).catch(() => {});
              window.close();
            }
          : undefined
      }
      degraded={degraded}
      openOptions={() => {
        void browser.runtime.openOptionsPage();
        window.close();
      }}
    />,
    root,
  );
}
main();
