// "Before that, where members' calendars are shared with the caller, freebusy.query proposes the
// weekly slots that suit everyone" (issue 9). One request for every member's calendar
// (reference/google-calendar.md: a calendar the caller cannot see answers `errors: notFound`,
// not busy times; at most 50 calendars). freebusy.query does not accept `calendar.events`
// (its reference lists calendar.readonly, calendar, calendar.events.freebusy and
// calendar.freebusy, seen 2026-12), so the caller is asked for FREEBUSY_SCOPE only when they ask
// for proposals.
import type { calendar_v3 } from '@googleapis/calendar';
import type { Rhythm } from '../core/model';
import type { CalendarClient } from './client';
import { zonedOccurrence } from './series-event';

export const FREEBUSY_SCOPE = 'https://www.googleapis.com/auth/calendar.events.freebusy';

export interface SlotQuery {
  /** Proposals start after this instant. */
  from: string;
  /** How many consecutive sessions a slot must be free for (e.g. the first three). */
  weeks: number;
  durationMinutes: number;
  timeZone: string;
  /** Wall-clock hours to try on each day, in the time zone (default 9 to 20). */
  hours?: number[];
  /** The crew's rhythm (default weekly): the occurrences a slot must be free at. */
  rhythm?: Rhythm;
  /** The hour the series is planned at now: among equally good slots, the nearest first. */
  preferHour?: number;
}

export interface SlotProposal {
  /** First occurrence (UTC ISO). */
  start: string;
  /** Visible calendars free at every occurrence. */
  freeFor: number;
  /** Calendars that answered (the others are not shared with the caller). */
  visible: number;
  notShared: number;
  /** Ids of the visible calendars busy at one of the occurrences. */
  busy: string[];
  /** Ids of the calendars not shared with the caller: unknown, never counted as free. */
  unknown: string[];
}

type Busy = { start: number; end: number }[];
const WEEKLY: Rhythm = { kind: 'weekly', durationMinutes: 60 };
const DAY_MS = 86_400_000;

/**
 * Candidate slots over the next seven days, scored against everyone's busy times: the best slot
 * of each day (so "a few" proposals are a few different days), those free for the most people
 * first.
 */
export function proposeWeeklySlots(
  response: calendar_v3.Schema$FreeBusyResponse,
  query: SlotQuery,
  limit = 3,
): SlotProposal[] {
  const entries = Object.entries(response.calendars ?? {});
  const unknown = entries.filter(([, c]) => c.errors?.length).map(([id]) => id);
  const busy: [string, Busy][] = entries
    .filter(([, c]) => !c.errors?.length)
    .map(([id, c]) => [
      id,
      (c.busy ?? []).map((b) => ({
        start: Date.parse(b.start ?? ''),
        end: Date.parse(b.end ?? ''),
      })),
    ]);
  const rhythm = query.rhythm ?? WEEKLY;
  const from = Date.parse(query.from);
  const best: { proposal: SlotProposal; distance: number }[] = [];
  for (let day = 0; day < 7; day += 1) {
    let dayBest: { proposal: SlotProposal; distance: number } | undefined;
    for (const hour of query.hours ?? [9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20]) {
      const dayStart = new Date(from + day * DAY_MS).toISOString().slice(0, 10);
      const first = localHour(dayStart, hour, query.timeZone);
      if (Date.parse(first) <= from) continue;
      const occurrences = Array.from({ length: query.weeks }, (_, n) => {
        const s = Date.parse(zonedOccurrence(first, query.timeZone, rhythm, n));
        return { start: s, end: s + query.durationMinutes * 60_000 };
      });
      const busyIds = busy
        .filter(([, list]) =>
          occurrences.some((o) => list.some((b) => b.end > o.start && b.start < o.end)),
        )
        .map(([id]) => id);
      const proposal: SlotProposal = {
        start: first,
        freeFor: busy.length - busyIds.length,
        visible: busy.length,
        notShared: unknown.length,
        busy: busyIds,
        unknown,
      };
      const distance = query.preferHour === undefined ? 0 : Math.abs(hour - query.preferHour);
      if (
        !dayBest ||
        proposal.freeFor > dayBest.proposal.freeFor ||
        (proposal.freeFor === dayBest.proposal.freeFor && distance < dayBest.distance)
      )
        dayBest = { proposal, distance };
    }
    if (dayBest) best.push(dayBest);
  }
  return best
    .sort(
      (a, b) =>
        b.proposal.freeFor - a.proposal.freeFor ||
        a.distance - b.distance ||
        Date.parse(a.proposal.start) - Date.parse(b.proposal.start),
    )
    .slice(0, limit)
    .map((b) => b.proposal);
}

/** The instant on `date` (YYYY-MM-DD) at `hour`:00 wall-clock time in `timeZone`. */
function localHour(date: string, hour: number, timeZone: string): string {
  const guess = Date.parse(`${date}T${String(hour).padStart(2, '0')}:00:00Z`);
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    hour: '2-digit',
  }).formatToParts(new Date(guess));
  const shownHour = Number(parts.find((p) => p.type === 'hour')?.value ?? hour);
  let delta = shownHour - hour;
  if (delta > 12) delta -= 24;
  if (delta < -12) delta += 24;
  return new Date(guess - delta * 3_600_000).toISOString();
}

/** One freebusy request for the members' calendars, then the proposals. */
export async function findWeeklySlots(
  client: CalendarClient,
  emails: string[],
  query: SlotQuery,
  limit = 3,
): Promise<SlotProposal[]> {
  const from = Date.parse(query.from);
  // Up to the last occurrence of a slot on the seventh day, at the crew's rhythm.
  const lastDay = new Date(from + 8 * DAY_MS).toISOString();
  const last = zonedOccurrence(lastDay, query.timeZone, query.rhythm ?? WEEKLY, query.weeks - 1);
  const response = await client.freeBusy({
    timeMin: new Date(from).toISOString(),
    timeMax: new Date(Date.parse(last) + DAY_MS).toISOString(),
    timeZone: query.timeZone,
    items: emails.slice(0, 50).map((id) => ({ id })),
  });
  return proposeWeeklySlots(response, query, limit);
}
