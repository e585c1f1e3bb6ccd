// What a calendar chip's `data-eventid` says, decoded without the page (pure, tested in Node).
// Facts (docs/calendar-page.md, "Event chips", seen 2026-10): the attribute is
// base64("<eventId> <calendarRef>") [W]; the calendar part abbreviates `@gmail.com` as `@m` and
// `@group.calendar.google.com` as `@g` [S]; recurring instances are `<seriesId>_<YYYYMMDDTHHMMSSZ>`
// (`_<YYYYMMDD>` all-day) [S]; tasks and reminders (`tasks.<id>`, `ttb_<base64>`) and other ids
// that do not decode to "<id> <ref>" are not events [S]. Appointment slots are not in the
// reference: we skip whatever does not decode to an event id and a calendar with an `@`.

export interface EventChipId {
  /** The event's id; for an instance of a recurring event, `<recurringEventId>_<start>`. */
  eventId: string;
  /** The calendar, with `@m` / `@g` expanded. */
  calendarId: string;
  /** Set for an instance of a recurring event: the series' id. */
  recurringEventId?: string;
  /**
   * For an instance: when it was scheduled by the series (the id keeps this even when the
   * instance is moved). ISO UTC time for timed instances, `YYYY-MM-DD` for all-day ones.
   */
  originalStart?: string;
}

const NOT_EVENTS = /^(?:tasks[._]|ttb_|reminder)/i;
/** Google event ids are base32hex; imported events may carry more (RFC 5545 UIDs): no spaces. */
const EVENT_ID = /^[A-Za-z0-9_\-.@]{1,1024}$/;
const CALENDAR_REF = /^[^\s@]{1,256}@[^\s@]{1,256}$/;
const INSTANCE = /^(.+)_(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})Z)?$/;
const BASE64 = /^[A-Za-z0-9+/\-_]+={0,2}$/;
const ABBREVIATIONS: Record<string, string> = {
  m: 'gmail.com',
  g: 'group.calendar.google.com',
};
/** Real ids are ~30-80 characters; the cap keeps a hostile page from making us decode megabytes. */
const MAX_ATTRIBUTE = 4096;

function decodeBase64(text: string): string | null {
  if (text.length === 0 || text.length > MAX_ATTRIBUTE || !BASE64.test(text)) return null;
  const standard = text.replaceAll('-', '+').replaceAll('_', '/');
  const padded = standard + '='.repeat((4 - (standard.length % 4)) % 4);
  try {
    return atob(padded);
  } catch {
    return null;
  }
}

function expandCalendar(ref: string): string {
  const at = ref.lastIndexOf('@');
  const domain = ABBREVIATIONS[ref.slice(at + 1)];
  return domain ? `${ref.slice(0, at + 1)}${domain}` : ref;
}

function instanceOf(eventId: string): Pick<EventChipId, 'recurringEventId' | 'originalStart'> {
  const match = INSTANCE.exec(eventId);
  if (!match) return {};
  const [, series, y, mo, d, h, mi, s] = match;
  const month = Number(mo);
  const day = Number(d);
  if (month < 1 || month > 12 || day < 1 || day > 31) return {};
  const date = `${y}-${mo}-${d}`;
  return {
    recurringEventId: series as string,
    originalStart: h === undefined ? date : `${date}T${h}:${mi}:${s}.000Z`,
  };
}

/** The event behind a chip's `data-eventid`, or null for tasks, reminders and anything else. */
export function decodeEventChipId(attribute: string | null | undefined): EventChipId | null {
  if (!attribute || NOT_EVENTS.test(attribute)) return null;
  const decoded = decodeBase64(attribute.trim());
  if (decoded === null) return null;
  const parts = decoded.split(' ');
  if (parts.length !== 2) return null;
  const [eventId, ref] = parts as [string, string];
  if (!EVENT_ID.test(eventId) || NOT_EVENTS.test(eventId) || !CALENDAR_REF.test(ref)) return null;
  return { eventId, calendarId: expandCalendar(ref), ...instanceOf(eventId) };
}

/** The same encoding, for fixtures and the edit-page URL (`/r/eventedit/<base64url>`). */
export function encodeEventChipId(eventId: string, calendarRef: string): string {
  return btoa(`${eventId} ${calendarRef}`);
}
