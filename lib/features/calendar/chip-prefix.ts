// Telling, without decoding, that a chip cannot be a crew session's. A chip's `data-eventid` is
// base64 of "<eventId> <calendarRef>" (docs/calendar-page.md, "Event chips" [W], seen 2026-10),
// and an instance's event id is "<seriesId>_<start>". Base64 turns each group of 3 bytes into
// 4 characters on its own, so every chip of an event starts with the base64 of the leading whole
// groups of "<eventId> ", and every instance's chip with that of "<seriesId>_". Checking that is a
// string compare; decoding is atob, a split and four regular expressions per chip. The separator
// is part of the prefix: a short id ("ev1x0", the benchmark's) is filtered too, and an event whose
// id merely starts with a tagged one is turned away.

/** Characters compared through the map: 6 bytes, so an id and its separator under 6 are not filtered. */
const KEY_LENGTH = 8;
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

export interface ChipPrefixes {
  /** False only when no tagged event or series can be behind this attribute. */
  mayMatch(rawId: string): boolean;
}

/**
 * A chip's beginning: the base64 of the text's whole 3-byte groups, and the one or two bytes
 * after them (`rest`), which share the next group with bytes of the calendar and are checked by
 * decoding that one group (4 characters): without it "ev1x11 " would pass for "ev1x110 ".
 */
interface Prefix {
  base64: string;
  rest: string;
}

/** The text's beginning in both alphabets; null if it cannot be filtered on. */
function prefixesOf(text: string): Prefix[] | null {
  const whole = text.length - (text.length % 3);
  // Outside ASCII the page's bytes (UTF-8) are not the string's: let decoding tell.
  if (whole < 6 || !PRINTABLE_ASCII.test(text)) return null;
  const standard = btoa(text.slice(0, whole));
  const rest = text.slice(whole);
  const urlSafe = standard.replaceAll('+', '-').replaceAll('/', '_');
  return urlSafe === standard
    ? [{ base64: standard, rest }]
    : [
        { base64: standard, rest },
        { base64: urlSafe, rest },
      ];
}

/** Whether the 4 characters after `at` decode to bytes that begin with `rest`. */
function groupStartsWith(rawId: string, at: number, rest: string): boolean {
  if (rest === '') return true;
  const group = rawId
    .slice(at, at + 4)
    .replaceAll('-', '+')
    .replaceAll('_', '/');
  try {
    return atob(group.padEnd(4, '=')).startsWith(rest);
  } catch {
    return false;
  }
}

/**
 * For the chips of these events and these series' instances; null when one of them cannot be
 * filtered (read every chip).
 */
export function chipPrefixes(
  eventIds: Iterable<string>,
  seriesIds: Iterable<string> = [],
): ChipPrefixes | null {
  const byKey = new Map<string, Prefix[]>();
  const starts = [...[...eventIds].map((id) => `${id} `), ...[...seriesIds].map((id) => `${id}_`)];
  for (const text of starts) {
    const prefixes = prefixesOf(text);
    if (prefixes === null) return null;
    for (const prefix of prefixes) {
      const key = prefix.base64.slice(0, KEY_LENGTH);
      const list = byKey.get(key);
      if (list) list.push(prefix);
      else byKey.set(key, [prefix]);
    }
  }
  return {
    mayMatch(rawId) {
      const list = byKey.get(rawId.slice(0, KEY_LENGTH));
      return (
        list?.some(
          ({ base64, rest }) =>
            rawId.startsWith(base64) && groupStartsWith(rawId, base64.length, rest),
        ) ?? false
      );
    },
  };
}
