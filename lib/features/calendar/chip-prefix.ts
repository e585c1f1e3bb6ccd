// Telling cheaply that a chip cannot be a crew session's. A chip's `data-eventid` is base64 of
// "<eventId> <calendarRef>" (docs/calendar-page.md, "Event chips" [W], seen 2026-10), and an
// instance's event id is "<seriesId>_<start>". The filter decodes the attribute (one atob) and
// looks its event id, or the series before its last `_`, up in two sets: no regular expression,
// no calendar parsing, no object per chip. Full decoding (lib/sites/calendar/event-id.ts) is
// left for the chips that pass. A prefix compare on the base64 itself was tried first: the
// benchmark's tagged ids share their first bytes by the dozen, so most chips needed a second
// look at the bytes after the prefix, and the filter cost more than one atob (issue 9).

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;
/** Real ids are ~30-80 characters (as event-id.ts caps them): a longer one is left to decoding. */
const MAX_ATTRIBUTE = 4096;

export interface ChipPrefixes {
  /** False only when no tagged event or series can be behind this attribute. */
  mayMatch(rawId: string): boolean;
}

/**
 * For the chips of these events and these series' instances; null when one of them cannot be
 * compared as bytes (outside printable ASCII the page's UTF-8 is not the string: read every chip).
 */
export function chipPrefixes(
  eventIds: Iterable<string>,
  seriesIds: Iterable<string> = [],
): ChipPrefixes | null {
  const events = new Set(eventIds);
  const series = new Set(seriesIds);
  for (const id of [...events, ...series]) if (!PRINTABLE_ASCII.test(id)) return null;
  return {
    mayMatch(rawId) {
      if (rawId.length > MAX_ATTRIBUTE) return true;
      let text: string;
      try {
        // The URL-safe alphabet too; atob takes a missing padding.
        text = atob(
          rawId.includes('-') || rawId.includes('_')
            ? rawId.replaceAll('-', '+').replaceAll('_', '/')
            : rawId,
        );
      } catch {
        return false; // not base64: no event (event-id.ts says the same)
      }
      const space = text.indexOf(' ');
      const id = space < 0 ? text : text.slice(0, space);
      if (events.has(id)) return true;
      const cut = id.lastIndexOf('_');
      return cut > 0 && series.has(id.slice(0, cut));
    },
  };
}
