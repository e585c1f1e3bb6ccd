// A host element with an open shadow root for what Crewkit puts on a web page, so Google's CSS
// cannot reach our UI and ours cannot leak (CONVENTIONS.md 7). Key events are stopped at the
// shadow boundary so typing in Crewkit never triggers the page's shortcuts. All hosts with the
// same CSS share one constructable stylesheet: a calendar with hundreds of small badges holds the
// theme once, not hundreds of times.

const STOPPED_EVENTS = ['keydown', 'keyup', 'keypress'];

export interface ShadowHost {
  host: HTMLElement;
  shadow: ShadowRoot;
  /** The element to render into. */
  container: HTMLElement;
}

/** One sheet per CSS text and document; null where constructable sheets cannot be adopted. */
const sheets = new WeakMap<Document, Map<string, CSSStyleSheet | null>>();

function hostCss(cssText: string): string {
  // Inherited page styles (font, colour, line height) stop at our boundary; theme.css's `:root`
  // rules become `:host` rules.
  return `:host{all:initial !important;}\n${cssText.replaceAll(':root', ':host')}`;
}

function sharedSheet(doc: Document, css: string): CSSStyleSheet | null {
  let byText = sheets.get(doc);
  if (!byText) {
    byText = new Map();
    sheets.set(doc, byText);
  }
  if (byText.has(css)) return byText.get(css) ?? null;
  let sheet: CSSStyleSheet | null = null;
  try {
    const Sheet = doc.defaultView?.CSSStyleSheet;
    if (Sheet && typeof Sheet.prototype.replaceSync === 'function') {
      sheet = new Sheet();
      sheet.replaceSync(css);
    }
  } catch {
    sheet = null;
  }
  byText.set(css, sheet);
  return sheet;
}

/** Adopts the shared sheet; false where the browser refuses (e.g. some content-script worlds). */
function adopt(doc: Document, shadow: ShadowRoot, css: string): boolean {
  const sheet = sharedSheet(doc, css);
  if (sheet === null || !('adoptedStyleSheets' in shadow)) return false;
  try {
    shadow.adoptedStyleSheets = [sheet];
    return shadow.adoptedStyleSheets.length === 1;
  } catch {
    sheets.get(doc)?.set(css, null);
    return false;
  }
}

export function createShadowHost(
  name: string,
  cssText: string,
  signal: AbortSignal,
  parent: ParentNode = document.body ?? document.documentElement,
): ShadowHost {
  const doc = (parent as Node).ownerDocument ?? document;
  const host = doc.createElement(name);
  const shadow = host.attachShadow({ mode: 'open' });
  const css = hostCss(cssText);
  if (!adopt(doc, shadow, css)) {
    const style = doc.createElement('style');
    style.textContent = css;
    shadow.append(style);
  }
  const container = doc.createElement('div');
  shadow.append(container);
  for (const type of STOPPED_EVENTS) {
    shadow.addEventListener(type, (event) => event.stopPropagation(), { signal });
  }
  parent.append(host);
  signal.addEventListener('abort', () => host.remove(), { once: true });
  return { host, shadow, container };
}
