// The shapes of everything Crewkit stores. Pure types: no browser, DOM or storage imports.
// Every stored record carries `v`, the schema version it was written with (DESIGN.md, "Data").
import type { KickoffSchedule } from './pathway/kickoff-schedule';

/** The schema version this build writes. Bump it together with a migration in lib/store. */
export const SCHEMA_VERSION = 2;

export type Id = string;
/** An ISO 8601 timestamp, e.g. "2026-11-26T18:00:00.000Z". */
export type IsoTime = string;

export const MIN_MEMBERS = 2;
export const MAX_MEMBERS = 12;
/** Above this size crews usually split (reference/microsolidarity.md, "Scales"). */
export const SPLIT_HINT_ABOVE = 8;

export interface Member {
  id: Id;
  name: string;
  email?: string;
  /** When the member joined the crew; members who join mid-series host after the others. */
  joinedAt: IsoTime;
  /** Set when the member leaves; they keep their history but are no longer scheduled. */
  leftAt?: IsoTime;
}

export type RhythmKind = 'weekly' | 'fortnightly' | 'monthly' | 'custom';

export interface Rhythm {
  kind: RhythmKind;
  /** Days between sessions, only for `custom`. */
  everyDays?: number;
  /** Length of one session in minutes. */
  durationMinutes: number;
}

/** A role besides host that rotates; "timekeeper" ships built in, crews can add more. */
export type RoleName = string;
export const TIMEKEEPER: RoleName = 'timekeeper';

export interface Crew {
  v: number;
  id: Id;
  name: string;
  /** Ordered: the order is the rotation order. */
  members: Member[];
  /** The person who sent the first invitation; hosts the first session unless changed. */
  callerId: Id;
  rhythm: Rhythm;
  /** Roles besides host, e.g. ["timekeeper"]. */
  roles: RoleName[];
  /** Lines of free text shown at the start of a session. */
  agreements: string[];
  /**
   * What the crew meets for, in its own words; captured at the kickoff, editable later.
   * Optional so crews saved before schema 2 stay valid as they are.
   */
  intentions?: string[];
  /** A standing Google Meet or Jitsi URL the crew reuses; how Crewkit recognises the crew's calls. */
  meetingLink?: string;
  /** Custom prompt decks of this crew (ids of Deck records). */
  deckIds: Id[];
  createdAt: IsoTime;
  archivedAt?: IsoTime;
}

/** One timed part of a meeting's agenda, run as a slot by the round engine. */
export interface AgendaPhase {
  id: Id;
  /** Short title, e.g. "Check-in round" or "Mirroring". */
  title: string;
  /** What happens in this phase, in the project's own words. */
  guidance: string;
  minutes: number;
  /** A round gives each person a turn; a phase is one block of time for the whole crew. */
  kind: 'check-in' | 'check-out' | 'round' | 'phase';
}

export interface SessionPlan {
  /** e.g. "Kickoff", "Peer coaching: Case Clinic", "Retrospective". */
  title: string;
  purpose: string;
  /** When true, the session focuses on one member (the case giver), rotating like the host. */
  focusOnOneMember: boolean;
  agenda: AgendaPhase[];
}

export interface SeriesTemplate {
  id: Id;
  title: string;
  description: string;
  sessions: SessionPlan[];
}

export interface Series {
  v: number;
  id: Id;
  crewId: Id;
  title: string;
  /** Undefined means open-ended. */
  plannedSessions?: number;
  /** The template this series was made from, if any. */
  templateId?: Id;
  /** First session's start; later ones follow the crew's rhythm. */
  startsAt: IsoTime;
  /**
   * Who opens the rotation when it is not the caller: a series continued after a retrospective
   * carries the previous series' rotation on from here (lib/core/pathway/retrospective.ts).
   */
  opensWithId?: Id;
  createdAt: IsoTime;
}

export type SessionStatus = 'planned' | 'held' | 'skipped' | 'cancelled';

export interface CalendarRef {
  calendarId: string;
  eventId: string;
  recurringEventId?: string;
  start: IsoTime;
}

export interface Session {
  v: number;
  id: Id;
  crewId: Id;
  seriesId?: Id;
  /** 1-based position in its series ("3 of 6"). */
  index: number;
  startsAt: IsoTime;
  status: SessionStatus;
  /** Host fixed by hand (a swap or the host's confirmation); otherwise rotation decides. */
  pinnedHostId?: Id;
  /** Set by a swap: the session whose host this one took (shown as the reason). */
  swappedWithSessionId?: Id;
  /** Who hosted (set when the session is held). */
  hostId?: Id;
  /** Role holders fixed for this session, by role name. */
  roleHolders?: Record<RoleName, Id>;
  /** Members marked away for this session: skipped by the rotation. */
  awayIds: Id[];
  /** Who was present (set when held). */
  presentIds?: Id[];
  /**
   * When each crew member who came was seen in the call, as the call page reported it (set when
   * a call ends the session; a session marked held by hand has none). Guests are not kept.
   */
  attendance?: MemberAttendance[];
  calendarRef?: CalendarRef;
  /**
   * How tagging a calendar event brought this session into its series, when it was not in the
   * plan before: 'added' (the series had room), 'grew' (the user added it to a full series, which
   * grew by one), 'started' (the tag started a new series for it: the crew had none, or the user
   * chose "start the next series"). "Remove tag" takes such a session back out, and a series
   * its tag started goes with it while nothing else of it is tagged or held
   * (lib/core/calendar-session-tag.ts).
   */
  taggedIn?: 'added' | 'grew' | 'started';
  meetCode?: string;
  summary?: string;
  /** Who seemed to speak how long, kept only when the user chose to (issue 8). */
  talkEstimate?: TalkEstimate;
}

/** One member's arrival and departure in a session's call (lib/core/attendance.ts). */
export interface MemberAttendance {
  memberId: Id;
  /** First seen in the call. */
  arrivedAt: IsoTime;
  /** Last seen in the call (its end, for whoever stayed). */
  leftAt: IsoTime;
  /** Time seen in the call in all, across leaving and coming back. */
  seenMs: number;
}

/** Estimated speaking time of one person or group, from the call panel's samples. */
export interface EstimatedTalk {
  ms: number;
  /** Samples (four a second) in which they seemed to be speaking. */
  samples: number;
}

/**
 * The call panel's talk-time ESTIMATE (from Meet's animated voice rings, not a measurement),
 * stored with a session only when the user chose "Keep this estimate with the session"
 * (issue 8, "Talk-time balance, privately"). Shown apart from the round timer's times.
 */
export interface TalkEstimate {
  /** Says what this is wherever it travels: an estimate. */
  kind: 'estimate';
  /** Crew members heard, most first. */
  members: (EstimatedTalk & { memberId: Id })[];
  /** Everyone not matched to a crew member, together: guests' names are not kept. */
  guests?: EstimatedTalk;
  /**
   * What each run of the call panel kept (reopened mid-call, the panel starts a new tally): the
   * fields above are their sum (lib/core/talk-time.ts keepRun). Absent on an estimate kept as one
   * part, before panel runs were told apart.
   */
  runs?: TalkEstimateRun[];
}

/** One call panel run's part of a kept estimate: sent again as it grows, it replaces itself. */
export interface TalkEstimateRun {
  runId: Id;
  members: (EstimatedTalk & { memberId: Id })[];
  guests?: EstimatedTalk;
}

export type DeckKind = 'check-in' | 'check-out' | 'reflection';
/** 1 light, 2 middle, 3 deep. */
export type PromptDepth = 1 | 2 | 3;

export interface Prompt {
  id: Id;
  text: string;
  depth: PromptDepth;
}

export interface Deck {
  v: number;
  id: Id;
  /** The crew owning a custom deck; built-in decks are not stored. */
  crewId?: Id;
  kind: DeckKind;
  title: string;
  prompts: Prompt[];
}

/** Which prompts a crew has already used, per deck, so none repeats until a deck is used up. */
export interface PromptUsage {
  v: number;
  crewId: Id;
  usedByDeck: Record<Id, Id[]>;
}

export type RoundKind = 'check-in' | 'check-out' | 'round' | 'agenda';

/**
 * A round as stored: the round engine's plain-JSON state (lib/core/round/) plus where it
 * belongs. Saved after every event so it survives the service worker and the panel.
 */
export interface RoundRecord {
  v: number;
  id: Id;
  crewId?: Id;
  sessionId?: Id;
  meetCode?: string;
  kind: RoundKind;
  createdAt: IsoTime;
  /** The prompt the round was opened with, so it is still shown after a reload. */
  /** In a meeting, the prompt of its round phase on now (`phaseId`), chosen as the phase began. */
  prompt?: { id: Id; text: string; phaseId?: Id };
  /**
   * What the host noted in a meeting's round phases, by phase id: the retrospective's answers
   * ("what we liked", "what we would improve"), which the series' end decision starts from.
   */
  notes?: Record<Id, string>;
  /**
   * The kickoff's schedule as the host noted it in its "Schedule and hosting" phase, written into
   * the series when the meeting ends (lib/core/pathway/kickoff-schedule.ts). Optional: no bump.
   */
  schedule?: KickoffSchedule;
  /** The engine's state; validated by the engine when loaded. */
  state: unknown;
}

/** One answer to a reflection prompt, with the prompt's text as it was asked. */
export interface ReflectionAnswer {
  promptId: Id;
  prompt: string;
  text: string;
}

/** What a crewmate answered to the host's feedback request, pasted or typed in. */
export interface FeedbackAnswer {
  /** Who answered, as the host typed it (crewmates may answer outside Crewkit). */
  from?: string;
  text: string;
  receivedAt: IsoTime;
}

/**
 * A host's private reflection after hosting (issue 10, "After hosting"). Stays on this device like
 * everything else; kept with the session it is about.
 */
export interface Reflection {
  v: number;
  id: Id;
  crewId: Id;
  sessionId?: Id;
  /** The member who hosted and reflects. */
  memberId: Id;
  createdAt: IsoTime;
  answers: ReflectionAnswer[];
  feedback: FeedbackAnswer[];
}

export type RetrospectiveDecision = 'continue' | 'change' | 'split';

/** The decision at the end of a series, recorded with the series (one per series). */
export interface Retrospective {
  v: number;
  id: Id;
  crewId: Id;
  seriesId: Id;
  decidedAt: IsoTime;
  decision: RetrospectiveDecision;
  /** What we liked and what we would improve, one line each, as the crew said it. */
  liked: string[];
  wouldChange: string[];
  /** continue / change: the series planned next. */
  nextSeriesId?: Id;
  /** split: the crews started from the members. */
  newCrewIds?: Id[];
}

/** Device-wide preferences (one record). */
export interface Settings {
  v: number;
  /** Names typed for a quick round without a crew, remembered for next time. */
  quickRoundNames: string[];
  /** 0 (muted) to 1. */
  chimeVolume: number;
  /** Show the panel on every Meet call, not only crews' calls. */
  panelOnEveryCall: boolean;
  /** Soft warning this many seconds before a turn ends; 0 turns it off. */
  warnBeforeEndSeconds: number;
  /** Move to the next speaker by itself when a turn ends (off by default: overtime is gentle). */
  autoAdvance: boolean;
  /** Self-hosted Jitsi origins the user added (host permission granted at that moment). */
  jitsiOrigins: string[];
  /**
   * Show an estimate of who seems to be speaking in the call panel (off by default; absent in
   * settings stored before it existed). The estimate stays in the panel's memory, never stored.
   */
  speakingEstimate?: boolean;
}

export const DEFAULT_SETTINGS: Settings = {
  v: SCHEMA_VERSION,
  quickRoundNames: [],
  chimeVolume: 0.6,
  panelOnEveryCall: false,
  warnBeforeEndSeconds: 30,
  autoAdvance: false,
  jitsiOrigins: [],
};
