// The crew-session tag as it lives in a Google Calendar event's `extendedProperties.shared`
// (issue 9, "Shared with crewmates"). Pure: no browser, no network.
//
// Facts it is built on (docs/calendar-api.md, "Extended properties", seen 2026-12):
// shared properties are one copy per event, visible to and editable by every attendee; keys over
// 44 characters are dropped and values over 1024 characters are truncated, silently; a patch
// with a `null` value deletes a key; instances of a recurring event carry the series' properties.
//
// What goes in the tag is only what attendees can already see: the crew's name, the session's
// number and the planned count, and the host's name or e-mail. Never check-in words, notes,
// reflections or member lists.
//
// Keys (version 1, prefix `ck1.`; a future format takes `ck2.` and can be read beside this one):
//   ck1.crew   crew name (required: without it there is no tag)
//   ck1.n      session number, for a single event or one changed instance ("3")
//   ck1.of     planned number of sessions ("6")
//   ck1.host   host for ck1.n
//   ck1.i.<start>  one instance of a recurring series, keyed by its original start in UTC
//              (`20261208T180000Z`, or `20261208` all-day: the suffix of instance ids):
//              "<number> <host>", e.g. "3 Chiara". Every instance reads the whole series' keys
//              and picks its own, so one insert tags six sessions (calendar-create-series-requests).
//
// Other people's events are untrusted input: decoding accepts `unknown`, ignores what has the
// wrong type or is too long, strips control characters and keeps markup as plain text (nothing
// here is ever parsed as HTML; the UI renders text nodes).

export const TAG_PREFIX = 'ck1.';
export const MAX_KEY_LENGTH = 44;
export const MAX_VALUE_LENGTH = 1024;
/** Longer crew names or hosts are cut (by code point) before they are written. */
export const MAX_CREW_NAME = 200;
export const MAX_HOST = 320;
export const MAX_SESSION_NUMBER = 999;
/** Google allows 300 properties per event; a series of more sessions than this is not tagged. */
export const MAX_INSTANCES = 200;

export const TAG_KEYS = {
  crew: 'ck1.crew',
  number: 'ck1.n',
  of: 'ck1.of',
  host: 'ck1.host',
  instance: 'ck1.i.',
} as const;

/** What one session's tag says. */
export interface SessionTag {
  crew: string;
  number?: number;
  of?: number;
  host?: string;
}

/** The whole tag of one event: the event's own session and, on a series, one per instance. */
export interface CalendarTag extends SessionTag {
  /** By instance start key (`20261208T180000Z` or `20261208`). */
  instances?: Record<string, { number: number; host?: string }>;
}

/** The patch for `extendedProperties.shared`: a string sets a key, `null` deletes it. */
export type SharedPatch = Record<string, string | null>;

const INSTANCE_START = /^\d{8}(T\d{6}Z)?$/;

/** Control characters (C0, DEL, C1) and bidi overrides that could reorder what a badge shows. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point
const UNSAFE_CHARS = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/** Plain text, no control characters, at most `max` code points (never half a surrogate pair). */
export function cleanText(value: string, max: number): string {
  const cleaned = value.replace(UNSAFE_CHARS, ' ').replace(/\s+/g, ' ').trim();
  const points = Array.from(cleaned);
  return points.length <= max ? cleaned : points.slice(0, max).join('').trimEnd();
}

function cleanNumber(value: number | undefined): number | undefined {
  if (value === undefined || !Number.isInteger(value)) return undefined;
  return value >= 1 && value <= MAX_SESSION_NUMBER ? value : undefined;
}

/** The tag a write would leave on the event, cleaned exactly as `encodeCalendarTag` writes it. */
export function normalizeTag(tag: CalendarTag): CalendarTag | undefined {
  const crew = cleanText(tag.crew, MAX_CREW_NAME);
  if (!crew) return undefined;
  const out: CalendarTag = { crew };
  const number = cleanNumber(tag.number);
  const of = cleanNumber(tag.of);
  const host = tag.host === undefined ? '' : cleanText(tag.host, MAX_HOST);
  if (number !== undefined) out.number = number;
  if (of !== undefined && (number === undefined || number <= of)) out.of = of;
  if (host) out.host = host;
  const instances = Object.entries(tag.instances ?? {})
    .filter(([start]) => INSTANCE_START.test(start))
    .slice(0, MAX_INSTANCES)
    .flatMap(([start, entry]) => {
      const n = cleanNumber(entry.number);
      if (n === undefined || (out.of !== undefined && n > out.of)) return [];
      const h = entry.host === undefined ? '' : cleanText(entry.host, MAX_HOST);
      return [[start, h ? { number: n, host: h } : { number: n }] as const];
    });
  if (instances.length) out.instances = Object.fromEntries(instances);
  return out;
}

/** The shared properties that carry `tag` (our keys only; every key ≤ 44, value ≤ 1024). */
export function encodeCalendarTag(tag: CalendarTag): Record<string, string> {
  const clean = normalizeTag(tag);
  if (!clean) return {};
  const out: Record<string, string> = { [TAG_KEYS.crew]: clean.crew };
  if (clean.number !== undefined) out[TAG_KEYS.number] = String(clean.number);
  if (clean.of !== undefined) out[TAG_KEYS.of] = String(clean.of);
  if (clean.host) out[TAG_KEYS.host] = clean.host;
  for (const [start, entry] of Object.entries(clean.instances ?? {})) {
    out[`${TAG_KEYS.instance}${start}`] = entry.host
      ? `${entry.number} ${entry.host}`
      : `${entry.number}`;
  }
  return out;
}

/** True for keys this format owns (what a "remove tag" deletes, what a merge compares). */
export const isTagKey = (key: string): boolean => key.startsWith(TAG_PREFIX);

function readString(shared: Record<string, unknown>, key: string): string | undefined {
  const value = Object.hasOwn(shared, key) ? shared[key] : undefined;
  return typeof value === 'string' && value.length <= MAX_VALUE_LENGTH ? value : undefined;
}

function readNumber(text: string | undefined): number | undefined {
  return text !== undefined && /^\d{1,3}$/.test(text.trim())
    ? cleanNumber(Number(text))
    : undefined;
}

/**
 * Reads the tag from an event's `extendedProperties.shared`, whatever it holds. Returns
 * undefined when there is no usable tag; never throws.
 */
export function decodeCalendarTag(shared: unknown): CalendarTag | undefined {
  if (typeof shared !== 'object' || shared === null || Array.isArray(shared)) return undefined;
  const props = shared as Record<string, unknown>;
  const crewText = readString(props, TAG_KEYS.crew);
  if (crewText === undefined) return undefined;
  const hostText = readString(props, TAG_KEYS.host);
  const instances: Record<string, { number: number; host?: string }> = {};
  let count = 0;
  for (const key of Object.keys(props)) {
    if (!key.startsWith(TAG_KEYS.instance) || key.length > MAX_KEY_LENGTH) continue;
    if (count >= MAX_INSTANCES) break;
    const start = key.slice(TAG_KEYS.instance.length);
    const value = readString(props, key);
    const match = value === undefined ? null : /^\s*(\d{1,3})(?:\s+([\s\S]*))?$/.exec(value);
    if (!INSTANCE_START.test(start) || !match) continue;
    count += 1;
    instances[start] = { number: Number(match[1]), ...(match[2] ? { host: match[2] } : {}) };
  }
  return normalizeTag({
    crew: crewText,
    number: readNumber(readString(props, TAG_KEYS.number)),
    of: readNumber(readString(props, TAG_KEYS.of)),
    ...(hostText === undefined ? {} : { host: hostText }),
    instances,
  });
}

/**
 * The session one event stands for. `instanceStart` is the instance's original start key (the
 * suffix of its id); its own entry wins over the series-wide number, as an edited instance's
 * own `ck1.n` wins over both.
 */
export function sessionTagFor(tag: CalendarTag, instanceStart?: string): SessionTag | undefined {
  const base: SessionTag = { crew: tag.crew, ...(tag.of === undefined ? {} : { of: tag.of }) };
  if (tag.number !== undefined) {
    return { ...base, number: tag.number, ...(tag.host ? { host: tag.host } : {}) };
  }
  const entry = instanceStart === undefined ? undefined : tag.instances?.[instanceStart];
  if (entry) return { ...base, number: entry.number, ...(entry.host ? { host: entry.host } : {}) };
  // A series without an entry for this start (an instance added later): crew known, number not.
  return tag.host && !tag.instances ? { ...base, host: tag.host } : base;
}

/** The instance key of a recurring instance's id (`<series>_20261208T180000Z`), if it has one. */
export function instanceStartOf(eventId: string): string | undefined {
  const suffix = eventId.slice(eventId.lastIndexOf('_') + 1);
  return eventId.includes('_') && INSTANCE_START.test(suffix) ? suffix : undefined;
}

/** The instance key for an instant (UTC, seconds precision), e.g. for a series' planned starts. */
export function instanceStartKey(isoTime: string): string {
  return `${new Date(isoTime).toISOString().slice(0, 19).replace(/[-:]/g, '')}Z`;
}

/**
 * The patch that turns `current` (the event's shared properties) into `desired` (a tag, or
 * undefined to remove it). Keys of other extensions are never touched; an unchanged key is not
 * sent. An empty patch means there is nothing to write.
 */
export function tagPatch(current: unknown, desired: CalendarTag | undefined): SharedPatch {
  const existing =
    typeof current === 'object' && current !== null ? (current as Record<string, unknown>) : {};
  const wanted = desired ? encodeCalendarTag(desired) : {};
  const patch: SharedPatch = {};
  for (const key of Object.keys(existing)) {
    if (isTagKey(key) && !(key in wanted)) patch[key] = null;
  }
  for (const [key, value] of Object.entries(wanted)) {
    if (existing[key] !== value) patch[key] = value;
  }
  return patch;
}
