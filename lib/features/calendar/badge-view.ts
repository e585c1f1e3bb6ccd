// One badge on one chip: a small pill inside the chip's button, the whole sentence as its
// accessible name and tooltip. Plain DOM: the calendar script stays small. Text only via
// textContent.
//
// Two elements: the pill (`role="note"`, named by the sentence) and one span with the form it
// shows, hidden from assistive tech. Narrow chips show shorter forms (badge-text.ts badgeForms:
// the crew goes first, then the number, so the host stays in sight: "3/6 · Chiara", then
// "Chiara"), chosen from the pill's width as the browser laid it out, reported by one
// ResizeObserver after layout: no script reads layout, and a pill whose form is already right
// (every pill of a week after the first one) is not touched again. A new pill starts with the
// form the last one needed, so a week's navigation usually changes none.
//
// Why so few elements: a CDP profile of 20 week navigations (300 events, 30 badges; issue 9)
// put most of Crewkit's cost there in the badges' style, layout and paint, and a page with a
// badge on every chip measured it per badge: the earlier 7-element pill (every form its own
// flex item, a visually hidden sentence) cost about 4 times a pill with one span, and flex
// items or inline-blocks cost alike. The dot is a background gradient, not a pseudo-element.
// No container query (each query container cost a style
// pass of its own during layout), light DOM, not a shadow root per chip (attachShadow, an
// adopted sheet and listeners were about half of Crewkit's cost there).
// The badge's elements are styled by one <style> per document; Google's CSS cannot reach them:
// the pill resets everything (`all: initial`), its span what it does not inherit (`all: unset`),
// our rules are !important on our own element name, and name the span by a class (`ck-x`), not
// `crewkit-badge *`, which would be tried on every element of the page at every recalculation.
import type { SessionBadge } from '../../core/calendar-session';
import { badgeForms, badgeText, fittingForm } from './badge-text';

/** The event dialog's panel (dialog-action.ts) sits in a shadow root with the badge's host rule. */
export const BADGE_CSS = `
:host{display:block !important;flex:1 1 8em !important;min-width:0 !important;max-width:100% !important;overflow:hidden !important;margin-top:2px !important;}
`;

export const BADGE_TAG = 'crewkit-badge';
/**
 * Where the pill keeps its whole sentence (its accessible name), read to tell whether a redraw
 * would change it: no attribute of its own, one write fewer per badge.
 */
export const TEXT_ATTRIBUTE = 'aria-label';

const B = BADGE_TAG;
/** The dot: 6 px, centred 9 px in and 8 px down, as the pill's own background. */
const dot = (color: string) =>
  `radial-gradient(circle at 9px 8px,${color} 2.6px,transparent 3.2px)`;
const ring = (color: string) =>
  `radial-gradient(circle at 9px 8px,transparent 1.8px,${color} 2.2px,${color} 2.8px,transparent 3.3px)`;
/** The chip badges' rules, once per document. */
const CHIP_BADGE_CSS = `
${B}{all:initial !important;display:block !important;box-sizing:border-box !important;max-width:100% !important;height:18px !important;overflow:hidden !important;margin-top:2px !important;padding-inline:16px 6px !important;
white-space:pre !important;text-overflow:ellipsis !important;font:600 11px/16px system-ui,-apple-system,"Segoe UI",Roboto,sans-serif !important;
border-radius:8px !important;color:#17463a !important;background:${dot('#2f6b57')} #e6f4ee !important;border:1px solid #2f6b57 !important;}
${B}>.ck-x{all:unset !important;}
@media (prefers-color-scheme: dark){${B}{color:#d2f0e3 !important;background:${dot('#7fc4a8')} #17332a !important;border-color:#7fc4a8 !important;}}
${B}.ck-skipped{font-weight:400 !important;color:#444746 !important;background:${ring('#747775')} transparent !important;border:1px dashed #747775 !important;}
@media (prefers-color-scheme: dark){${B}.ck-skipped{color:#c4c7c5 !important;background:${ring('#8e918f')} transparent !important;border-color:#8e918f !important;}}
`;

const STYLE_ID = 'crewkit-badge-style';

function ensureStyle(doc: Document): void {
  if (doc.getElementById(STYLE_ID)) return;
  const style = doc.createElement('style');
  style.id = STYLE_ID;
  style.textContent = CHIP_BADGE_CSS;
  (doc.head ?? doc.documentElement).append(style);
}

export interface BadgeView {
  host: HTMLElement;
  remove(): void;
}

interface Shown {
  forms: string[];
  form: number;
  /** The content width `form` was chosen for (0: none yet, the first pill's). */
  width: number;
  span: Element;
}

export interface BadgeRenderer {
  /** Draws the badge as the last child of `parent`; the caller removes it (`remove`). */
  render(parent: Element, badge: SessionBadge): BadgeView;
}

/** Where the chips are laid out: the view's grid, re-created on navigation (selectors.ts). */
const REGION = '[role="main"]';
/** The pill's inline padding: its content is this much narrower than its clientWidth. */
const PILL_PADDING_PX = 22;

const isDigit = (code: number) => code >= 48 && code <= 57;

/**
 * Text widths in a pill's font (a skipped pill's is lighter), measured on a canvas (no layout),
 * a form as the sum of its parts: the crew, the hosts, the separator and the words around a
 * session's number repeat from pill to pill and are measured once each; numbers are measured
 * digit by digit, so the pills of a new week measure nothing at all. Profiled on 20 week
 * navigations (300 events, 30 badges, numbers new every week; issue 9, calendar-overhead-ratio):
 * the canvas calls for each week's new numbers were the largest part of the badges' script. The
 * sum differs from the whole by the kerning at the joins, well under a pixel (a pill that is a
 * pixel short ends in an ellipsis; the full text stays in its name and tooltip). The text is
 * split by a loop over its characters, not a regular expression: the match's array and strings
 * for every form of every pill were a third of the badges' width work in a CPU profile of the
 * benchmark's week (2026-12-03); a text without digits is looked up whole, as it is.
 */
export function textWidths(measureText: ((font: string, text: string) => number) | null) {
  const byFont = new Map<string, (text: string) => number>();
  return (font: string) => {
    let widthOf = byFont.get(font);
    if (widthOf) return widthOf;
    const known = new Map<string, number>();
    /** Each digit's width, NaN until measured. */
    const digits = new Float64Array(10).fill(Number.NaN);
    // Without a canvas (never in a browser) every short form is taken to fit.
    const measured = (text: string) => (measureText ? measureText(font, text) : 0);
    const measure = (text: string) => {
      let width = known.get(text);
      if (width === undefined) {
        width = measured(text);
        known.set(text, width);
      }
      return width;
    };
    widthOf = (text: string) => {
      let width = 0;
      /** Where the run of characters that are not digits began. */
      let start = 0;
      for (let i = 0; i < text.length; i++) {
        const code = text.charCodeAt(i);
        if (!isDigit(code)) continue;
        if (i > start) width += measure(text.slice(start, i));
        let digit = digits[code - 48] as number;
        if (Number.isNaN(digit)) {
          digit = measured(text[i] as string);
          digits[code - 48] = digit;
        }
        width += digit;
        start = i + 1;
      }
      if (start < text.length) width += measure(start === 0 ? text : text.slice(start));
      return width;
    };
    byFont.set(font, widthOf);
    return widthOf;
  };
}

/** A canvas's text measure, its font set only when it changes (setting it parses it again). */
function canvasMeasure(doc: Document): (font: string, text: string) => number {
  let context: CanvasRenderingContext2D | null | undefined;
  let current = '';
  return (font, text) => {
    context ??= doc.createElement('canvas').getContext?.('2d') ?? null;
    if (!context) return 0;
    if (current !== font) {
      context.font = font;
      current = font;
    }
    return context.measureText(text).width;
  };
}

/**
 * Badges for one document until `signal` aborts, each showing the form its width allows. The
 * widths are read once the browser has laid the view out: one ResizeObserver watches the view's
 * grid (one element, not one per pill), whose first report after each batch of new pills, and
 * every report of a new size (a window or side panel resized), comes after layout, when reading
 * a pill's width costs no layout of its own. A new pill starts with the form it needs at the
 * width the last pill had, so a week's navigation usually changes no text.
 */
export function badgeRenderer(doc: Document, signal: AbortSignal): BadgeRenderer {
  const shown = new WeakMap<Element, Shown>();
  const widths = textWidths(canvasMeasure(doc));
  /** Pills drawn since the last report, and every pill on the page (pruned as they leave). */
  let fresh: HTMLElement[] = [];
  const live = new Set<HTMLElement>();
  const regionWidths = new WeakMap<Element, number>();
  // The last pill's content width and the pills' fonts (plain, skipped), once seen.
  let lastWidth = 0;
  const fonts = new Map<boolean, string>();
  /** The form each pill's width allows: reads only (layout is clean when this runs). */
  const formsFor = (hosts: readonly HTMLElement[]) =>
    hosts.map((host) => {
      const state = shown.get(host);
      const width = host.clientWidth - PILL_PADDING_PX;
      if (!state || width <= 0) return null;
      lastWidth = width;
      // Chosen for this very width when it was drawn (a week's pills, as wide as the last): the
      // same forms, width and font give the same answer, not worth measuring again.
      if (width === state.width) return null;
      state.width = width;
      const skipped = host.classList.contains('ck-skipped');
      let font = fonts.get(skipped);
      if (font === undefined) {
        const style = doc.defaultView?.getComputedStyle(host);
        font = style ? `${style.fontWeight} ${style.fontSize} ${style.fontFamily}` : '';
        fonts.set(skipped, font);
      }
      return { state, form: fittingForm(state.forms, width, widths(font)) };
    });
  const observer =
    typeof ResizeObserver === 'function'
      ? new ResizeObserver((entries) => {
          let resized = false;
          for (const entry of entries) {
            const width = entry.contentRect.width;
            const before = regionWidths.get(entry.target);
            regionWidths.set(entry.target, width);
            if (before !== undefined && before !== width) resized = true;
            if (!entry.target.isConnected) observer?.unobserve(entry.target);
          }
          const hosts = (resized ? [...live] : fresh).filter((host) => host.isConnected);
          fresh = [];
          for (const host of live) if (!host.isConnected) live.delete(host);
          // Every read first, then the writes, so no read lays the page out again.
          for (const next of formsFor(hosts)) {
            if (!next || next.form === next.state.form) continue;
            next.state.form = next.form;
            next.state.span.textContent = next.state.forms[next.form] ?? '';
          }
        })
      : null;
  signal.addEventListener('abort', () => observer?.disconnect(), { once: true });
  let prototype: HTMLElement | null = null;
  return {
    render(parent, badge) {
      // Once per batch (its first pill): the page could have dropped the sheet since the last.
      if (fresh.length === 0) ensureStyle(doc);
      if (!prototype) {
        prototype = doc.createElement(BADGE_TAG);
        prototype.setAttribute('role', 'note');
        const span = doc.createElement('span');
        span.className = 'ck-x';
        span.setAttribute('aria-hidden', 'true');
        prototype.append(span);
      }
      const text = badgeText(badge);
      const forms = badgeForms(badge);
      const host = prototype.cloneNode(true) as HTMLElement;
      const span = host.firstElementChild as Element;
      const font = fonts.get(badge.skipped === true);
      const chosenFor = font ? lastWidth : 0;
      const form = font && chosenFor > 0 ? fittingForm(forms, chosenFor, widths(font)) : 0;
      span.textContent = forms[form] ?? '';
      // Attributes, not the `title` and `dataset` properties: a DOMStringMap write goes through
      // a named-property interceptor, slower than setAttribute in the content script.
      host.setAttribute(TEXT_ATTRIBUTE, text);
      host.setAttribute('title', text);
      // A skipped session's badge is calm (grey, dashed): it says the crew does not meet then.
      if (badge.skipped) host.classList.add('ck-skipped');
      shown.set(host, { forms, form, width: chosenFor, span });
      parent.append(host);
      live.add(host);
      fresh.push(host);
      // (Re-)observing the grid asks for one report after this frame's layout, which reads every
      // fresh pill: once per batch, by its first pill (the grid is found once, not per pill).
      if (fresh.length === 1) observer?.observe(parent.closest(REGION) ?? doc.documentElement);
      return {
        host,
        remove: () => {
          live.delete(host);
          host.remove();
        },
      };
    },
  };
}
