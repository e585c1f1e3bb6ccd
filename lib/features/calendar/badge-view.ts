// One badge on one chip: a small pill inside the chip's button, the full text as its accessible
// name and tooltip. Plain DOM: the calendar script stays small. Text only via textContent.
//
// Narrow chips (a week column, a month cell) drop the badge's parts in order of importance
// (badge-text.ts badgeParts: host, number, crew) with no script measuring anything: the parts sit
// in a one-line wrapping flex row, most important first in the DOM and drawn in reading order by
// `row-reverse`; a part that does not fit wraps onto the second line, which is cut off. So what is
// left is always the host, then "3/6 · host", then the whole badge, decided by the browser's own
// layout of each chip's real width. Long word forms ("3 of 6", "Chiara hosts") are used only where
// the chip is wide enough for all of it (a container query), short ones ("3/6", "Chiara") below.
// A query container takes no width from its content, so the host asks for a share of a flex row
// (`flex: 1 1 8em`) in case a chip's button lays its children out in one (block chips ignore it).
//
// Light DOM, not a shadow root (CONVENTIONS.md 7 names shadow roots for injected UI): a week
// view re-renders every navigation, and a shadow root per chip (attachShadow, an adopted sheet,
// a container, key listeners) was about half of Crewkit's cost there (calendar-overhead-ratio,
// issue 9).
// The badge's elements are styled by one <style> per document; Google's CSS cannot reach them:
// the host resets everything (`all: initial`), every element inside resets what it does not
// inherit from the pill (`all: unset`), and our rules, on our own element name, are !important.
// The reset names our elements by a class (`ck-x`), not `crewkit-badge *`: a rule whose last part
// is `*` is tried on every element of the page at every style recalculation (thousands on a week
// with 300 events, every navigation), a class rule only on elements that have the class.
import type { SessionBadge } from '../../core/calendar-session';
import { badgeParts, badgeText } from './badge-text';

/** The pill inside a shadow root (the event dialog's panel, dialog-action.ts). */
export const BADGE_CSS = `
:host{display:block !important;flex:1 1 8em !important;min-width:0 !important;max-width:100% !important;overflow:hidden !important;margin-top:2px !important;}
.ck-badge{position:relative;display:flex;align-items:center;container-type:inline-size;box-sizing:border-box;max-width:100%;overflow:hidden;
font:600 11px/16px system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;
padding:0 6px;border-radius:8px;color:#17463a;background:#e6f4ee;border:1px solid #2f6b57;}
.ck-badge::before{content:"";flex:none;width:6px;height:6px;border-radius:50%;
background:#2f6b57;margin-inline-end:4px;}
.ck-parts{display:flex;flex:1 1 0;min-width:0;flex-flow:row-reverse wrap;justify-content:flex-end;height:16px;overflow:hidden;}
.ck-parts>span{flex:0 1 auto;min-width:0;overflow:hidden;white-space:nowrap;text-overflow:ellipsis;}
.ck-sep::after{content:"\\b7";padding-inline:.3em;}
.ck-long{display:none;}
@container (min-width: 240px){.ck-long{display:inline;}.ck-short{display:none;}}
.ck-full{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap;}
@media (prefers-color-scheme: dark){.ck-badge{color:#d2f0e3;background:#17332a;border-color:#7fc4a8;}
.ck-badge::before{background:#7fc4a8;}}
.ck-badge.ck-skipped{font-weight:400;color:#444746;background:transparent;border:1px dashed #747775;}
.ck-skipped::before{background:transparent;border:1px solid #747775;box-sizing:border-box;}
@media (prefers-color-scheme: dark){.ck-badge.ck-skipped{color:#c4c7c5;border-color:#8e918f;}
.ck-skipped::before{border-color:#8e918f;}}
`;

export const BADGE_TAG = 'crewkit-badge';

const B = BADGE_TAG;
/** The chip badges' rules, once per document: BADGE_CSS's, on our element name. */
const CHIP_BADGE_CSS = `
${B}{all:initial !important;display:block !important;flex:1 1 8em !important;min-width:0 !important;max-width:100% !important;overflow:hidden !important;margin-top:2px !important;}
${B} .ck-x,${B} .ck-x::before,${B} .ck-x::after{all:unset !important;}
${B} .ck-badge{position:relative !important;display:flex !important;align-items:center !important;container-type:inline-size !important;box-sizing:border-box !important;max-width:100% !important;overflow:hidden !important;
font:600 11px/16px system-ui,-apple-system,"Segoe UI",Roboto,sans-serif !important;
padding:0 6px !important;border-radius:8px !important;color:#17463a !important;background:#e6f4ee !important;border:1px solid #2f6b57 !important;}
${B} .ck-badge::before{content:"" !important;flex:none !important;width:6px !important;height:6px !important;border-radius:50% !important;
background:#2f6b57 !important;margin-inline-end:4px !important;}
${B} .ck-parts{display:flex !important;flex:1 1 0 !important;min-width:0 !important;flex-flow:row-reverse wrap !important;justify-content:flex-end !important;height:16px !important;overflow:hidden !important;}
${B} .ck-parts>span{flex:0 1 auto !important;min-width:0 !important;overflow:hidden !important;white-space:nowrap !important;text-overflow:ellipsis !important;}
${B} .ck-sep::after{content:"\\b7" !important;padding-inline:.3em !important;}
${B} .ck-long{display:none !important;}
@container (min-width: 240px){${B} .ck-long{display:inline !important;}${B} .ck-short{display:none !important;}}
${B} .ck-full{position:absolute !important;width:1px !important;height:1px !important;overflow:hidden !important;clip-path:inset(50%) !important;white-space:nowrap !important;}
@media (prefers-color-scheme: dark){${B} .ck-badge{color:#d2f0e3 !important;background:#17332a !important;border-color:#7fc4a8 !important;}
${B} .ck-badge::before{background:#7fc4a8 !important;}}
${B} .ck-badge.ck-skipped{font-weight:400 !important;color:#444746 !important;background:transparent !important;border:1px dashed #747775 !important;}
${B} .ck-skipped::before{background:transparent !important;border:1px solid #747775 !important;box-sizing:border-box !important;}
@media (prefers-color-scheme: dark){${B} .ck-badge.ck-skipped{color:#c4c7c5 !important;border-color:#8e918f !important;}
${B} .ck-skipped::before{border-color:#8e918f !important;}}
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

function span(className: string, text?: string): HTMLSpanElement {
  const node = document.createElement('span');
  node.className = `ck-x ${className}`;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** The visible parts; each after the first carries the separator towards the one before it. */
function drawParts(badge: SessionBadge): HTMLSpanElement {
  const row = span('ck-parts');
  row.setAttribute('aria-hidden', 'true');
  badgeParts(badge).forEach((part, i) => {
    const node = span(i > 0 ? `ck-${part.kind} ck-sep` : `ck-${part.kind}`);
    node.dataset.part = part.kind;
    if (part.long === part.short) node.textContent = part.short;
    else node.append(span('ck-long', part.long), span('ck-short', part.short));
    row.append(node);
  });
  return row;
}

/** Draws the badge as the last child of `parent`; the caller removes it (`remove`). */
export function renderBadge(parent: Element, badge: SessionBadge): BadgeView {
  ensureStyle(parent.ownerDocument);
  const text = badgeText(badge);
  const host = document.createElement(BADGE_TAG);
  // A skipped session's badge is calm (grey, dashed): it says the crew does not meet then.
  const pill = span(badge.skipped ? 'ck-badge ck-skipped' : 'ck-badge');
  pill.setAttribute('role', 'note');
  pill.setAttribute('aria-label', text);
  pill.title = text;
  // The whole text for reading by content too; the visible parts are hidden from assistive tech.
  pill.append(span('ck-full', text), drawParts(badge));
  host.dataset.text = text;
  host.append(pill);
  parent.append(host);
  return { host, remove: () => host.remove() };
}
