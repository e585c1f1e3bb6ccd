// The structural schema of every stored record (model.ts), used both to validate a backup before
// anything is written and by the store before each write, so that anything the store accepted
// can always be imported again. Objects are strict: an unknown field is a problem, not ignored.
import * as v from 'valibot';
import type { ValueRule } from './backup-types';
import type {
  Crew,
  Deck,
  PromptUsage,
  Reflection,
  Retrospective,
  RoundRecord,
  Series,
  Session,
  Settings,
} from './model';
import { SCHEMA_VERSION } from './model';
import { MAX_EVERY_WEEKS } from './pathway/kickoff-schedule';
import { isLocalDate, isLocalTime, isTimeZone } from './pathway/zoned-time';

/** The kinds of record the store keeps; also the first part of each storage key. */
export type RecordKind =
  | 'crew'
  | 'series'
  | 'session'
  | 'round'
  | 'deck'
  | 'usage'
  | 'reflection'
  | 'retrospective'
  | 'settings';

/**
 * Ids end up inside storage keys (`session/<crewId>/<id>`), so they may not contain "/" and may
 * not be "-" (the key part for rounds without a crew); the rest keeps them safe in attributes.
 */
export function isSafeId(id: string): boolean {
  if (id === '-' || id.length < 1 || id.length > 128 || /[\s/<>"'`\\\uffff]/.test(id)) return false;
  for (let i = 0; i < id.length; i++) {
    const code = id.charCodeAt(i);
    if (code < 0x20 || code === 0x7f) return false;
  }
  return true;
}

/**
 * Crewkit never renders user text as HTML, but markup in a name or title means the file was made
 * by something other than Crewkit: `<` followed by a letter, "/", "!" or "?" starts a tag.
 * "I <3 Tuesdays" and "a < b" stay allowed.
 */
export function containsMarkup(text: string): boolean {
  return /<[\s]*[a-zA-Z/!?]/.test(text);
}
const hasNoMarkup = (text: string): boolean => !containsMarkup(text);
const isNotBlank = (text: string): boolean => text.trim() !== '';

const ISO_TIME =
  /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2}))?$/;
function isIsoTime(text: string): boolean {
  return ISO_TIME.test(text) && !Number.isNaN(Date.parse(text));
}

function isHttpsUrl(text: string): boolean {
  try {
    return new URL(text).protocol === 'https:';
  } catch {
    return false;
  }
}
function isHttpsOrigin(text: string): boolean {
  return isHttpsUrl(text) && new URL(text).origin === text;
}

/** Validation messages are fragments: the parser puts the path in front. */
const id = v.pipe(
  v.string(),
  v.check(isSafeId, 'must be 1-128 characters without spaces, slashes, quotes or angle brackets'),
);
export const IsoTimeSchema = v.pipe(
  v.string(),
  v.check(isIsoTime, 'must be a time such as 2026-12-01T18:00:00.000Z'),
);
const isoTime = IsoTimeSchema;
const plainText = (max: number) =>
  v.pipe(
    v.string(),
    v.maxLength(max, `must be at most ${max} characters`),
    v.check(hasNoMarkup, 'contains markup'),
  );
const label = (max: number) => v.pipe(plainText(max), v.check(isNotBlank, 'must not be empty'));
const int = (min: number, max: number) =>
  v.pipe(
    v.number(),
    v.integer('must be a whole number'),
    v.minValue(min, `must be at least ${min}`),
    v.maxValue(max, `must be at most ${max}`),
  );
const version = v.literal(SCHEMA_VERSION);
const list = <T extends v.GenericSchema>(item: T, max: number) =>
  v.pipe(v.array(item), v.maxLength(max, `must have at most ${max} entries`));
/** Records keyed by name or id: as capped as any list. */
const keyed = <K extends v.GenericSchema<string>, T extends v.GenericSchema>(
  key: K,
  item: T,
  max: number,
) => v.pipe(v.record(key, item), v.maxEntries(max, `must have at most ${max} entries`));

export const MemberSchema = v.strictObject({
  id,
  name: label(100),
  email: v.optional(
    v.pipe(
      v.string(),
      v.maxLength(254, 'must be at most 254 characters'),
      v.regex(/^[^\s@<>"]+@[^\s@<>"]+$/, 'must be an email address'),
    ),
  ),
  joinedAt: isoTime,
  leftAt: v.optional(isoTime),
});

export const CrewSchema = v.strictObject({
  v: version,
  id,
  name: label(100),
  members: list(MemberSchema, 100),
  callerId: id,
  rhythm: v.strictObject({
    kind: v.picklist(['weekly', 'fortnightly', 'monthly', 'custom']),
    everyDays: v.optional(int(1, 366)),
    durationMinutes: int(1, 1440),
  }),
  roles: list(label(60), 20),
  agreements: list(plainText(1000), 50),
  intentions: v.optional(list(plainText(1000), 50)),
  meetingLink: v.optional(
    v.pipe(v.string(), v.maxLength(2048), v.check(isHttpsUrl, 'must be an https:// link')),
  ),
  deckIds: list(id, 200),
  createdAt: isoTime,
  archivedAt: v.optional(isoTime),
});

export const SeriesSchema = v.strictObject({
  v: version,
  id,
  crewId: id,
  title: label(200),
  plannedSessions: v.optional(int(1, 1000)),
  templateId: v.optional(id),
  startsAt: isoTime,
  opensWithId: v.optional(id),
  createdAt: isoTime,
});

/** A day of speaking, at four samples a second: more than any call has. */
const DAY_MS = 86_400_000;
const estimatedTalk = {
  ms: int(0, DAY_MS),
  samples: int(0, (DAY_MS / 1000) * 4),
};

/**
 * A kept talk-time estimate (model.ts TalkEstimate), capped like every list. A member named twice
 * (a hand-edited file) is harmless: whatever shows it adds the two up.
 */
const estimateParts = {
  members: list(v.strictObject({ memberId: id, ...estimatedTalk }), 100),
  guests: v.optional(v.strictObject(estimatedTalk)),
};
/** What one call panel run sends to keep (lib/messaging/talk-schemas.ts): no runs of its own. */
export const TalkEstimatePartSchema = v.strictObject({
  kind: v.literal('estimate'),
  ...estimateParts,
});
/** A session is rarely opened in more panel runs than this (lib/core/talk-time.ts MAX_RUNS). */
export const MAX_TALK_RUNS = 30;
export const TalkEstimateSchema = v.strictObject({
  kind: v.literal('estimate'),
  ...estimateParts,
  runs: v.optional(list(v.strictObject({ runId: id, ...estimateParts }), MAX_TALK_RUNS)),
});

const googleRef = v.pipe(v.string(), v.maxLength(1024), v.check(hasNoMarkup, 'contains markup'));

export const SessionSchema = v.strictObject({
  v: version,
  id,
  crewId: id,
  seriesId: v.optional(id),
  index: int(1, 100_000),
  startsAt: isoTime,
  status: v.picklist(['planned', 'held', 'skipped', 'cancelled']),
  pinnedHostId: v.optional(id),
  swappedWithSessionId: v.optional(id),
  hostId: v.optional(id),
  roleHolders: v.optional(keyed(label(60), id, 20)),
  awayIds: list(id, 100),
  presentIds: v.optional(list(id, 100)),
  attendance: v.optional(
    list(
      v.strictObject({ memberId: id, arrivedAt: isoTime, leftAt: isoTime, seenMs: int(0, DAY_MS) }),
      100,
    ),
  ),
  calendarRef: v.optional(
    v.strictObject({
      calendarId: googleRef,
      eventId: googleRef,
      recurringEventId: v.optional(googleRef),
      start: isoTime,
    }),
  ),
  taggedIn: v.optional(v.picklist(['added', 'grew', 'started'])),
  meetCode: v.optional(plainText(200)),
  summary: v.optional(plainText(20_000)),
  talkEstimate: v.optional(TalkEstimateSchema),
});

export const PromptSchema = v.strictObject({
  id,
  text: label(1000),
  depth: v.picklist([1, 2, 3]),
});

/** Stored decks always belong to a crew: built-in decks are not stored. */
export const DeckSchema = v.strictObject({
  v: version,
  id,
  crewId: id,
  kind: v.picklist(['check-in', 'check-out', 'reflection']),
  title: label(200),
  prompts: list(PromptSchema, 1000),
});

export const PromptUsageSchema = v.strictObject({
  v: version,
  crewId: id,
  usedByDeck: keyed(id, list(id, 10_000), 1000),
});

/** The kickoff's schedule (lib/core/pathway/kickoff-schedule.ts), kept with its meeting. */
const KickoffScheduleSchema = v.strictObject({
  nextDate: v.pipe(v.string(), v.check(isLocalDate, 'must be a date such as 2026-10-27')),
  time: v.pipe(v.string(), v.check(isLocalTime, 'must be a time of day such as 18:00')),
  everyWeeks: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(MAX_EVERY_WEEKS)),
  timeZone: v.pipe(v.string(), v.check(isTimeZone, 'must be a time zone such as Europe/Berlin')),
  hostIds: v.optional(list(id, 100)),
});

export const RoundRecordSchema = v.strictObject({
  v: version,
  id,
  crewId: v.optional(id),
  sessionId: v.optional(id),
  meetCode: v.optional(plainText(200)),
  kind: v.picklist(['check-in', 'check-out', 'round', 'agenda']),
  createdAt: isoTime,
  prompt: v.optional(v.strictObject({ id, text: plainText(300), phaseId: v.optional(id) })),
  notes: v.optional(keyed(id, plainText(5000), 20)),
  schedule: v.optional(KickoffScheduleSchema),
  // The round engine's state: checked with the engine's own schema by checkRoundState
  // (backup-round-state.ts), after caps on its size.
  state: v.unknown(),
});

export const ReflectionSchema = v.strictObject({
  v: version,
  id,
  crewId: id,
  sessionId: v.optional(id),
  memberId: id,
  createdAt: isoTime,
  answers: list(
    v.strictObject({ promptId: id, prompt: plainText(1000), text: plainText(10_000) }),
    50,
  ),
  feedback: list(
    v.strictObject({
      from: v.optional(plainText(100)),
      text: plainText(10_000),
      receivedAt: isoTime,
    }),
    100,
  ),
});

export const RetrospectiveSchema = v.strictObject({
  v: version,
  id,
  crewId: id,
  seriesId: id,
  decidedAt: isoTime,
  decision: v.picklist(['continue', 'change', 'split']),
  liked: list(plainText(2000), 100),
  wouldChange: list(plainText(2000), 100),
  nextSeriesId: v.optional(id),
  newCrewIds: v.optional(list(id, 20)),
});

export const SettingsSchema = v.strictObject({
  v: version,
  quickRoundNames: list(label(100), 50),
  chimeVolume: v.pipe(
    v.number(),
    v.minValue(0, 'must be at least 0'),
    v.maxValue(1, 'must be at most 1'),
  ),
  panelOnEveryCall: v.boolean(),
  warnBeforeEndSeconds: int(0, 3600),
  autoAdvance: v.boolean(),
  speakingEstimate: v.optional(v.boolean()),
  jitsiOrigins: list(
    v.pipe(
      v.string(),
      v.check(isHttpsOrigin, 'must be an https:// origin such as https://meet.example.org'),
    ),
    50,
  ),
});

export const RECORD_SCHEMAS = {
  crew: CrewSchema,
  series: SeriesSchema,
  session: SessionSchema,
  round: RoundRecordSchema,
  deck: DeckSchema,
  usage: PromptUsageSchema,
  reflection: ReflectionSchema,
  retrospective: RetrospectiveSchema,
  settings: SettingsSchema,
} as const satisfies Record<RecordKind, v.GenericSchema>;

/** Which check produced a validation issue, so each gets its own sentence (and code for markup). */
export const CHECK_RULES = new Map<unknown, ValueRule | 'markup'>([
  [isSafeId, 'id'],
  [isIsoTime, 'time'],
  [hasNoMarkup, 'markup'],
  [isNotBlank, 'not-empty'],
  [isHttpsUrl, 'https-link'],
  [isHttpsOrigin, 'https-origin'],
]);

// Compile-time guard: the schemas and model.ts must describe the same records in both directions
// (apart from `v`, which the schema pins to this build's version).
type Fits<A, B> = [A] extends [B] ? true : false;
type SameKeys<A, B> = Fits<keyof A, keyof B> extends true ? Fits<keyof B, keyof A> : false;
type Both<Schema extends v.GenericSchema, Model> =
  Fits<v.InferOutput<Schema>, Model> extends true
    ? Fits<Omit<Model, 'v'>, Omit<v.InferInput<Schema>, 'v'>> extends true
      ? SameKeys<Model, v.InferInput<Schema>>
      : false
    : false;
export const SCHEMAS_MATCH_MODEL: [
  Both<typeof CrewSchema, Crew>,
  Both<typeof SeriesSchema, Series>,
  Both<typeof SessionSchema, Session>,
  Both<typeof DeckSchema, Deck & { crewId: string }>,
  Both<typeof PromptUsageSchema, PromptUsage>,
  Both<typeof RoundRecordSchema, RoundRecord>,
  Both<typeof SettingsSchema, Settings>,
  Both<typeof ReflectionSchema, Reflection>,
  Both<typeof RetrospectiveSchema, Retrospective>,
] = [true, true, true, true, true, true, true, true, true];
