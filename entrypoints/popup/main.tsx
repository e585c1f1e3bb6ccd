import { render } from 'preact';
import { type CrewkitStore, openStore } from '../../lib/store';
import '../../lib/ui/theme.css';
import '../../lib/ui/panel/popup.css';
import { siteHealthProblems } from '../../lib/background/site-health';
import { sendMessage } from '../../lib/messaging/messenger';
import { meetingCodeFromUrl } from '../../lib/sites/meet/page-detect';
import { PopupApp } from '../../lib/ui/panel/PopupApp';
import { QUICK_ROUND_REQUEST } from '../../lib/ui/panel/quick-request';

/** A Meet call, or a page of a Jitsi server the user granted (the tab's URL is visible then). */
function isCallUrl(url: string): boolean {
  if (meetingCodeFromUrl(url)) return true;
  try {
    const { protocol, hostname, pathname } = new URL(url);
    return protocol === 'https:' && hostname !== 'meet.google.com' && /^\/[^/]+$/.test(pathname);
  } catch {
    return false;
  }
}

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
  const degraded = await siteHealthProblems();
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
      openInCall={
        tab?.id !== undefined && isCallUrl(tab.url ?? '')
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
