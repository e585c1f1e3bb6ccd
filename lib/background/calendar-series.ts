// The caller's first invitation, as the background runs it: the crew's planned series becomes
// one recurring event in the caller's primary calendar (lib/google/create-series.ts), then the
// sessions point at their instances, and the Meet link Google made becomes the crew's standing
// link (a crew that already has one keeps it, and the event carries it).
import { instanceStartKey } from '../core/calendar-tag';
import { currentMembers } from '../core/crew';
import type { Crew, Id, Series, Session } from '../core/model';
import { planRotation } from '../core/rotation';
import { sessionsOfSeries } from '../core/series';
import { agendaOfSession } from '../core/starter-series';
import { createCalendarClient } from '../google/client';
import { createSeries } from '../google/create-series';
import { type SeriesInvitation, zonedOccurrence } from '../google/series-event';
import { summarizeEvent } from '../google/synced-event';
import type { SeriesToInvite } from '../messaging/protocol';
import { tokenSource } from './calendar-auth';
import { type CalendarSyncDeps, SYNCED_CALENDAR } from './calendar-sync';
import { idbSyncStore } from './calendar-sync-store';

/** An open-ended series is invited for this many sessions (it can be extended later). */
const OPEN_ENDED_INVITED = 12;

/** Planned series whose sessions are not in a calendar yet, starting in the future. */
export async function seriesToInvite(deps: CalendarSyncDeps): Promise<SeriesToInvite[]> {
  const store = await deps.store;
  const out: SeriesToInvite[] = [];
  for (const crew of (await store.listCrews()).filter((c) => !c.archivedAt)) {
    const sessions = await store.listSessions(crew.id);
    for (const series of await store.listSeries(crew.id)) {
      const own = sessionsOfSeries(sessions, series.id);
      if (own.some((s) => s.calendarRef) || Date.parse(series.startsAt) < deps.now()) continue;
      out.push({
        crewId: crew.id,
        seriesId: series.id,
        crewName: crew.name,
        title: series.title,
        count: series.plannedSessions ?? OPEN_ENDED_INVITED,
        startsAt: series.startsAt,
      });
    }
  }
  return out;
}

export function invitationOf(
  crew: Crew,
  series: Series,
  sessions: Session[],
  timeZone: string,
): SeriesInvitation {
  const own = sessionsOfSeries(sessions, series.id);
  const hosts = new Map(planRotation({ crew, sessions: own }).map((a) => [a.sessionId, a.hostId]));
  const count = series.plannedSessions ?? OPEN_ENDED_INVITED;
  const byIndex = new Map(own.map((s) => [s.index, s]));
  const nameOf = (id: Id | undefined) => crew.members.find((m) => m.id === id)?.name;
  const link = crew.meetingLink?.startsWith('https://meet.google.com/')
    ? crew.meetingLink
    : undefined;
  return {
    seriesId: series.id,
    crewName: crew.name,
    title: series.title === crew.name ? crew.name : `${crew.name}: ${series.title}`,
    startsAt: series.startsAt,
    timeZone,
    rhythm: crew.rhythm,
    count,
    guests: currentMembers(crew).flatMap((m) =>
      m.email ? [{ email: m.email, name: m.name }] : [],
    ),
    hosts: Array.from({ length: count }, (_, i) => {
      const session = byIndex.get(i + 1);
      return nameOf(
        session ? (session.hostId ?? session.pinnedHostId ?? hosts.get(session.id)) : undefined,
      );
    }),
    agenda: agendaOfSession(series, 1),
    ...(link ? { standingLink: link } : {}),
  };
}

export async function inviteSeries(
  deps: CalendarSyncDeps,
  request: { crewId: Id; seriesId: Id; startsAt?: string | undefined },
  timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone,
): Promise<{ eventId: string; meetLink?: string } | null> {
  const store = await deps.store;
  const crew = await store.getCrew(request.crewId);
  const planned = (await store.listSeries(request.crewId)).find((s) => s.id === request.seriesId);
  if (!crew || !planned) return null;
  let sessions = await store.listSessions(crew.id);
  let series = planned;
  if (request.startsAt && Date.parse(request.startsAt) > deps.now()) {
    // A time chosen from the free-slot proposals: the series and its planned sessions move to
    // it first, so the event and the crew's own plan agree.
    series = { ...planned, startsAt: new Date(request.startsAt).toISOString() };
    const moved = sessionsOfSeries(sessions, series.id)
      .filter((s) => s.status === 'planned')
      .map((s) => ({
        ...s,
        startsAt: zonedOccurrence(series.startsAt, timeZone, crew.rhythm, s.index - 1),
      }));
    await store.putSeries(series);
    if (moved.length) await store.putSessions(moved);
    sessions = await store.listSessions(crew.id);
  }
  const plan = invitationOf(crew, series, sessions, timeZone);
  const client = createCalendarClient({
    fetch: (input, init) => deps.fetch(input, init),
    token: tokenSource(deps.auth),
    random: deps.random,
    clock: { now: deps.now, sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)) },
  });
  const created = await createSeries(client, SYNCED_CALENDAR, plan);
  const synced = summarizeEvent(SYNCED_CALENDAR, created.event);
  if (synced) await idbSyncStore(deps.db).putEvent(synced);
  // Each planned session now knows its instance (by original start, in the event's zone).
  const updates = sessionsOfSeries(sessions, series.id)
    .filter((s) => s.index <= plan.count)
    .map((session): Session => {
      const start = zonedOccurrence(plan.startsAt, timeZone, crew.rhythm, session.index - 1);
      return {
        ...session,
        calendarRef: {
          calendarId: SYNCED_CALENDAR,
          eventId: `${created.eventId}_${instanceStartKey(start)}`,
          recurringEventId: created.eventId,
          start,
        },
        ...(created.meetCode ? { meetCode: created.meetCode } : {}),
      };
    });
  if (updates.length) await store.putSessions(updates);
  if (!crew.meetingLink && created.meetLink)
    await store.putCrew({ ...crew, meetingLink: created.meetLink });
  return { eventId: created.eventId, ...(created.meetLink ? { meetLink: created.meetLink } : {}) };
}
