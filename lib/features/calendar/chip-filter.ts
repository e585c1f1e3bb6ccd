// Telling cheaply that a chip cannot be a crew session's. A chip's `data-eventid` is base64 of
// "<eventId> <calendarRef>" (docs/calendar-page.md, "Event chips" [W], seen 2026-10), and an
// instance's event id is "<seriesId>_<start>". The filter decodes the attribute in place, only
// up to the space after the event id, hashing the id's bytes as they come (and the bytes before
// its last `_`, the series), and looks the hashes up in two sets: no string is made, no regular
// expression run, no object per chip. A hash that matches may be a collision (one in about 10^9
// per tagged id): the chip is then decoded in full (lib/sites/calendar/event-id.ts), which
// settles it. Timed in the content script on the benchmark's week of 300 chips (issue 9,
// 2026-12-02), `atob` and a string compare cost 0.17-0.64 ms a week: most of Crewkit's part
// of a navigation after the page's own. A prefix compare on the base64 itself was tried before
// that: the benchmark's tagged ids share their first bytes by the dozen, so most chips needed a
// second look at the bytes after the prefix. The hashes of the tagged ids' first PREFIX_BYTES
// are a third set: a chip whose id starts otherwise is turned away after 8 of its characters,
// not the 35-60 of a real id (26 characters, or 43 for an instance: Calendar API v3, Event.id)
// decoded up to the space. Ids shorter than that (the API allows 5) turn this gate off.

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;
/** Real ids are ~30-80 characters (as event-id.ts caps them): a longer one is left to decoding. */
const MAX_ATTRIBUTE = 4096;

const PAD = -2;
const SKIP = -3;
const INVALID = -1;
/** Each ASCII character's 6 bits in base64, both alphabets (`+/` and the URL-safe `-_`). */
const SIXTETS = (() => {
  const table = new Int8Array(128).fill(INVALID);
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  for (let i = 0; i < alphabet.length; i++) table[alphabet.charCodeAt(i)] = i;
  table[43] = 62; // +
  table[45] = 62; // -
  table[47] = 63; // /
  table[95] = 63; // _
  table[61] = PAD; // =
  // atob skips ASCII whitespace (the forgiving base64 of the HTML standard): so does the filter.
  for (const code of [9, 10, 12, 13, 32]) table[code] = SKIP;
  return table;
})();

/** 6 bytes are 8 base64 characters: the prefix ends at a character's end in every id. */
const PREFIX_BYTES = 6;
const SPACE = 32;
const UNDERSCORE = 95;
/** FNV-1a over bytes, kept to 30 bits so the sets hold small integers. */
const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;
const HASH_BITS = 0x3fffffff;

function hashText(text: string): number {
  let hash = FNV_OFFSET;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), FNV_PRIME);
  return hash & HASH_BITS;
}

export interface ChipFilter {
  /** False only when no tagged event or series can be behind this attribute. */
  mayMatch(rawId: string): boolean;
}

/**
 * For the chips of these events and these series' instances; null when one of them cannot be
 * compared as bytes (outside printable ASCII the page's UTF-8 is not the string: read every chip).
 */
export function chipFilter(
  eventIds: Iterable<string>,
  seriesIds: Iterable<string> = [],
): ChipFilter | null {
  const eventList = [...new Set(eventIds)];
  const seriesList = [...new Set(seriesIds)];
  const all = [...eventList, ...seriesList];
  for (const id of all) if (!PRINTABLE_ASCII.test(id)) return null;
  const events = new Set(eventList.map(hashText));
  const series = new Set(seriesList.map(hashText));
  // A chip of a tagged event or of a tagged series' instance starts with one of these prefixes.
  const prefixes = all.every((id) => id.length >= PREFIX_BYTES)
    ? new Set(all.map((id) => hashText(id.slice(0, PREFIX_BYTES))))
    : null;
  const known = (hash: number, seriesHash: number, cut: boolean) =>
    events.has(hash & HASH_BITS) || (cut && series.has(seriesHash & HASH_BITS));
  return {
    mayMatch(rawId) {
      if (rawId.length > MAX_ATTRIBUTE) return true;
      let bits = 0;
      let count = 0;
      let length = 0;
      let hash = FNV_OFFSET;
      // The id's bytes before its last `_` (not a leading one): a series' instance.
      let seriesHash = 0;
      let cut = false;
      for (let i = 0; i < rawId.length; i++) {
        const code = rawId.charCodeAt(i);
        const sixbits = code < 128 ? (SIXTETS[code] as number) : INVALID;
        if (sixbits === SKIP) continue;
        if (sixbits === PAD) break;
        if (sixbits === INVALID) return false; // not base64: no event (event-id.ts says the same)
        bits = (bits << 6) | sixbits;
        count += 6;
        if (count < 8) continue;
        count -= 8;
        const byte = (bits >> count) & 0xff;
        bits &= (1 << count) - 1;
        if (byte === SPACE) return known(hash, seriesHash, cut);
        if (byte === UNDERSCORE && length > 0) {
          seriesHash = hash;
          cut = true;
        }
        hash = Math.imul(hash ^ byte, FNV_PRIME);
        length++;
        if (length === PREFIX_BYTES && prefixes && !prefixes.has(hash & HASH_BITS)) return false;
      }
      // No space: the whole text is the id, as decoding would read it.
      return known(hash, seriesHash, cut);
    },
  };
}
