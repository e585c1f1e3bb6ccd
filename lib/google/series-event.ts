// The caller's first invitation (issue 9): a crew's series as ONE recurring Google Calendar
// event: the crew's rhythm as an RRULE, the members with e-mails as guests, a Meet link asked
// for with `conferenceData.createRequest` (or the crew's standing link), the agenda in the
// description, and the shared tag carrying every instance's number and host (one key per
// instance, by original start), so a six-session series is one insert
// (`calendar-create-series-requests`). Facts: reference/google-calendar.md, "Creating a crew's
// series" (seen 2026-12): recurring events need an IANA `timeZone`; instances are named
// `<id>_<original start in UTC>`, counted in that zone's wall time (so a session keeps its hour
// across daylight-saving changes).
import { type CalendarTag, encodeCalendarTag, instanceStartKey } from '../core/calendar-tag';
import type { AgendaPhase, Rhythm } from '../core/model';
import { occurrenceStartMs } from '../core/series';
import type { GoogleEvent } from './client';

export interface SeriesInvitation {
  /** The series' own id in Crewkit; the event id and the conference request id derive from it. */
  seriesId: string;
  crewName: string;
  title: string;
  /** First session's start (UTC ISO). */
  startsAt: string;
  timeZone: string;
  rhythm: Rhythm;
  count: number;
  guests: { email: string; name: string }[];
  /** Host name per session, in order (index 0 = session 1). */
  hosts: (string | undefined)[];
  agenda: AgendaPhase[];
  /** The crew's standing Meet link; without one, Google makes a Meet link for the event. */
  standingLink?: string;
}

/** Google event ids: 5-1024 characters of base32hex (0-9, a-v). Hex of the series id fits. */
export function seriesEventId(seriesId: string): string {
  const hex = Array.from(new TextEncoder().encode(seriesId), (b) =>
    b.toString(16).padStart(2, '0'),
  ).join('');
  return `ck${hex}`.slice(0, 1024);
}

/**
 * Start of occurrence `n`: the first start's wall-clock time in `timeZone`, n steps later. The
 * same rule as the sessions Crewkit plans (lib/core/series.ts), so an instance and its session agree.
 */
export function zonedOccurrence(
  firstIso: string,
  timeZone: string,
  rhythm: Rhythm,
  n: number,
): string {
  return new Date(occurrenceStartMs(firstIso, rhythm, n, timeZone)).toISOString();
}

function stepDays(rhythm: Rhythm): number {
  if (rhythm.kind === 'weekly') return 7;
  if (rhythm.kind === 'fortnightly') return 14;
  return Math.max(1, rhythm.everyDays ?? 7);
}

export function recurrenceRule(rhythm: Rhythm, count: number): string {
  if (rhythm.kind === 'weekly') return `RRULE:FREQ=WEEKLY;COUNT=${count}`;
  if (rhythm.kind === 'fortnightly') return `RRULE:FREQ=WEEKLY;INTERVAL=2;COUNT=${count}`;
  if (rhythm.kind === 'monthly') return `RRULE:FREQ=MONTHLY;COUNT=${count}`;
  return `RRULE:FREQ=DAILY;INTERVAL=${stepDays(rhythm)};COUNT=${count}`;
}

/** Plain text; Google shows it as the event's description. */
export function agendaText(crewName: string, agenda: AgendaPhase[], standingLink?: string): string {
  const lines = [
    `${crewName}: a crew session.`,
    '',
    ...agenda.map((p) => `${p.minutes} min · ${p.title}`),
  ];
  if (standingLink) lines.push('', standingLink);
  return lines.join('\n');
}

/** The event body to insert (with `conferenceDataVersion=1`, `sendUpdates=all`). */
export function seriesEvent(plan: SeriesInvitation): GoogleEvent {
  const local = (iso: string) => ({ dateTime: iso, timeZone: plan.timeZone });
  const end = new Date(
    Date.parse(plan.startsAt) + plan.rhythm.durationMinutes * 60_000,
  ).toISOString();
  const instances: CalendarTag['instances'] = {};
  for (let n = 0; n < plan.count; n += 1) {
    const host = plan.hosts[n];
    instances[instanceStartKey(zonedOccurrence(plan.startsAt, plan.timeZone, plan.rhythm, n))] = {
      number: n + 1,
      ...(host ? { host } : {}),
    };
  }
  return {
    id: seriesEventId(plan.seriesId),
    summary: plan.title,
    description: agendaText(plan.crewName, plan.agenda, plan.standingLink),
    start: local(plan.startsAt),
    end: local(end),
    recurrence: [recurrenceRule(plan.rhythm, plan.count)],
    attendees: plan.guests.map((g) => ({ email: g.email, displayName: g.name })),
    extendedProperties: {
      shared: encodeCalendarTag({ crew: plan.crewName, of: plan.count, instances }),
    },
    ...(plan.standingLink
      ? { location: plan.standingLink }
      : {
          conferenceData: {
            createRequest: {
              requestId: plan.seriesId,
              conferenceSolutionKey: { type: 'hangoutsMeet' },
            },
          },
        }),
  };
}
