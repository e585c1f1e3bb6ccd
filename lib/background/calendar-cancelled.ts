// Instances of a tagged recurring event that the calendar cancelled (deleted from the series:
// they come from the incremental sync with status "cancelled", docs/calendar-api.md,
// "Incremental sync", seen 2026-12): each is no longer a crew session, and the numbers and the
// rotation after it follow (lib/core/calendar-session-status.ts cancelInstance). Only instances:
// a deleted single event may have been recreated elsewhere by hand, and its session stays in the
// crew's plan until the user says otherwise.
import { applyWrites, type CrewBook, cancelInstance } from '../core/calendar-session';
import type { Id } from '../core/model';
import type { CalendarStore } from './calendar-page';

export async function cancelRemovedInstances(
  store: CalendarStore,
  removedIds: readonly string[],
): Promise<Id[]> {
  if (removedIds.length === 0) return [];
  const changed: Id[] = [];
  for (const crew of await store.listCrews()) {
    if (crew.archivedAt) continue;
    const sessions = await store.listSessions(crew.id);
    const wanted = removedIds.filter((id) =>
      sessions.some((s) => s.calendarRef?.eventId === id && s.calendarRef.recurringEventId),
    );
    if (wanted.length === 0) continue;
    let book: CrewBook = { crew, series: await store.listSeries(crew.id), sessions };
    const writes = [];
    for (const eventId of wanted) {
      const w = cancelInstance(book, eventId);
      book = applyWrites(book, w);
      writes.push(...w.sessions);
    }
    if (writes.length > 0) {
      // later writes of the same session win: keep the last version of each
      await store.putSessions([...new Map(writes.map((s) => [s.id, s])).values()]);
      changed.push(crew.id);
    }
  }
  return changed;
}
