// One badge on one chip: a small pill inside the chip's button, the full text as its accessible
// name and tooltip. Plain DOM: the calendar script stays small. Text only via textContent.
//
// Narrow chips (a week column, a month cell) drop the badge's parts in order of importance
// (badge-text.ts badgeParts: host, number, crew) with no script measuring anything: the parts are
// the pill's own items in a one-line wrapping flex row, most important first in the DOM and drawn
// in reading order by `row-reverse`; a part that does not fit wraps onto the second line, which is
// cut off. So what is left is always the host, then "3/6 · host", then the whole badge, decided by
// the browser's own layout of each chip's real width. Long word forms ("3 of 6", "Chiara hosts")
// are used only where the pill has room for all of it, short ones ("3/6", "Chiara") below: each
// form is its own item whose `max-width` is `(100% - 229.5px) * 999` (or the reverse), a huge
// width or none (a negative max-width is 0) depending on the pill's width, the "holy albatross"
// switch (heydonworks.com, 2019).
//
// No container query: a query container has its style computed again in its own pass during
// layout, one per badge: a CDP profile of 20 week navigations (300 events, 30 badges) counted 620
// style recalculations with Crewkit against 20 without (issue 9), and a badge had 11 elements;
// it has 7 now, its text set on a clone of one prepared badge. Light DOM, not a shadow root
// (CONVENTIONS.md 7 names shadow roots for injected UI): a shadow root per chip (attachShadow, an
// adopted sheet, key listeners) was about half of Crewkit's cost on a week view.
// The badge's elements are styled by one <style> per document; Google's CSS cannot reach them:
// the host resets everything (`all: initial`), every element inside resets what it does not
// inherit from the pill (`all: unset`), and our rules, on our own element name, are !important.
// The reset names our elements by a class (`ck-x`), not `crewkit-badge *`: a rule whose last part
// is `*` is tried on every element of the page at every style recalculation (thousands on a week
// with 300 events, every navigation), a class rule only on elements that have the class.
import type { SessionBadge } from '../../core/calendar-session';
import { badgeParts, badgeText } from './badge-text';

/** The event dialog's panel (dialog-action.ts) sits in a shadow root with the badge's host rule. */
export const BADGE_CSS = `
:host{display:block !important;flex:1 1 8em !important;min-width:0 !important;max-width:100% !important;overflow:hidden !important;margin-top:2px !important;}
`;

export const BADGE_TAG = 'crewkit-badge';

const B = BADGE_TAG;
/** The pill's content width from which the long forms are used (its dot and padding aside). */
const LONG_FROM = '229.5px';
/** The chip badges' rules, once per document. */
const CHIP_BADGE_CSS = `
${B}{all:initial !important;position:relative !important;display:flex !important;flex:1 1 8em !important;flex-flow:row-reverse wrap !important;justify-content:flex-end !important;align-content:flex-start !important;
box-sizing:border-box !important;min-width:0 !important;max-width:100% !important;height:18px !important;overflow:hidden !important;margin-top:2px !important;padding-inline:16px 6px !important;
font:600 11px/16px system-ui,-apple-system,"Segoe UI",Roboto,sans-serif !important;
border-radius:8px !important;color:#17463a !important;background:#e6f4ee !important;border:1px solid #2f6b57 !important;}
${B}::before{content:"" !important;position:absolute !important;inset-inline-start:6px !important;top:5px !important;width:6px !important;height:6px !important;border-radius:50% !important;background:#2f6b57 !important;}
${B}>.ck-x{all:unset !important;flex:0 1 auto !important;min-width:0 !important;overflow:hidden !important;white-space:pre !important;text-overflow:ellipsis !important;}
${B}>.ck-l{max-width:calc((100% - ${LONG_FROM}) * 999) !important;}
${B}>.ck-s{max-width:calc((${LONG_FROM} - 100%) * 999) !important;}
${B}>.ck-full{position:absolute !important;width:1px !important;height:1px !important;overflow:hidden !important;clip-path:inset(50%) !important;white-space:nowrap !important;}
@media (prefers-color-scheme: dark){${B}{color:#d2f0e3 !important;background:#17332a !important;border-color:#7fc4a8 !important;}
${B}::before{background:#7fc4a8 !important;}}
${B}.ck-skipped{font-weight:400 !important;color:#444746 !important;background:transparent !important;border:1px dashed #747775 !important;}
${B}.ck-skipped::before{background:transparent !important;border:1px solid #747775 !important;box-sizing:border-box !important;}
@media (prefers-color-scheme: dark){${B}.ck-skipped{color:#c4c7c5 !important;border-color:#8e918f !important;}
${B}.ck-skipped::before{border-color:#8e918f !important;}}
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

/**
 * The visible forms, in DOM order (drawn right to left): the first two parts (badge-text.ts
 * badgeParts, most important first) long, then short, then the third (the crew). At each width
 * one set of forms is 0 wide, so either reads, from the left, "crew · number · host" (or "crew ·
 * skipped", "crew · number"). A part with one form for all widths (the crew, "skipped") is drawn
 * once, in its long slot made `both`, its short slot left empty.
 */
const SLOTS = [
  { part: 0, form: 'long', className: 'ck-l ck-first', both: 'ck-first' },
  { part: 1, form: 'long', className: 'ck-l ck-second', both: 'ck-second' },
  { part: 0, form: 'short', className: 'ck-s ck-first', both: '' },
  { part: 1, form: 'short', className: 'ck-s ck-second', both: '' },
  { part: 2, form: 'long', className: 'ck-third', both: 'ck-third' },
] as const;

/** Between a part and the one before it in importance (drawn on its right, in reading order). */
const SEPARATOR = ' \u00b7 ';

const prototypes = new WeakMap<Document, HTMLElement>();

/** One badge's elements, made once per document and cloned: no element made one by one. */
function prototypeOf(doc: Document): HTMLElement {
  const known = prototypes.get(doc);
  if (known) return known;
  const host = doc.createElement(BADGE_TAG);
  const full = doc.createElement('span');
  full.className = 'ck-x ck-full';
  // The whole sentence, to be read by content too; the visible forms are hidden from assistive tech.
  full.setAttribute('role', 'note');
  host.append(full);
  for (const slot of SLOTS) {
    const node = doc.createElement('span');
    node.className = `ck-x ${slot.className}`;
    node.setAttribute('aria-hidden', 'true');
    host.append(node);
  }
  prototypes.set(doc, host);
  return host;
}

/** Draws the badge as the last child of `parent`; the caller removes it (`remove`). */
export function renderBadge(parent: Element, badge: SessionBadge): BadgeView {
  const doc = parent.ownerDocument;
  ensureStyle(doc);
  const text = badgeText(badge);
  const parts = badgeParts(badge);
  const host = prototypeOf(doc).cloneNode(true) as HTMLElement;
  const [full, ...forms] = host.children;
  if (full) {
    full.textContent = text;
    full.setAttribute('aria-label', text);
    (full as HTMLElement).title = text;
  }
  SLOTS.forEach((slot, i) => {
    const node = forms[i] as HTMLElement | undefined;
    const part = parts[slot.part];
    // No such part (no host): the slot stays empty, 0 wide.
    if (!node || !part) return;
    const single = part.long === part.short;
    if (single && slot.form === 'short') return;
    node.textContent = `${part[slot.form]}${slot.part > 0 ? SEPARATOR : ''}`;
    node.dataset.part = part.kind;
    if (single && slot.className !== slot.both) node.className = `ck-x ${slot.both}`;
  });
  // A skipped session's badge is calm (grey, dashed): it says the crew does not meet then.
  if (badge.skipped) host.classList.add('ck-skipped');
  host.title = text;
  host.dataset.text = text;
  parent.append(host);
  return { host, remove: () => host.remove() };
}
