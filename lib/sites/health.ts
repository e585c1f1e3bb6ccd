// What a site adapter can report as not found on its page, for "Meet support degraded: …" in the
// popup (lib/ui/panel/PopupApp.tsx words each one). A closed set, so a report is never free text
// from a page and every signal has its sentence.

export type HealthSite = 'meet' | 'jitsi' | 'calendar';

export type MissingSignal =
  /** Meet: no icon ligature elements at all (docs/meet-page.md, seen 2026-04). */
  | 'icon-ligatures'
  /** Meet: neither lobby nor in-call controls recognised. */
  | 'call-controls'
  /** Meet: in the call, but no participant tiles or People panel rows. */
  | 'participant-tiles'
  /** Meet: tiles without a readable name. */
  | 'tile-names'
  /** Jitsi: a room page without the conference page or prejoin screen. */
  | 'conference-page'
  /** Jitsi: the self tile without a display name. */
  | 'local-display-name'
  /** Calendar: a view that shows events, without its grid (`[role=main]`). */
  | 'calendar-grid'
  /** Calendar: things that look like event chips, none of them readable as an event. */
  | 'event-chips'
  /** Calendar: the event details dialog without an event id Crewkit can read. */
  | 'event-dialog-id'
  /** Any site: the adapter could not read the page at all. */
  | 'page-unreadable';

export interface SiteHealthReport {
  site: HealthSite;
  missing: readonly MissingSignal[];
}

export function sameSignals(a: readonly MissingSignal[], b: readonly MissingSignal[]): boolean {
  return a.length === b.length && a.every((signal, i) => signal === b[i]);
}
