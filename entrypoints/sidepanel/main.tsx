import { render } from 'preact';
import { i18n } from '#i18n';
import { onStoreChanged, openStore } from '../../lib/store';
import '../../lib/ui/theme.css';
import '../../lib/ui/panel/sidepanel.css';
import { SidePanelApp } from '../../lib/ui/panel/SidePanelApp';

async function main() {
  const root = document.getElementById('app');
  if (!root) return;
  try {
    const store = await openStore();
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
        preferQuick={location.hash === '#quick'}
      />,
      root,
    );
  } catch (error) {
    const message = document.createElement('p');
    message.className = 'ck-error';
    message.setAttribute('role', 'alert');
    message.textContent = i18n.t('sidepanel.loadFailed', { detail: (error as Error).message });
    root.replaceChildren(message);
  }
}
main();
