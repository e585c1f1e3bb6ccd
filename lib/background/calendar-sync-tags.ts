// Between the calendar page's local tags (lib/background/calendar-page.ts, calpage's) and the
// shared tag: after the user tags, re-hosts or un-tags an event, the shared tag the event should
// carry is computed from the stored sessions and queued for Google; and a chip with no local tag
// gets its badge from a crewmate's shared tag, if the sync has seen one.
//
// A recurring event is tagged once on the series (one key per instance, by original start), so
// one write covers every instance (reference/google-calendar.md: instances carry the series'
// properties, seen 2026-12).

import { type CrewBook, type SessionBadge, sessionBadge } from '../core/calendar-session';
import {
  type CalendarTag,
  encodeCalendarTag,
  instanceStartKey,
  instanceStartOf,
} from '../core/calendar-tag';
import type { TagKeys } from '../core/calendar-tag-merge';
import type { CalendarBadgeAnswer } from '../messaging/protocol';
import type { CrewkitStore } from '../store/store';
import { type SharedBadgeRequest, sharedBadges } from './calendar-shared';
import { type CalendarSyncDeps, queueSharedTag } from './calendar-sync';

type BookStore = Pick<CrewkitStore, 'listCrews' | 'listSeries' | 'listSessions'>;

async function books(store: BookStore): Promise<CrewBook[]> {
  const crews = (await store.listCrews()).filter((crew) => !crew.archivedAt);
  return Promise.all(
    crews.map(async (crew) => ({
      crew,
      series: await store.listSeries(crew.id),
      sessions: await store.listSessions(crew.id),
    })),
  );
}

const seriesIdOf = (event: { eventId: string; recurringEventId?: string | undefined }) =>
  event.recurringEventId ??
  (instanceStartOf(event.eventId)
    ? event.eventId.slice(0, event.eventId.lastIndexOf('_'))
    : undefined);

/** The event to write (the series for an instance) and the tag keys it should carry now. */
export async function desiredSharedTag(
  store: BookStore,
  event: { eventId: string; recurringEventId?: string | undefined },
): Promise<{ eventId: string; desired: TagKeys }> {
  const seriesId = seriesIdOf(event);
  for (const book of await books(store)) {
    const mine = book.sessions.filter((s) =>
      seriesId
        ? s.calendarRef?.recurringEventId === seriesId
        : s.calendarRef?.eventId === event.eventId,
    );
    const badges = mine
      .map((session) => ({ session, badge: sessionBadge(book, session) }))
      .filter(
        (b): b is { session: (typeof mine)[number]; badge: SessionBadge } => b.badge !== null,
      );
    if (!badges.length) continue;
    const first = badges[0]?.badge as SessionBadge;
    const tag: CalendarTag = { crew: book.crew.name, ...(first.of ? { of: first.of } : {}) };
    if (seriesId) {
      tag.instances = Object.fromEntries(
        badges.map(({ session, badge }) => {
          const ref = session.calendarRef;
          const key =
            (ref && instanceStartOf(ref.eventId)) ??
            instanceStartKey(ref?.start ?? session.startsAt);
          return [
            key,
            { number: badge.index, ...(badge.hostName ? { host: badge.hostName } : {}) },
          ];
        }),
      );
    } else {
      tag.number = first.index;
      if (first.hostName) tag.host = first.hostName;
    }
    return { eventId: seriesId ?? event.eventId, desired: encodeCalendarTag(tag) };
  }
  return { eventId: seriesId ?? event.eventId, desired: {} };
}

/** Whether the user has turned Google sync on. */
export async function syncIsOn(deps: CalendarSyncDeps): Promise<boolean> {
  const stored = (await deps.local.get('calendarSync')).calendarSync as
    | { enabled?: boolean }
    | undefined;
  return stored?.enabled === true;
}

/** After a local tag change: queue the shared tag (only while sync is on). */
export async function shareTagChange(
  deps: CalendarSyncDeps,
  event: { eventId: string; recurringEventId?: string | undefined },
): Promise<void> {
  if (!(await syncIsOn(deps))) return;
  await queueSharedTag(deps, await desiredSharedTag(await deps.store, event));
}

/** Fills the chips without a local tag from crewmates' shared tags (numbered sessions only). */
export async function withSharedBadges(
  deps: CalendarSyncDeps,
  chips: readonly SharedBadgeRequest[],
  answers: CalendarBadgeAnswer[],
): Promise<CalendarBadgeAnswer[]> {
  const missing = chips.filter((chip) => !answers.find((a) => a.eventId === chip.eventId)?.badge);
  if (!missing.length) return answers;
  const shared = new Map((await sharedBadges(deps, missing)).map((s) => [s.eventId, s]));
  return answers.map((answer) => {
    const found = answer.badge ? undefined : shared.get(answer.eventId);
    if (!found || found.number === undefined) return answer;
    const badge: SessionBadge = {
      // Not one of this user's crews (yet): no ids to act on, only what the tag says.
      crewId: '',
      crewName: found.crew,
      sessionId: '',
      index: found.number,
      ...(found.of === undefined ? {} : { of: found.of }),
      ...(found.host ? { hostName: found.host } : {}),
    };
    return { ...answer, badge };
  });
}
