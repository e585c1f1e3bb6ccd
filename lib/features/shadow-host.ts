// A host element with an open shadow root for what Crewkit puts on a web page, so Google's CSS
// cannot reach our UI and ours cannot leak (CONVENTIONS.md 7). Key events are stopped at the
// shadow boundary so typing in Crewkit never triggers the page's shortcuts.

const STOPPED_EVENTS = ['keydown', 'keyup', 'keypress'];

export interface ShadowHost {
  host: HTMLElement;
  shadow: ShadowRoot;
  /** The element to render into. */
  container: HTMLElement;
}

export function createShadowHost(name: string, cssText: string, signal: AbortSignal): ShadowHost {
  const host = document.createElement(name);
  const shadow = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  // Inherited page styles (font, colour, line height) stop at our boundary; theme.css's `:root`
  // rules become `:host` rules.
  style.textContent = `:host{all:initial !important;}\n${cssText.replaceAll(':root', ':host')}`;
  const container = document.createElement('div');
  shadow.append(style, container);
  for (const type of STOPPED_EVENTS) {
    shadow.addEventListener(type, (event) => event.stopPropagation(), { signal });
  }
  (document.body ?? document.documentElement).append(host);
  signal.addEventListener('abort', () => host.remove(), { once: true });
  return { host, shadow, container };
}
