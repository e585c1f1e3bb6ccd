// Shared tags from crewmates, as the background serves them: the crews this user can adopt
// (options page) and the badge facts for events tagged by someone else (the calendar page's
// badge lookup asks for events it has no local tag for).

import { instanceStartKey, instanceStartOf, type SessionTag } from '../core/calendar-tag';
import {
  adoptedCrew,
  type SharedCrew,
  sharedCrewsToAdopt,
  sharedSessionOf,
} from '../core/calendar-tag-adopt';
import { nameKey } from '../core/crew';
import { newId } from '../core/ids';
import { type CalendarSyncDeps, SYNCED_CALENDAR } from './calendar-sync';
import { idbSyncStore } from './calendar-sync-store';

export async function sharedCrews(deps: CalendarSyncDeps): Promise<SharedCrew[]> {
  const store = await deps.store;
  const local = (await store.listCrews())
    .filter((crew) => !crew.archivedAt)
    .map((crew) => crew.name);
  return sharedCrewsToAdopt(await idbSyncStore(deps.db).taggedEvents(SYNCED_CALENDAR), local);
}

/** Adopts the crew of a tagged event; returns the new crew's id, or null when it cannot. */
export async function adoptSharedCrew(
  deps: CalendarSyncDeps,
  eventId: string,
): Promise<string | null> {
  const event = await idbSyncStore(deps.db).event(SYNCED_CALENDAR, eventId);
  if (!event) return null;
  const crew = adoptedCrew(event, {
    now: new Date(deps.now()).toISOString(),
    makeId: () => newId(),
  });
  if (!crew) return null;
  const store = await deps.store;
  const taken = (await store.listCrews()).some(
    (c) => !c.archivedAt && nameKey(c.name) === nameKey(crew.name),
  );
  if (taken) return null;
  await store.putCrew(crew);
  return crew.id;
}

export interface SharedBadgeRequest {
  eventId: string;
  recurringEventId?: string | undefined;
  originalStart?: string | undefined;
}

/** Badge facts from crewmates' tags, for the events asked about that carry one. */
export async function sharedBadges(
  deps: CalendarSyncDeps,
  events: readonly SharedBadgeRequest[],
): Promise<({ eventId: string } & SessionTag)[]> {
  const store = idbSyncStore(deps.db);
  const answers: ({ eventId: string } & SessionTag)[] = [];
  for (const event of events.slice(0, 500)) {
    const own = await store.event(SYNCED_CALENDAR, event.eventId);
    const seriesId = event.recurringEventId ?? event.eventId.split('_')[0];
    const series =
      seriesId && seriesId !== event.eventId
        ? await store.event(SYNCED_CALENDAR, seriesId)
        : undefined;
    const start =
      instanceStartOf(event.eventId) ??
      (event.originalStart ? instanceStartKey(event.originalStart) : undefined);
    const session = sharedSessionOf(series, own, start);
    if (session) answers.push({ eventId: event.eventId, ...session });
  }
  return answers;
}
