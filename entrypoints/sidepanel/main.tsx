import { render } from 'preact';
import { i18n } from '#i18n';
import { sendMessage } from '../../lib/messaging/messenger';
import { onStoreChanged, openStore, type StoreChange } from '../../lib/store';
import '../../lib/ui/theme.css';
import '../../lib/ui/panel/sidepanel.css';
import { showLoadFailure } from '../../lib/ui/common/load-failure';
import { QUICK_ROUND_REQUEST } from '../../lib/ui/panel/quick-request';
import { SidePanelApp } from '../../lib/ui/panel/SidePanelApp';

/** Did the popup's "Quick round" open this panel? Asked once, then forgotten. */
async function quickRoundRequested(): Promise<boolean> {
  try {
    const stored = await browser.storage.session.get(QUICK_ROUND_REQUEST);
    if (!stored[QUICK_ROUND_REQUEST]) return false;
    await browser.storage.session.remove(QUICK_ROUND_REQUEST);
    return true;
  } catch {
    return false;
  }
}

async function main() {
  const root = document.getElementById('app');
  if (!root) return;
  try {
    // Writes made here reach content scripts (a panel in a call) through the background.
    const onCommitted = (change: StoreChange) => {
      sendMessage('page:storeChanged', change).catch(() => {});
    };
    const [store, preferQuick] = await Promise.all([
      openStore(undefined, { onCommitted }),
      quickRoundRequested(),
    ]);
    render(
      <SidePanelApp
        store={store}
        now={Date.now}
        subscribe={(onChange, signal) =>
          onStoreChanged((change) => {
            if (change.kinds.includes('round')) onChange();
          }, signal)
        }
        openOptions={() => void browser.runtime.openOptionsPage()}
        preferQuick={preferQuick}
      />,
      root,
    );
  } catch (error) {
    showLoadFailure(root, i18n.t('sidepanel.loadFailed', { detail: (error as Error).message }));
  }
}
main();
