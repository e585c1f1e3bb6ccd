// The one message contract between content scripts, extension pages and the background
// (CONVENTIONS.md 8). Each message names its direction; every payload has a valibot schema that
// the receiving end checks before acting (lib/messaging/receive.ts).
import * as v from 'valibot';
import { RoundRecordSchema } from '../core/backup-schema';
import type { Crew, RoundRecord, Settings } from '../core/model';
import type { CrewRoundContext } from '../ui/panel/crew-context';
import type { ShownPrompt } from '../ui/panel/prompt-source';

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

const CallRefSchema = v.strictObject({
  meetCode: v.optional(MeetCodeSchema),
  url: v.optional(v.pipe(v.string(), v.maxLength(2000))),
});

const RoundRefSchema = v.strictObject({ crewId: v.optional(IdSchema), roundId: IdSchema });

const ChoosePromptSchema = v.strictObject({
  roundId: IdSchema,
  kind: v.picklist(['check-in', 'check-out']),
  crewId: v.optional(IdSchema),
  seriesProgress: v.pipe(v.number(), v.minValue(0), v.maxValue(1)),
  excludeId: v.optional(IdSchema),
});

const QuickNamesSchema = v.strictObject({
  names: v.pipe(v.array(v.pipe(v.string(), v.maxLength(60))), v.maxLength(30)),
});

/** Where a call stands, sent as it changes so the background can close the session if the tab is closed. */
export const CallProgressSchema = v.strictObject({
  meetCode: v.optional(MeetCodeSchema),
  url: v.optional(v.pipe(v.string(), v.maxLength(2000))),
  crewId: IdSchema,
  sessionId: v.optional(IdSchema),
  /** Crew members seen in the call. */
  presentIds: v.pipe(v.array(IdSchema), v.maxLength(50)),
  /** Whoever runs this panel, if they are a crew member (they host when the planned host is absent). */
  selfId: v.optional(IdSchema),
});
export type CallProgress = v.InferOutput<typeof CallProgressSchema>;

const ConfirmHostSchema = v.strictObject({
  crewId: IdSchema,
  sessionId: IdSchema,
  hostId: IdSchema,
});

/** What the in-call panel needs to open: settings, the call's crew and its next session. */
export interface CallPanelState {
  settings: Settings;
  crew: Pick<Crew, 'id' | 'name' | 'members' | 'agreements'> | null;
  crewContext: CrewRoundContext | null;
  /** The newest round of this call (or crew) that has not ended, to resume. */
  activeRound: RoundRecord | null;
}

/** After a call: who hosts next time by rotation, for the host to confirm. */
export interface NextHostQuestion {
  crewId: string;
  sessionId: string;
  sessionIndex: number;
  hostId: string | undefined;
  candidates: { id: string; name: string }[];
}

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
  /** In-call panel: everything it needs to open on this call. */
  'cs:callPanelState'(data: v.InferOutput<typeof CallRefSchema>): CallPanelState;
  'cs:saveRound'(data: RoundRecord): void;
  'cs:loadRound'(data: v.InferOutput<typeof RoundRefSchema>): RoundRecord | null;
  'cs:deleteRound'(data: v.InferOutput<typeof RoundRefSchema>): void;
  'cs:choosePrompt'(data: v.InferOutput<typeof ChoosePromptSchema>): ShownPrompt | null;
  'cs:rememberQuickNames'(data: v.InferOutput<typeof QuickNamesSchema>): void;
  /** The call's crew, session and who is present, kept per tab while the call runs. */
  'cs:callProgress'(data: CallProgress): void;
  /** The call was left or ended: the session is saved as held; returns who hosts next. */
  'cs:callEnded'(data: CallProgress): NextHostQuestion | null;
  'cs:confirmNextHost'(data: v.InferOutput<typeof ConfirmHostSchema>): void;
  /** The popup asks the Meet or Jitsi tab to open its panel. */
  'popup:openCallPanel'(): boolean;
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
  'cs:callPanelState': CallRefSchema,
  'cs:saveRound': RoundRecordSchema,
  'cs:loadRound': RoundRefSchema,
  'cs:deleteRound': RoundRefSchema,
  'cs:choosePrompt': ChoosePromptSchema,
  'cs:rememberQuickNames': QuickNamesSchema,
  'cs:callProgress': CallProgressSchema,
  'cs:callEnded': CallProgressSchema,
  'cs:confirmNextHost': ConfirmHostSchema,
  'popup:openCallPanel': EmptySchema,
  'page:storeChanged': StoreChangeSchema,
  'bg:storeChanged': StoreChangeSchema,
} satisfies Record<keyof ProtocolMap, v.GenericSchema>;
