// The dialog-action feature: in the event details dialog, "Make this a crew session" (choose the
// crew; Crewkit proposes the number and the host by rotation, which the user can change), or for a
// tagged event its badge with "Change host" and "Remove tag". The dialog comes in two steps: its
// Meet row loads a moment later (docs/calendar-page.md, "Event details popup", seen 2026),
// so the Meet code is read whenever it appears. Plain DOM, text only via textContent.

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
.ck-error{color:#b3261e;}
@media (prefers-color-scheme: dark){.ck-panel{color:#e3e3e3;}.ck-panel p{color:#c4c7c5;}
button,select{background:#1f1f1f;color:#d2f0e3;border-color:#7fc4a8;}
button.ck-primary{background:#7fc4a8;color:#10231b;}.ck-error{color:#f2b8b5;}}
`;

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
