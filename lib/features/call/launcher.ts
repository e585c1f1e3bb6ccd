// The small "Open Crewkit" button shown on calls where the panel does not open by itself. Plain
// DOM (no Preact) so the script every call page loads stays small.
import { i18n } from '#i18n';
import { createShadowHost } from '../shadow-host';

// The host stays out of the page's flow, like the panel's (call.css: as an inline box at the end
// of <body> it made every tooltip Meet adds repaint the page's root layer; issue 8).
const LAUNCHER_CSS = `
:host{position:fixed !important;top:0 !important;left:0 !important;z-index:2147483000 !important;}
.ck-launcher{position:fixed;left:16px;bottom:96px;z-index:2147483000;}
button{font:600 14px/1.2 system-ui,sans-serif;color:#fff;background:#2f6b57;border:1px solid #2f6b57;
border-radius:999px;padding:9px 16px;box-shadow:0 4px 16px rgb(0 0 0 / .35);cursor:pointer;}
button:hover{filter:brightness(1.08);}
button:focus-visible{outline:3px solid #8ab4ff;outline-offset:2px;}
@media (prefers-color-scheme: dark){button{color:#10231b;background:#7fc4a8;border-color:#7fc4a8;}}
`;

export interface Launcher {
  /** Shows the launcher; with `focus`, it takes the keyboard focus (the panel it replaces had it). */
  show(options?: { focus?: boolean }): void;
  hide(): void;
}

export function createLauncher(onOpen: () => void, signal: AbortSignal): Launcher {
  const { container } = createShadowHost('crewkit-launcher', LAUNCHER_CSS, signal);
  container.className = 'ck-launcher';
  const button = document.createElement('button');
  button.type = 'button';
  button.textContent = i18n.t('call.open');
  button.addEventListener('click', onOpen, { signal });
  container.append(button);
  container.hidden = true;
  return {
    show: (options) => {
      container.hidden = false;
      if (options?.focus) button.focus();
    },
    hide: () => {
      container.hidden = true;
    },
  };
}
