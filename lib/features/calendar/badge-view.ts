// One badge on one chip: a small pill in a shadow root inside the chip's button, truncated with
// an ellipsis where the cell is narrow (month view), the full text as its accessible name and
// tooltip. Plain DOM: the calendar script stays small. Text only via textContent.
import type { SessionBadge } from '../../core/calendar-session';
import { createShadowHost } from '../shadow-host';
import { badgeText } from './badge-text';

/** Shared by every badge on the page (shadow-host.ts adopts one stylesheet per CSS text). */
export const BADGE_CSS = `
:host{display:block !important;min-width:0 !important;max-width:100% !important;overflow:hidden !important;margin-top:2px !important;}
.ck-badge{display:block;box-sizing:border-box;max-width:100%;overflow:hidden;white-space:nowrap;
text-overflow:ellipsis;font:600 11px/16px system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;
padding:0 6px;border-radius:8px;color:#17463a;background:#e6f4ee;border:1px solid #2f6b57;}
.ck-badge::before{content:"";display:inline-block;width:6px;height:6px;border-radius:50%;
background:#2f6b57;margin-inline-end:4px;vertical-align:1px;}
@media (prefers-color-scheme: dark){.ck-badge{color:#d2f0e3;background:#17332a;border-color:#7fc4a8;}
.ck-badge::before{background:#7fc4a8;}}
`;

export const BADGE_TAG = 'crewkit-badge';

export interface BadgeView {
  host: HTMLElement;
  remove(): void;
}

export function renderBadge(parent: Element, badge: SessionBadge, signal: AbortSignal): BadgeView {
  const own = new AbortController();
  const stop = () => own.abort();
  signal.addEventListener('abort', stop, { once: true });
  const { host, container } = createShadowHost(BADGE_TAG, BADGE_CSS, own.signal, parent);
  const text = badgeText(badge);
  const pill = document.createElement('span');
  pill.className = 'ck-badge';
  pill.setAttribute('role', 'note');
  pill.setAttribute('aria-label', text);
  pill.title = text;
  pill.textContent = text;
  host.dataset.text = text;
  container.append(pill);
  return {
    host,
    remove: () => {
      signal.removeEventListener('abort', stop);
      own.abort();
    },
  };
}
