// The one message contract between content scripts, extension pages and the background
// (CONVENTIONS.md 8). Each message names its direction; every payload has a valibot schema
// (./schemas.ts) that the receiving end checks before acting (./check.ts, ./receive.ts).
import type * as v from 'valibot';
import type { SessionBadge } from '../core/calendar-session';
import type { SharedCrew } from '../core/calendar-tag-adopt';
import type { CrewRoundContext } from '../core/crew-context';
import type { Crew, RoundRecord, Settings } from '../core/model';
import type { ShownPrompt } from '../core/prompts/shown';
import type { StoreChange } from '../core/store-change';
import type {
  CalendarBadgesSchema,
  CalendarChangeHostSchema,
  CalendarDialogSchema,
  CalendarRemoveTagSchema,
  CalendarSkipSchema,
  CalendarTagSchema,
} from './calendar-schemas';
import type {
  AdoptCrewSchema,
  DescriptionLineSchema,
  FreeSlotsSchema,
  InviteSeriesSchema,
  ReminderSettingsSchema,
} from './google-sync-schemas';
import type {
  CallProgressSchema,
  CallRefSchema,
  ChoosePromptSchema,
  ConfirmHostSchema,
  PanelRefSchema,
  QuickNamesSchema,
  ReflectionRefSchema,
  RoundRefSchema,
  SiteHealthSchema,
} from './schemas';
import type { KeepTalkEstimate } from './talk-schemas';

export type { KeepTalkEstimate, SharedCrew, StoreChange };

/** A planned series the caller can send as one Calendar invitation. */
export interface SeriesToInvite {
  crewId: string;
  seriesId: string;
  crewName: string;
  title: string;
  count: number;
  startsAt: string;
}

/** What the options page shows of the Google Calendar sync (lib/background/calendar-sync.ts). */
export interface CalendarSyncStatus {
  /** This build has a Google client id (README, "Google Calendar sync"). */
  configured: boolean;
  enabled: boolean;
  signedIn: boolean;
  lastSyncAt?: number;
  problem?:
    | 'not-configured'
    | 'no-permission'
    | 'refused'
    | 'needs-user'
    | 'signed-out'
    | 'offline'
    | 'busy'
    | 'quota'
    | 'forbidden';
  /** Tag writes waiting for Google, and those Google refused for good. */
  waiting: number;
  blocked: number;
  /** "Also write one line in the event description" (off by default). */
  descriptionLine: boolean;
}

/** Weekly start times that suit the crew (lib/google/free-slots.ts), or why there are none. */
export interface FreeSlotsAnswer {
  slots: {
    start: string;
    /** Members whose calendars answered and are free at every occurrence, of `visible`. */
    freeFor: number;
    visible: number;
    /** Names of members busy at one of the occurrences. */
    busy: string[];
    /** Names of members whose calendars are not shared with the caller: unknown, not free. */
    unknown: string[];
  }[];
  /** Members asked about (those with e-mail addresses). */
  asked: number;
  problem?: 'no-emails' | 'refused' | 'failed';
}

export type SiteHealth = v.InferOutput<typeof SiteHealthSchema>;
export type CallRef = v.InferOutput<typeof CallRefSchema>;
export type PanelRef = v.InferOutput<typeof PanelRefSchema>;
export type PanelName = PanelRef['panel'];
export type CallProgress = v.InferOutput<typeof CallProgressSchema>;

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
  /** The session the call was, now held: what a reflection offered after the call is about. */
  heldSessionId?: string;
  /** The kickoff's schedule was written into the series (the end summary says so). */
  scheduleSaved?: boolean;
  candidates: { id: string; name: string }[];
}

/** A chip's badge, by the event it shows; null when the event is no crew session. */
export interface CalendarBadgeAnswer {
  eventId: string;
  badge: SessionBadge | null;
}

/** Every tagged event's badge, so the page draws badges without asking per navigation. */
export interface CalendarTagIndex {
  tagged: (CalendarBadgeAnswer & { start?: string })[];
  /** Recurring events whose instances become sessions as they are seen. */
  recurring: string[];
  /**
   * Google sync is on: a chip with no local tag may carry a crewmate's shared tag, so the page
   * asks the background about it (once per chip) instead of taking it as untagged.
   */
  askUntagged?: boolean;
}

/** What the event dialog offers: the tag it has, or the crews it could be a session of. */
export interface CalendarDialogState {
  badge: SessionBadge | null;
  /** Members of the tagged session's crew, to change the host. */
  members: { id: string; name: string }[];
  /** A tagged instance of a recurring event that is still planned: it can be skipped. */
  canSkip?: boolean;
  /** The event is a session its crew skipped: it offers "Undo skip". */
  skipped?: { crewName: string };
  /** For an untagged event: each active crew with the number and host it would get. */
  crews: CalendarDialogCrew[];
}

/** Where an event would go in one crew: its number, of how many, and the proposed host. */
export interface CalendarPlacement {
  index: number;
  of?: number;
  hostId?: string;
}

export interface CalendarDialogCrew extends CalendarPlacement {
  id: string;
  name: string;
  members: { id: string; name: string }[];
  /**
   * The crew's series is full: the user chooses where the session goes ("add a session", or
   * "start the next series" for an event after the series' end); the first is the default and is
   * what the placement above shows.
   */
  full?: { planned: number; choices: (CalendarPlacement & { beyond: 'grow' | 'next' })[] };
}

/**
 * Direction in the name: `cs:` content script -> background, `bg:` background -> content
 * scripts, `page:` extension page -> background, `popup:` popup -> a tab's content script.
 */
export interface ProtocolMap {
  /** Content script reports which expected page signals it could not find ("degraded"). */
  'cs:reportSiteHealth'(data: SiteHealth): void;
  /** In-call panel: everything it needs to open on this call. */
  'cs:callPanelState'(data: CallRef): CallPanelState;
  /** A content script asks for an on-demand panel's script to be added to its tab, by name. */
  'cs:loadPanel'(data: PanelRef): boolean;
  /** A panel script asks for its stylesheet, to put inside its shadow root. */
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
  /** "Reflect on hosting": open the options page's reflection on that held session in a tab. */
  'cs:openReflection'(data: v.InferOutput<typeof ReflectionRefSchema>): boolean;
  /** Keeps (or, with null, forgets) the talk-time estimate with the call's session; false if refused. */
  'cs:keepTalkEstimate'(data: KeepTalkEstimate): boolean;
  /** Calendar page: the badges of the visible chips (one message per batch of chips). */
  'cs:calendarBadges'(data: v.InferOutput<typeof CalendarBadgesSchema>): CalendarBadgeAnswer[];
  /** Calendar page: every tagged event's badge (read once, again after a store change). */
  'cs:calendarTagIndex'(): CalendarTagIndex;
  /** Calendar page: what the open event dialog offers. */
  'cs:calendarDialog'(data: v.InferOutput<typeof CalendarDialogSchema>): CalendarDialogState;
  /** "Make this a crew session" (a recurring event: the whole series, once). */
  'cs:calendarTag'(data: v.InferOutput<typeof CalendarTagSchema>): SessionBadge | null;
  'cs:calendarChangeHost'(
    data: v.InferOutput<typeof CalendarChangeHostSchema>,
  ): SessionBadge | null;
  /** "Skip this session" / "Undo skip": the instance's badge after it (none while skipped). */
  'cs:calendarSkip'(data: v.InferOutput<typeof CalendarSkipSchema>): SessionBadge | null;
  'cs:calendarRemoveTag'(data: v.InferOutput<typeof CalendarRemoveTagSchema>): void;
  /** The popup asks the Meet or Jitsi tab to open its panel. */
  'popup:openCallPanel'(): boolean;
  /** Google Calendar sync (options page): state, on (sign in), off (sign out), now. */
  'page:calendarSyncStatus'(): CalendarSyncStatus;
  'page:calendarSyncOn'(): CalendarSyncStatus;
  'page:calendarSyncOff'(): CalendarSyncStatus;
  'page:calendarSyncNow'(): CalendarSyncStatus;
  'page:calendarDescriptionLine'(
    data: v.InferOutput<typeof DescriptionLineSchema>,
  ): CalendarSyncStatus;
  /** Crews found in crewmates' shared tags that this user has not adopted yet. */
  'page:calendarSharedCrews'(): SharedCrew[];
  /** Adopt the crew of a tagged event: returns the new crew's id, or null. */
  'page:calendarAdoptCrew'(data: v.InferOutput<typeof AdoptCrewSchema>): string | null;
  /** Reminders before crew sessions (options page): the settings, and saving them. */
  'page:reminderSettings'(): v.InferOutput<typeof ReminderSettingsSchema>;
  /** Returns how many reminders are scheduled for the coming week. */
  'page:saveReminders'(data: v.InferOutput<typeof ReminderSettingsSchema>): number;
  /** The caller's first invitation: planned series not in a calendar yet, and creating one. */
  'page:calendarSeriesToInvite'(): SeriesToInvite[];
  /** "Find times that suit everyone": asks Google for the free/busy scope at that moment only. */
  'page:calendarFreeSlots'(data: v.InferOutput<typeof FreeSlotsSchema>): FreeSlotsAnswer;
  'page:calendarInviteSeries'(
    data: v.InferOutput<typeof InviteSeriesSchema>,
  ): { eventId: string; meetLink?: string } | null;
  /** An extension page wrote to the store: the background relays it to content scripts. */
  'page:storeChanged'(data: StoreChange): void;
  /** The background tells content scripts that stored data changed. */
  'bg:storeChanged'(data: StoreChange): void;
}
