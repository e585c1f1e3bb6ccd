// The kickoff captures the schedule into the series (issue 10, "A whole meeting, not only a
// round"). During the kickoff's "Schedule and hosting" phase the host records what the crew
// agrees (fields in the panel): the rhythm (a weekday, a time of day in the host's
// zone, every N weeks), the date of the next meeting and, if the crew changed it, who hosts which
// of the next sessions. It is kept with the meeting's round record like the notes; when the
// meeting ends it is written into the series. Pure: returns the records to write.
import { currentMembers } from '../crew';
import type { Crew, Id, Rhythm, RoundRecord, Session } from '../model';
import { planRotation } from '../rotation';
import type { RoundState } from '../round';
import { addDays, type LocalDate, type LocalTime, zonedInstant } from './zoned-time';

/** The kickoff's phase for it, by its id in lib/core/starter-series.ts. */
export const SCHEDULE_PHASE_ID = 'schedule';
export const MAX_EVERY_WEEKS = 8;

export interface KickoffSchedule {
  /** The next meeting's date in `timeZone`; its weekday is the crew's meeting day. */
  nextDate: LocalDate;
  /** The time of day the crew meets, in `timeZone`. */
  time: LocalTime;
  everyWeeks: number;
  /** The host's zone (IANA name) when the schedule was noted. */
  timeZone: string;
  /**
   * Who hosts the coming sessions, in order, set only when the host changed the rotation's
   * proposal; where it agrees with the rotation nothing is pinned, so an away mark still moves it.
   */
  hostIds?: Id[];
}

/** Whether the phase on now is the kickoff's "Schedule and hosting". */
export function schedulePhaseOn(state: RoundState): boolean {
  if (state.budget.kind !== 'phases') return false;
  if (state.status !== 'running' && state.status !== 'paused') return false;
  const slot = state.entries[state.index]?.slot;
  return slot?.kind === 'phase' && slot.phaseId === SCHEDULE_PHASE_ID;
}

/** The schedule noted in the meetings of `sessionId`: the most recent one wins. */
export function scheduleOfMeetings(
  rounds: readonly RoundRecord[],
  sessionId: Id,
): KickoffSchedule | undefined {
  let latest: RoundRecord | undefined;
  for (const round of rounds) {
    if (round.kind !== 'agenda' || round.sessionId !== sessionId || !round.schedule) continue;
    if (!latest || round.createdAt >= latest.createdAt) latest = round;
  }
  return latest?.schedule;
}

/**
 * The first `count` starts of the scheduled meetings after `afterMs` (UTC ms, at the agreed clock
 * time in the zone on each date). The next meeting's date may lie before `afterMs`, even long
 * before: the dates then begin at the first one after it, on the agreed day and rhythm.
 */
export function scheduledStarts(
  schedule: KickoffSchedule,
  afterMs: number,
  count: number,
): number[] {
  const step = 7 * Math.min(MAX_EVERY_WEEKS, Math.max(1, Math.trunc(schedule.everyWeeks)));
  const at = (n: number) =>
    zonedInstant(addDays(schedule.nextDate, n * step), schedule.time, schedule.timeZone);
  // Jump near `afterMs` (a day's zone change is far less than a step), then walk.
  let n = Math.max(0, Math.floor((afterMs - at(0)) / (step * 86_400_000)) - 1);
  const starts: number[] = [];
  while (starts.length < count) {
    const start = at(n);
    if (start > afterMs) starts.push(start);
    n += 1;
  }
  return starts;
}

/** The crew's rhythm for "every N weeks", its meetings' length kept. */
export function rhythmOfSchedule(schedule: KickoffSchedule, rhythm: Rhythm): Rhythm {
  const { durationMinutes } = rhythm;
  if (schedule.everyWeeks === 1) return { kind: 'weekly', durationMinutes };
  if (schedule.everyWeeks === 2) return { kind: 'fortnightly', durationMinutes };
  return { kind: 'custom', everyDays: 7 * schedule.everyWeeks, durationMinutes };
}

/** The sessions the schedule moves: planned, after the kickoff, not tied to a calendar event. */
function movable(session: Session, kickoff: Session): boolean {
  // A tagged session's calendar event is the truth for its time (DESIGN.md, "Key decisions").
  return session.status === 'planned' && session.index > kickoff.index && !session.calendarRef;
}

export interface ScheduledSeries {
  /** The crew with the agreed rhythm, when it changed. */
  crew?: Crew;
  /** The sessions whose date, number or host changed. */
  sessions: Session[];
}

/**
 * The schedule noted at `kickoffId` written into its series: the coming planned sessions on the
 * agreed dates (never before or on a held, skipped or cancelled one, which stay where they are),
 * numbered again in date order, hosts pinned where the crew chose someone other than the
 * rotation. Undefined when no schedule was noted. Applying it twice changes nothing the second time.
 */
export function scheduleIntoSeries(
  crew: Crew,
  sessions: readonly Session[],
  kickoffId: Id,
  schedule: KickoffSchedule | undefined,
  opensWithId?: Id,
): ScheduledSeries | undefined {
  const kickoff = sessions.find((s) => s.id === kickoffId);
  if (!schedule || !kickoff) return undefined;
  const own = sessions.filter((s) => s.seriesId === kickoff.seriesId && s.crewId === crew.id);
  const moving = own.filter((s) => movable(s, kickoff)).sort((a, b) => a.index - b.index);
  const fixed = own.filter((s) => !movable(s, kickoff));
  // Held sessions are never passed: the schedule's dates begin after the last of them.
  const notBefore = Math.max(
    Date.parse(kickoff.startsAt),
    ...fixed.filter((s) => s.status !== 'planned').map((s) => Date.parse(s.startsAt)),
  );
  const starts = scheduledStarts(schedule, notBefore, moving.length);
  const dated = moving.map((s, i) => ({
    ...s,
    startsAt: new Date(starts[i] ?? notBefore).toISOString(),
  }));
  // Numbers follow dates among the coming sessions (a tagged one may now fall between moved
  // ones); the kickoff and the sessions already held keep theirs.
  const isComing = (s: Session) => s.status === 'planned' && s.index > kickoff.index;
  const coming = [...dated, ...fixed.filter(isComing)].sort(
    (a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt) || a.index - b.index,
  );
  const indexes = coming.map((s) => s.index).sort((a, b) => a - b);
  const renumbered = new Map(coming.map((s, i) => [s.id, { ...s, index: indexes[i] ?? s.index }]));
  let next = own.map((s) => renumbered.get(s.id) ?? s);
  next = withChosenHosts(crew, next, kickoff, schedule.hostIds ?? [], opensWithId);

  const changed = next.filter((s) => {
    const before = own.find((o) => o.id === s.id);
    return JSON.stringify(before) !== JSON.stringify(s);
  });
  const rhythm = rhythmOfSchedule(schedule, crew.rhythm);
  const rhythmChanged = JSON.stringify(rhythm) !== JSON.stringify(crew.rhythm);
  return { ...(rhythmChanged ? { crew: { ...crew, rhythm } } : {}), sessions: changed };
}

/**
 * Pins the chosen hosts of the sessions after the kickoff (`hostIds[i]` for the i-th planned one,
 * in index order) wherever the rotation, given the pins before, would choose someone else.
 */
export function withChosenHosts(
  crew: Crew,
  sessions: Session[],
  kickoff: Session,
  hostIds: readonly (Id | undefined)[],
  opensWithId: Id | undefined,
): Session[] {
  const members = new Set(currentMembers(crew).map((m) => m.id));
  const coming = sessions
    .filter((s) => s.status === 'planned' && s.index > kickoff.index)
    .sort((a, b) => a.index - b.index);
  let out = sessions;
  coming.forEach((session, i) => {
    const chosen = hostIds[i];
    if (chosen === undefined || !members.has(chosen)) return;
    const planned = planRotation({ crew, sessions: out, opensWithId }).find(
      (a) => a.sessionId === session.id,
    );
    if (planned?.hostId === chosen) return;
    const { swappedWithSessionId: _swap, ...rest } =
      out.find((s) => s.id === session.id) ?? session;
    out = out.map((s) => (s.id === session.id ? { ...rest, pinnedHostId: chosen } : s));
  });
  return out;
}
