// Telling, without decoding, that a chip cannot be a crew session's. A chip's `data-eventid` is
// base64 of "<eventId> <calendarRef>" (docs/calendar-page.md, "Event chips" [W], seen 2026-10),
// and an instance's event id starts with its series id. Base64 turns each group of 3 bytes into
// 4 characters on its own, so every chip of an event (or of a series' instances) starts with the
// base64 of the id's leading whole groups. Checking that is a string compare; decoding is atob,
// a split and four regular expressions per chip.

/** Characters compared through the map: 6 bytes of the id, so ids shorter than 6 are not filtered. */
const KEY_LENGTH = 8;
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

export interface ChipPrefixes {
  /** False only when no tagged event or series can be behind this attribute. */
  mayMatch(rawId: string): boolean;
}

/** The base64 of the id's leading whole 3-byte groups, in both alphabets; null if it cannot be. */
function prefixesOf(id: string): string[] | null {
  const whole = id.length - (id.length % 3);
  // Outside ASCII the page's bytes (UTF-8) are not the string's: let decoding tell.
  if (whole < 6 || !PRINTABLE_ASCII.test(id)) return null;
  const standard = btoa(id.slice(0, whole));
  const urlSafe = standard.replaceAll('+', '-').replaceAll('/', '_');
  return urlSafe === standard ? [standard] : [standard, urlSafe];
}

/** For these event and series ids; null when one of them cannot be filtered (read every chip). */
export function chipPrefixes(ids: readonly string[]): ChipPrefixes | null {
  const byKey = new Map<string, string[]>();
  for (const id of ids) {
    const prefixes = prefixesOf(id);
    if (prefixes === null) return null;
    for (const prefix of prefixes) {
      const key = prefix.slice(0, KEY_LENGTH);
      const list = byKey.get(key);
      if (list) list.push(prefix);
      else byKey.set(key, [prefix]);
    }
  }
  return {
    mayMatch(rawId) {
      const list = byKey.get(rawId.slice(0, KEY_LENGTH));
      return list?.some((prefix) => rawId.startsWith(prefix)) ?? false;
    },
  };
}
