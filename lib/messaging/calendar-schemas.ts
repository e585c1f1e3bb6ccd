// Payload schemas of the Calendar page's messages (content script -> background). Leaf-level, as
// ./schemas.ts: the calendar content script imports only these. Everything here came from a web
// page Google renders with other people's text in it, so sizes are bounded and ids are shaped.
import * as v from 'valibot';
import { IdSchema, MeetCodeSchema } from './schemas';

const IsoSchema = v.pipe(v.string(), v.maxLength(40), v.isoTimestamp());
/** As lib/sites/calendar/event-id.ts accepts them: no spaces, bounded. */
const EventIdSchema = v.pipe(v.string(), v.regex(/^[A-Za-z0-9_\-.@]{1,1024}$/));
const CalendarIdSchema = v.pipe(v.string(), v.regex(/^[^\s@]{1,256}@[^\s@]{1,256}$/));

/** One event as the page shows it (a chip or the details dialog). */
export const CalendarChipSchema = v.strictObject({
  calendarId: CalendarIdSchema,
  eventId: EventIdSchema,
  recurringEventId: v.optional(EventIdSchema),
  /** When a recurring instance was scheduled (from its id): ISO time or a date. */
  originalStart: v.optional(v.pipe(v.string(), v.maxLength(40))),
  /** The start the page shows, in the user's zone, when it could be read. */
  start: v.optional(IsoSchema),
});

/** The visible chips, in one message per batch (never one per chip). */
export const CalendarBadgesSchema = v.strictObject({
  chips: v.pipe(v.array(CalendarChipSchema), v.maxLength(1000)),
});

export const CalendarDialogSchema = v.strictObject({
  event: CalendarChipSchema,
  meetCode: v.optional(MeetCodeSchema),
});

export const CalendarTagSchema = v.strictObject({
  event: CalendarChipSchema,
  meetCode: v.optional(MeetCodeSchema),
  crewId: IdSchema,
  hostId: v.optional(IdSchema),
  /** Where the event goes when the crew's series is full (lib/core/calendar-session-tag.ts). */
  beyond: v.optional(v.picklist(['grow', 'next'])),
});

export const CalendarChangeHostSchema = v.strictObject({
  eventId: EventIdSchema,
  hostId: IdSchema,
});

/** "Skip this session" (`skip: true`) or "Undo skip" on a tagged recurring instance. */
export const CalendarSkipSchema = v.strictObject({
  eventId: EventIdSchema,
  skip: v.boolean(),
});

export const CalendarRemoveTagSchema = v.strictObject({
  eventId: EventIdSchema,
  recurringEventId: v.optional(EventIdSchema),
});
