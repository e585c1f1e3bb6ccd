// Telling, without decoding, that a chip cannot be a crew session's. A chip's `data-eventid` is
// base64 of "<eventId> <calendarRef>" (docs/calendar-page.md, "Event chips" [W], seen 2026-10),
// and an instance's event id is "<seriesId>_<start>". Base64 turns each group of 3 bytes into
// 4 characters on its own, so every chip of an event starts with the base64 of the leading whole
// groups of "<eventId> ", and every instance's chip with that of "<seriesId>_". Checking that is a
// string compare; decoding is atob, a split and four regular expressions per chip. The separator
// is part of the prefix: a short id ("ev1x0", the benchmark's) is filtered too, and an event whose
// id merely starts with a tagged one is turned away.

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

/** What may follow one exact base64 beginning: anything, or one of these one or two bytes. */
interface Continuations {
  any: boolean;
  rests: Set<string>;
}

/** The bytes of the 4 characters after `at`, or '' when they are not base64. */
function groupAt(rawId: string, at: number): string {
  const group = rawId
    .slice(at, at + 4)
    .replaceAll('-', '+')
    .replaceAll('_', '/');
  try {
    return atob(group.padEnd(4, '='));
  } catch {
    return '';
  }
}

/**
 * For the chips of these events and these series' instances; null when one of them cannot be
 * filtered (read every chip). A chip costs one slice and one map lookup per prefix length (ids of
 * one calendar have one or two), and a 4-character decode only when a beginning matched: the
 * benchmark's 630 tagged ids share their first bytes by the dozen, and a list per 8-character key
 * cost more than the decoding it saved (issue 9).
 */
export function chipPrefixes(
  eventIds: Iterable<string>,
  seriesIds: Iterable<string> = [],
): ChipPrefixes | null {
  const byLength = new Map<number, Map<string, Continuations>>();
  const starts = [...[...eventIds].map((id) => `${id} `), ...[...seriesIds].map((id) => `${id}_`)];
  for (const text of starts) {
    const prefixes = prefixesOf(text);
    if (prefixes === null) return null;
    for (const { base64, rest } of prefixes) {
      let exact = byLength.get(base64.length);
      if (!exact) {
        exact = new Map();
        byLength.set(base64.length, exact);
      }
      let next = exact.get(base64);
      if (!next) {
        next = { any: false, rests: new Set() };
        exact.set(base64, next);
      }
      if (rest === '') next.any = true;
      else next.rests.add(rest);
    }
  }
  const lengths = [...byLength].sort(([a], [b]) => a - b);
  return {
    mayMatch(rawId) {
      for (const [length, exact] of lengths) {
        const next = exact.get(rawId.slice(0, length));
        if (!next) continue;
        if (next.any) return true;
        const bytes = groupAt(rawId, length);
        if (next.rests.has(bytes.slice(0, 1)) || next.rests.has(bytes.slice(0, 2))) return true;
      }
      return false;
    },
  };
}
