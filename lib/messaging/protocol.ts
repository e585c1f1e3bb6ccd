// The one message contract between content scripts, extension pages and the background
// (CONVENTIONS.md 8). Each message names its direction; every payload has a valibot schema that
// the receiving end checks before acting (lib/messaging/receive.ts).
import * as v from 'valibot';

const IdSchema = v.pipe(v.string(), v.minLength(1), v.maxLength(100));
const MeetCodeSchema = v.pipe(v.string(), v.regex(/^[a-z]{3}-[a-z]{4}-[a-z]{3}$/));
const ShortText = v.pipe(v.string(), v.maxLength(200));

/** What the background tells a content script about a crew, small and display-ready. */
export interface CrewSummary {
  id: string;
  name: string;
  memberNames: string[];
  meetingLink?: string;
}

export interface StoreChange {
  kinds: string[];
  crewIds: string[];
}

export const StoreChangeSchema = v.strictObject({
  kinds: v.pipe(v.array(ShortText), v.maxLength(50)),
  crewIds: v.pipe(v.array(IdSchema), v.maxLength(500)),
});

export const SiteHealthSchema = v.strictObject({
  site: v.picklist(['meet', 'calendar', 'jitsi']),
  missing: v.pipe(v.array(ShortText), v.maxLength(20)),
});
export type SiteHealth = v.InferOutput<typeof SiteHealthSchema>;

export const CrewForMeetingSchema = v.strictObject({
  meetCode: v.optional(MeetCodeSchema),
  url: v.optional(v.pipe(v.string(), v.maxLength(2000))),
});

export const EmptySchema = v.optional(v.undefined());

/**
 * Direction in the name: `cs:` content script -> background, `bg:` background -> content
 * scripts and extension pages, `page:` extension page -> background.
 */
export interface ProtocolMap {
  /** Content script asks which active crews exist (for the calendar tag and the call panel). */
  'cs:listCrews'(): CrewSummary[];
  /** Content script asks which crew a call belongs to (by its standing meeting link). */
  'cs:crewForMeeting'(data: v.InferOutput<typeof CrewForMeetingSchema>): CrewSummary | null;
  /** Content script reports which expected page signals it could not find ("degraded"). */
  'cs:reportSiteHealth'(data: SiteHealth): void;
  /** An extension page wrote to the store: the background relays it to content scripts. */
  'page:storeChanged'(data: StoreChange): void;
  /** The background tells content scripts that stored data changed. */
  'bg:storeChanged'(data: StoreChange): void;
}

/** The schema each receiver checks, by message type. */
export const PAYLOAD_SCHEMAS = {
  'cs:listCrews': EmptySchema,
  'cs:crewForMeeting': CrewForMeetingSchema,
  'cs:reportSiteHealth': SiteHealthSchema,
  'page:storeChanged': StoreChangeSchema,
  'bg:storeChanged': StoreChangeSchema,
} satisfies Record<keyof ProtocolMap, v.GenericSchema>;
