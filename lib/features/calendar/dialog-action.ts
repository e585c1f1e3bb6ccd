// The dialog-action feature: in the event details dialog, "Make this a crew session" (choose the
// crew; Crewkit proposes the number and the host by rotation, which the user can change), or for a
// tagged event its badge with "Change host", "Skip this session" and "Remove tag". The dialog
// comes in two steps: its Meet row loads a moment later (docs/calendar-page.md, "Event details
// popup", seen 2026), so the Meet code is read whenever it appears. Plain DOM, text only via textContent.

import {
  chipOfEvent,
  chipStartIso,
  type DialogFact,
  readDialog,
} from '../../sites/calendar/adapter';
import { isCalendarUrl } from '../../sites/calendar/page-detect';
import { watchPage } from '../../sites/dom/watch-page';
import type { PageFeature } from '../feature';
import { createShadowHost } from '../shadow-host';
import { type ChipRef, chipRef } from './backend';
import { BADGE_CSS } from './badge-view';
import type { CalendarDeps } from './badges';
import { renderDialogPanel } from './dialog-panel';

const DIALOG_CSS = `${BADGE_CSS}
:host{margin:8px 0 4px !important;overflow:visible !important;}
.ck-panel{font:13px/1.4 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1f1f1f;
display:flex;flex-wrap:wrap;gap:6px;align-items:center;padding:0 20px 0 52px;}
[dir=rtl] .ck-panel{padding:0 52px 0 20px;}
.ck-panel p{margin:0;flex-basis:100%;color:#444746;}
button,select{font:inherit;border-radius:16px;padding:4px 12px;border:1px solid #2f6b57;
background:#fff;color:#17463a;cursor:pointer;}
button.ck-primary{background:#2f6b57;color:#fff;}
button:focus-visible,select:focus-visible{outline:3px solid #8ab4ff;outline-offset:2px;}
label{display:inline-flex;gap:4px;align-items:center;}
fieldset{flex-basis:100%;display:flex;flex-direction:column;gap:2px;margin:0;padding:0;border:0;}
legend{padding:0;margin-bottom:2px;font-weight:600;}
input[type=radio]{accent-color:#2f6b57;margin:0;}
input[type=radio]:focus-visible{outline:3px solid #8ab4ff;outline-offset:2px;}
[data-theme=dark] input[type=radio]{accent-color:#7fc4a8;}
.ck-error{color:#b3261e;}
[data-theme=dark] .ck-panel{color:#e3e3e3;}[data-theme=dark] .ck-panel p{color:#c4c7c5;}
[data-theme=dark] button,[data-theme=dark] select{background:#1f1f1f;color:#d2f0e3;border-color:#7fc4a8;}
[data-theme=dark] button.ck-primary{background:#7fc4a8;color:#10231b;}
[data-theme=dark] .ck-error{color:#f2b8b5;}
`;

/**
 * Whether the dialog is drawn dark: Calendar's own theme setting need not follow the system's
 * colour scheme, so the panel takes the dialog's real background, read once as it opens.
 */
function drawnDark(element: Element): boolean {
  for (let node: Element | null = element; node; node = node.parentElement) {
    const match = /rgba?\((\d+), (\d+), (\d+)(?:, ([\d.]+))?\)/.exec(
      getComputedStyle(node).backgroundColor,
    );
    if (!match || match[4] === '0') continue;
    const [r, g, b] = [match[1], match[2], match[3]].map(Number) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * b < 128;
  }
  return matchMedia('(prefers-color-scheme: dark)').matches;
}

/** What decides whether the panel must be redrawn: the event and its Meet code. */
function dialogKey(fact: DialogFact | null): string {
  return fact ? `${fact.event.eventId}|${fact.meetCode ?? ''}|${fact.videoLoaded}` : '';
}

function eventOf(fact: DialogFact): ChipRef {
  const chip = chipOfEvent(document, fact.event.eventId);
  return chipRef(fact.event, chip ? chipStartIso(chip) : undefined);
}

export const dialogActionFeature: PageFeature<CalendarDeps> = {
  name: 'calendar-dialog-action',
  include: isCalendarUrl,
  init(signal, { backend }) {
    let current: { element: Element; eventId: string; panel: AbortController } | null = null;
    const show = () => {
      const fact = readDialog(document);
      if (!fact) {
        current?.panel.abort();
        current = null;
        return;
      }
      const same = current?.element === fact.element && current.eventId === fact.event.eventId;
      if (same && current) {
        // Step 2 of the dialog: the Meet row arrived; the panel stays, the code reaches the session.
        if (fact.meetCode) backend.dialog(eventOf(fact), fact.meetCode).catch(() => {});
        return;
      }
      current?.panel.abort();
      const panel = new AbortController();
      signal.addEventListener('abort', () => panel.abort(), { once: true });
      current = { element: fact.element, eventId: fact.event.eventId, panel };
      const host = createShadowHost(
        'crewkit-dialog-action',
        DIALOG_CSS,
        panel.signal,
        fact.element,
      );
      fact.anchor.after(host.host);
      if (document.documentElement.dir === 'rtl') host.container.setAttribute('dir', 'rtl');
      const setTheme = () => {
        host.container.dataset.theme = drawnDark(fact.element) ? 'dark' : 'light';
      };
      setTheme();
      matchMedia('(prefers-color-scheme: dark)').addEventListener('change', setTheme, {
        signal: panel.signal,
      });
      renderDialogPanel(host.container, {
        backend,
        event: eventOf(fact),
        getMeetCode: () => readDialog(document)?.meetCode,
        signal: panel.signal,
      });
    };
    watchPage(document, () => dialogKey(readDialog(document)), show, { signal });
  },
};
