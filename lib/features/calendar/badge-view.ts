// One badge on one chip: a small pill inside the chip's button, truncated with an ellipsis where
// the cell is narrow (month view), the full text as its accessible name and tooltip. Text only via
// textContent.
//
// Light DOM, not a shadow root (CONVENTIONS.md 7 names shadow roots for injected UI): a week
// view re-renders every navigation, and a shadow root per chip (attachShadow, an adopted sheet,
// a container, key listeners) was most of Crewkit's cost there (calendar-overhead-ratio, issue 9).
// The badge is two elements styled by one <style> per document; Google's CSS cannot reach them
// because every property is reset (`all: initial`) and set again with !important on our own
// element names, which no page rule targets.
import type { SessionBadge } from '../../core/calendar-session';
import { badgeText } from './badge-text';

const LIGHT = { text: '#17463a', background: '#e6f4ee', border: '#2f6b57', dot: '#2f6b57' };
const DARK = { text: '#d2f0e3', background: '#17332a', border: '#7fc4a8', dot: '#7fc4a8' };

/** The pill inside a shadow root (the event dialog's panel, dialog-action.ts). */
export const BADGE_CSS = `
:host{display:block !important;min-width:0 !important;max-width:100% !important;overflow:hidden !important;margin-top:2px !important;}
.ck-badge{display:block;box-sizing:border-box;max-width:100%;overflow:hidden;white-space:nowrap;
text-overflow:ellipsis;font:600 11px/16px system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;
padding:0 6px;border-radius:8px;color:${LIGHT.text};background:${LIGHT.background};border:1px solid ${LIGHT.border};}
.ck-badge::before{content:"";display:inline-block;width:6px;height:6px;border-radius:50%;
background:${LIGHT.dot};margin-inline-end:4px;vertical-align:1px;}
@media (prefers-color-scheme: dark){.ck-badge{color:${DARK.text};background:${DARK.background};border-color:${DARK.border};}
.ck-badge::before{background:${DARK.dot};}}
`;

export const BADGE_TAG = 'crewkit-badge';
const PILL = `${BADGE_TAG}>span`;

/** The chip badges' rules, once per document. */
const CHIP_BADGE_CSS = `
${BADGE_TAG},${PILL},${PILL}::before{all:initial !important;}
${BADGE_TAG}{display:block !important;min-width:0 !important;max-width:100% !important;overflow:hidden !important;margin-top:2px !important;}
${PILL}{display:block !important;box-sizing:border-box !important;max-width:100% !important;overflow:hidden !important;
white-space:nowrap !important;text-overflow:ellipsis !important;font:600 11px/16px system-ui,-apple-system,"Segoe UI",Roboto,sans-serif !important;
padding:0 6px !important;border-radius:8px !important;color:${LIGHT.text} !important;background:${LIGHT.background} !important;
border:1px solid ${LIGHT.border} !important;cursor:inherit !important;}
${PILL}::before{content:"" !important;display:inline-block !important;width:6px !important;height:6px !important;
border-radius:50% !important;background:${LIGHT.dot} !important;margin-inline-end:4px !important;vertical-align:1px !important;}
@media (prefers-color-scheme: dark){${PILL}{color:${DARK.text} !important;background:${DARK.background} !important;
border-color:${DARK.border} !important;}${PILL}::before{background:${DARK.dot} !important;}}
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

/** Draws the badge as the last child of `parent`; the caller removes it (`remove`). */
export function renderBadge(parent: Element, badge: SessionBadge): BadgeView {
  const doc = parent.ownerDocument;
  ensureStyle(doc);
  const text = badgeText(badge);
  const host = doc.createElement(BADGE_TAG);
  const pill = doc.createElement('span');
  pill.setAttribute('role', 'note');
  pill.setAttribute('aria-label', text);
  pill.title = text;
  pill.textContent = text;
  host.dataset.text = text;
  host.append(pill);
  parent.append(host);
  return { host, remove: () => host.remove() };
}
