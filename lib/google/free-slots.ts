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
  /** How many consecutive weeks a slot must be free (e.g. the first three sessions). */
  weeks: number;
  durationMinutes: number;
  timeZone: string;
  /** Wall-clock hours to try on each day, in the time zone (default 9 to 20). */
  hours?: number[];
}

export interface SlotProposal {
  /** First occurrence (UTC ISO). */
  start: string;
  /** Visible calendars free at every occurrence. */
  freeFor: number;
  /** Calendars that answered (the others are not shared with the caller). */
  visible: number;
  notShared: number;
}

type Busy = { start: number; end: number }[];
const WEEKLY: Rhythm = { kind: 'weekly', durationMinutes: 60 };

/** Candidate slots over the next seven days, scored against everyone's busy times. */
export function proposeWeeklySlots(
  response: calendar_v3.Schema$FreeBusyResponse,
  query: SlotQuery,
  limit = 3,
): SlotProposal[] {
  const calendars = Object.values(response.calendars ?? {});
  const busy: Busy[] = calendars
    .filter((c) => !c.errors?.length)
    .map((c) =>
      (c.busy ?? []).map((b) => ({
        start: Date.parse(b.start ?? ''),
        end: Date.parse(b.end ?? ''),
      })),
    );
  const notShared = calendars.length - busy.length;
  const from = Date.parse(query.from);
  const candidates: SlotProposal[] = [];
  for (let day = 0; day < 7; day += 1) {
    for (const hour of query.hours ?? [9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20]) {
      const dayStart = new Date(from + day * 86_400_000).toISOString().slice(0, 10);
      const first = localHour(dayStart, hour, query.timeZone);
      if (Date.parse(first) <= from) continue;
      const occurrences = Array.from({ length: query.weeks }, (_, n) => {
        const s = Date.parse(zonedOccurrence(first, query.timeZone, WEEKLY, n));
        return { start: s, end: s + query.durationMinutes * 60_000 };
      });
      const freeFor = busy.filter((list) =>
        occurrences.every((o) => list.every((b) => b.end <= o.start || b.start >= o.end)),
      ).length;
      candidates.push({ start: first, freeFor, visible: busy.length, notShared });
    }
  }
  return candidates
    .sort((a, b) => b.freeFor - a.freeFor || Date.parse(a.start) - Date.parse(b.start))
    .slice(0, limit);
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
): Promise<SlotProposal[]> {
  const from = Date.parse(query.from);
  const response = await client.freeBusy({
    timeMin: new Date(from).toISOString(),
    timeMax: new Date(from + (query.weeks * 7 + 1) * 86_400_000).toISOString(),
    timeZone: query.timeZone,
    items: emails.slice(0, 50).map((id) => ({ id })),
  });
  return proposeWeeklySlots(response, query);
}
