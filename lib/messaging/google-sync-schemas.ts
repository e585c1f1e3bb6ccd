// Payloads of the Google Calendar sync's messages (options page → background).
import * as v from 'valibot';

const EventIdSchema = v.pipe(v.string(), v.minLength(1), v.maxLength(1024));

export const AdoptCrewSchema = v.strictObject({ eventId: EventIdSchema });

const IdText = v.pipe(v.string(), v.minLength(1), v.maxLength(128));

const IsoTimeText = v.pipe(v.string(), v.maxLength(40), v.isoTimestamp());

export const InviteSeriesSchema = v.strictObject({
  crewId: IdText,
  seriesId: IdText,
  /** A start chosen from the free-slot proposals (else the series' own start). */
  startsAt: v.optional(IsoTimeText),
});

export const FreeSlotsSchema = v.strictObject({ crewId: IdText, seriesId: IdText });

export const DescriptionLineSchema = v.strictObject({ on: v.boolean() });

export const ReminderSettingsSchema = v.strictObject({
  enabled: v.boolean(),
  minutesBefore: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(240)),
  myEmail: v.optional(v.pipe(v.string(), v.maxLength(320))),
});
