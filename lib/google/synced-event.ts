// What the sync keeps of one event: its etag (so tagging it costs one request), our tag keys as
// last seen (the base of a merge), and for tagged events what a crewmate's Crewkit needs to show
// the badge and adopt the crew. Events come from other people's calendars: every field is read
// as untrusted input (wrong types and huge values are dropped, never thrown on).

import { MAX_DESCRIPTION } from '../core/calendar-description-line';
import { cleanText } from '../core/calendar-tag';
import { ownTagKeys, type TagKeys } from '../core/calendar-tag-merge';
import type { GoogleEvent } from './client';

export interface SyncedAttendee {
  email: string;
  name?: string;
}

export interface SyncedEvent {
  calendarId: string;
  eventId: string;
  etag: string;
  /** Our `ck1.*` keys of extendedProperties.shared, as last seen. */
  tagKeys: TagKeys;
  recurringEventId?: string;
  /** `dateTime` or all-day `date`, as Google sent it. */
  start?: string;
  /** RFC 3339; when the event last changed. */
  updated?: string;
  /** Only on tagged events (adopting a crew needs them). */
  attendees?: SyncedAttendee[];
  meetCode?: string;
  /** Only on tagged events: the event's title, as text. */
  title?: string;
  /** Only on tagged events: the organizer's e-mail (who sent the first invitation). */
  organizer?: string;
  /** Only on tagged events: the length of one session. */
  durationMinutes?: number;
  /**
   * The description exactly as Google sent it (up to MAX_DESCRIPTION), so the optional line of
   * lib/core/calendar-description-line.ts goes into the tag's one patch; absent when empty.
   */
  description?: string;
  /** The description is longer than that: Crewkit leaves it alone. */
  longDescription?: true;
}

const str = (value: unknown, max: number): string | undefined =>
  typeof value === 'string' && value.length <= max ? value : undefined;

const MEET_CODE = /^[a-z]{3}-[a-z]{4}-[a-z]{3}$/;
const EMAIL = /^[^\s@<>]{1,64}@[^\s@<>]{1,255}$/;
const MAX_ATTENDEES = 50;

/** The part of `event` the sync keeps; undefined when it has no id or etag. */
export function summarizeEvent(calendarId: string, event: GoogleEvent): SyncedEvent | undefined {
  if (typeof event !== 'object' || event === null) return undefined;
  const eventId = str(event.id, 1024);
  const etag = str(event.etag, 200);
  if (!eventId || !etag) return undefined;
  const tagKeys = ownTagKeys(event.extendedProperties?.shared);
  const synced: SyncedEvent = { calendarId, eventId, etag, tagKeys };
  const recurringEventId = str(event.recurringEventId, 1024);
  const start = str(event.start?.dateTime, 40) ?? str(event.start?.date, 40);
  const updated = str(event.updated, 40);
  if (recurringEventId) synced.recurringEventId = recurringEventId;
  if (start) synced.start = start;
  if (updated) synced.updated = updated;
  const description = str(event.description, MAX_DESCRIPTION);
  if (description) synced.description = description;
  else if (typeof event.description === 'string' && event.description.length > MAX_DESCRIPTION)
    synced.longDescription = true;
  if (!Object.keys(tagKeys).length) return synced;
  const title = str(event.summary, 1024);
  if (title) synced.title = cleanText(title, 200);
  const organizer = str(event.organizer?.email, 320);
  if (organizer && EMAIL.test(organizer)) synced.organizer = organizer.toLowerCase();
  const end = str(event.end?.dateTime, 40);
  const minutes = start && end ? (Date.parse(end) - Date.parse(start)) / 60_000 : Number.NaN;
  if (Number.isInteger(minutes) && minutes > 0 && minutes <= 24 * 60)
    synced.durationMinutes = minutes;
  const code = str(event.conferenceData?.conferenceId, 40);
  if (code && MEET_CODE.test(code)) synced.meetCode = code;
  const attendees = Array.isArray(event.attendees) ? event.attendees.slice(0, MAX_ATTENDEES) : [];
  synced.attendees = attendees.flatMap((attendee) => {
    const email = str(attendee?.email, 320);
    if (!email || !EMAIL.test(email) || attendee.resource === true) return [];
    const name = str(attendee.displayName, 200);
    return [{ email: email.toLowerCase(), ...(name ? { name: cleanText(name, 100) } : {}) }];
  });
  return synced;
}
