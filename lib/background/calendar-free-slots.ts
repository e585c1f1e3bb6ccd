// "Find times that suit everyone" (issue 9, the caller's first invitation): before the series is
// created, one freebusy.query for the crew's members with e-mail addresses proposes a few weekly
// start times at the crew's rhythm. The free/busy scope is asked for at this moment only
// (calendar-auth.ts grantFreeBusy). A member whose calendar is not shared with the caller is
// "unknown", never counted as free (reference/google-calendar.md, "Creating a crew's series").
import { currentMembers } from '../core/crew';
import type { Id } from '../core/model';
import { createCalendarClient } from '../google/client';
import { findWeeklySlots } from '../google/free-slots';
import type { FreeSlotsAnswer } from '../messaging/protocol';
import { grantFreeBusy, SignInError, tokenSource } from './calendar-auth';
import type { CalendarSyncDeps } from './calendar-sync';

/** A slot must be free for the first sessions (later ones can still be moved one by one). */
const WEEKS_CHECKED = 3;
const PROPOSALS = 4;

function hourIn(iso: string, timeZone: string): number | undefined {
  const hour = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', hour: '2-digit' })
    .formatToParts(new Date(iso))
    .find((p) => p.type === 'hour')?.value;
  return hour === undefined ? undefined : Number(hour);
}

export async function freeSlots(
  deps: CalendarSyncDeps,
  request: { crewId: Id; seriesId: Id },
  timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone,
): Promise<FreeSlotsAnswer> {
  const store = await deps.store;
  const crew = await store.getCrew(request.crewId);
  const series = (await store.listSeries(request.crewId)).find((s) => s.id === request.seriesId);
  if (!crew || !series) return { slots: [], asked: 0, problem: 'failed' };
  const members = currentMembers(crew).filter((m) => m.email);
  const nameOf = new Map(members.map((m) => [String(m.email).toLowerCase(), m.name]));
  if (!members.length) return { slots: [], asked: 0, problem: 'no-emails' };
  try {
    await grantFreeBusy(deps.auth);
  } catch (error) {
    if (error instanceof SignInError)
      return { slots: [], asked: members.length, problem: 'refused' };
    throw error;
  }
  const client = createCalendarClient({
    fetch: (input, init) => deps.fetch(input, init),
    token: tokenSource(deps.auth),
    random: deps.random,
    clock: { now: deps.now, sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)) },
  });
  const preferHour = hourIn(series.startsAt, timeZone);
  try {
    const proposals = await findWeeklySlots(
      client,
      [...nameOf.keys()],
      {
        from: new Date(deps.now()).toISOString(),
        weeks: Math.min(WEEKS_CHECKED, series.plannedSessions ?? WEEKS_CHECKED),
        durationMinutes: crew.rhythm.durationMinutes,
        timeZone,
        rhythm: crew.rhythm,
        ...(preferHour === undefined ? {} : { preferHour }),
      },
      PROPOSALS,
    );
    const names = (ids: string[]) => ids.map((id) => nameOf.get(id.toLowerCase()) ?? id);
    return {
      asked: members.length,
      slots: proposals.map((p) => ({
        start: p.start,
        freeFor: p.freeFor,
        visible: p.visible,
        busy: names(p.busy),
        unknown: names(p.unknown),
      })),
    };
  } catch {
    return { slots: [], asked: members.length, problem: 'failed' };
  }
}
