// The payload schema of every message, checked by its receiver. Small and leaf-level, so a
// content script that checks one message does not pull in the others (content scripts stay light).
import * as v from 'valibot';
import { MEET_CODE } from '../core/meeting-link';

export const IdSchema = v.pipe(v.string(), v.minLength(1), v.maxLength(100));
export const MeetCodeSchema = v.pipe(v.string(), v.regex(MEET_CODE));
const ShortText = v.pipe(v.string(), v.maxLength(200));
const UrlText = v.pipe(v.string(), v.maxLength(2000));

export const EmptySchema = v.optional(v.undefined());

export const StoreChangeSchema = v.strictObject({
  kinds: v.pipe(v.array(ShortText), v.maxLength(50)),
  crewIds: v.pipe(v.array(IdSchema), v.maxLength(500)),
});

/**
 * The panels a content script may ask the background to add to its tab, by name; the background
 * maps each name to its built files (lib/background/panels.ts), so no page can name a file.
 */
export const ON_DEMAND_PANELS = ['call'] as const;
export const PanelRefSchema = v.strictObject({ panel: v.picklist(ON_DEMAND_PANELS) });

export const SiteHealthSchema = v.strictObject({
  site: v.picklist(['meet', 'calendar', 'jitsi']),
  missing: v.pipe(v.array(ShortText), v.maxLength(20)),
});

/** A call, by Meet code or (Jitsi) its URL. */
export const CallRefSchema = v.strictObject({
  meetCode: v.optional(MeetCodeSchema),
  url: v.optional(UrlText),
});

export const RoundRefSchema = v.strictObject({ crewId: v.optional(IdSchema), roundId: IdSchema });

export const ChoosePromptSchema = v.strictObject({
  roundId: IdSchema,
  kind: v.picklist(['check-in', 'check-out']),
  crewId: v.optional(IdSchema),
  seriesProgress: v.pipe(v.number(), v.minValue(0), v.maxValue(1)),
  excludeId: v.optional(IdSchema),
});

export const QuickNamesSchema = v.strictObject({
  names: v.pipe(v.array(v.pipe(v.string(), v.maxLength(60))), v.maxLength(30)),
});

const TimeMs = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(Number.MAX_SAFE_INTEGER));

/** Arrivals and departures of one person (lib/core/attendance.ts). */
export const SightingSchema = v.strictObject({
  personKey: IdSchema,
  firstSeenAt: TimeMs,
  lastSeenAt: TimeMs,
  totalMs: TimeMs,
});

/** Where a call stands, sent as it changes so the background can close the session if the tab closes. */
export const CallProgressSchema = v.strictObject({
  meetCode: v.optional(MeetCodeSchema),
  url: v.optional(UrlText),
  crewId: IdSchema,
  sessionId: v.optional(IdSchema),
  /** Crew members seen in the call. */
  presentIds: v.pipe(v.array(IdSchema), v.maxLength(50)),
  /** Whoever runs this panel, if a crew member (they host when the planned host is absent). */
  selfId: v.optional(IdSchema),
  /** When each crew member was seen in the call: who was there is everyone who came. */
  sightings: v.optional(v.pipe(v.array(SightingSchema), v.maxLength(50))),
});

/** A held session to reflect on (the call panel's "Reflect on hosting", issue 10). */
export const ReflectionRefSchema = v.strictObject({
  crewId: IdSchema,
  sessionId: IdSchema,
});

export const ConfirmHostSchema = v.strictObject({
  crewId: IdSchema,
  sessionId: IdSchema,
  hostId: IdSchema,
});
