// What the background does for the Calendar page in local mode: badges for the visible chips
// (attaching instances of tagged recurring events as they are seen, following moved events), the
// event dialog's state, and its three actions. The rules are lib/core/calendar-session.ts; this
// file reads each crew's records, applies them and writes what they return.
import {
  adoptInstance,
  applyWrites,
  type BeyondChoice,
  badgeReader,
  type CalendarEvent,
  type CalendarWrites,
  type CrewBook,
  changeHost,
  moveSession,
  removeTag,
  type SessionBadge,
  sessionBadge,
  sessionForMeetCode,
  sessionOfEvent,
  skipSession,
  tagEvent,
  tagPlan,
  undoSkip,
} from '../core/calendar-session';
import { userTimeZone } from '../core/calendar-session-next';
import { currentMembers } from '../core/crew';
import type { Crew, Id } from '../core/model';
import type {
  CalendarBadgeAnswer,
  CalendarDialogCrew,
  CalendarDialogState,
  CalendarPlacement,
  CalendarTagIndex,
} from '../messaging/protocol';
import type { CrewkitStore } from '../store/store';

export type CalendarStore = Pick<
  CrewkitStore,
  | 'listCrews'
  | 'listSeries'
  | 'listSessions'
  | 'putSessions'
  | 'putSeries'
  | 'deleteSeries'
  | 'putCrew'
>;

/** A chip or dialog event as the content script sends it (schema: calendar-schemas.ts). */
export interface PageEvent {
  calendarId: string;
  eventId: string;
  recurringEventId?: string | undefined;
  originalStart?: string | undefined;
  start?: string | undefined;
}

async function loadBooks(store: CalendarStore): Promise<CrewBook[]> {
  const crews = (await store.listCrews()).filter((crew) => !crew.archivedAt);
  return Promise.all(
    crews.map(async (crew) => {
      const [series, sessions] = await Promise.all([
        store.listSeries(crew.id),
        store.listSessions(crew.id),
      ]);
      return { crew, series, sessions };
    }),
  );
}

const applied = applyWrites;

async function save(store: CalendarStore, writes: CalendarWrites): Promise<void> {
  if (writes.crew) await store.putCrew(writes.crew);
  for (const series of writes.series) await store.putSeries(series);
  if (writes.sessions.length > 0) await store.putSessions(writes.sessions);
  for (const series of writes.dropped ?? []) {
    // Refused while something else refers to it (a round run in its call): it stays then, its
    // sessions untagged as written above, as before a tag could start a series.
    await store.deleteSeries(series.crewId, series.id).catch(() => {});
  }
}

/** The event's start: what the page showed, else when its series scheduled it. */
function startOf(event: PageEvent, now: number): string {
  if (event.start) return event.start;
  const original = event.originalStart;
  if (original && !Number.isNaN(Date.parse(original))) return new Date(original).toISOString();
  return new Date(now).toISOString();
}

function toCalendarEvent(event: PageEvent, now: number, meetCode?: string): CalendarEvent {
  return {
    calendarId: event.calendarId,
    eventId: event.eventId,
    ...(event.recurringEventId ? { recurringEventId: event.recurringEventId } : {}),
    start: startOf(event, now),
    ...(meetCode ? { meetCode } : {}),
  };
}

function findTagged(books: CrewBook[], eventId: string) {
  for (const book of books) {
    const session = sessionOfEvent(book.sessions, eventId);
    if (session) return { book, session };
  }
  return undefined;
}

/** Sessions by event id, over every crew: a batch of 300 chips costs one pass, not 300. */
function indexByEvent(books: CrewBook[]) {
  const index = new Map<string, { book: CrewBook; session: CrewBook['sessions'][number] }>();
  for (const book of books) {
    for (const session of book.sessions) {
      const eventId = session.calendarRef?.eventId;
      if (eventId !== undefined && !index.has(eventId)) index.set(eventId, { book, session });
    }
  }
  return index;
}

/**
 * Badges for a batch of chips. Chips of tagged recurring events without a session yet are
 * attached; a tagged event shown at another start is moved. Returns the crews whose records
 * changed, for the store-change relay.
 */
export async function calendarBadges(
  store: CalendarStore,
  chips: readonly PageEvent[],
  now: number,
): Promise<{ answers: CalendarBadgeAnswer[]; changedCrewIds: Id[] }> {
  const books = await loadBooks(store);
  const changed = new Map<Id, CalendarWrites[]>();
  const record = (index: number, writes: CalendarWrites | null) => {
    if (!writes || (writes.sessions.length === 0 && writes.series.length === 0)) return;
    const book = books[index] as CrewBook;
    books[index] = applied(book, writes);
    changed.set(book.crew.id, [...(changed.get(book.crew.id) ?? []), writes]);
  };
  // Attach and move first (rare: writes), then read every badge from one index and one
  // rotation plan per series.
  let index = indexByEvent(books);
  for (const chip of chips) {
    const found = index.get(chip.eventId);
    if (found && chip.start && found.session.calendarRef?.start !== chip.start) {
      record(books.indexOf(found.book), moveSession(found.book, found.session.id, chip.start));
      index = indexByEvent(books);
    } else if (!found && chip.recurringEventId) {
      const seen = toCalendarEvent(chip, now);
      const event = chip.originalStart ? { ...seen, originalStart: chip.originalStart } : seen;
      books.forEach((book, i) => {
        record(i, adoptInstance(book, event));
      });
      if (changed.size > 0) index = indexByEvent(books);
    }
  }
  const readers = new Map(books.map((book) => [book, badgeReader(book, { skipped: true })]));
  const answers = chips.map((chip): CalendarBadgeAnswer => {
    const found = index.get(chip.eventId);
    const badge = found ? (readers.get(found.book)?.(found.session) ?? null) : null;
    return { eventId: chip.eventId, badge };
  });
  for (const writes of changed.values()) for (const w of writes) await save(store, w);
  return { answers, changedCrewIds: [...changed.keys()] };
}

/** Every tagged event's badge and the tagged recurring events, for the page to keep. */
export async function calendarTagIndex(store: CalendarStore): Promise<CalendarTagIndex> {
  const books = await loadBooks(store);
  const tagged: CalendarTagIndex['tagged'] = [];
  const recurring = new Set<string>();
  for (const book of books) {
    const read = badgeReader(book, { skipped: true });
    for (const session of book.sessions) {
      const ref = session.calendarRef;
      if (!ref) continue;
      if (ref.recurringEventId) recurring.add(ref.recurringEventId);
      tagged.push({ eventId: ref.eventId, badge: read(session), start: ref.start });
    }
  }
  return { tagged, recurring: [...recurring] };
}

const memberList = (crew: Crew) => currentMembers(crew).map(({ id, name }) => ({ id, name }));

/** Where tagging the event would put it in this crew (a preview: nothing is written). */
function placement(
  book: CrewBook,
  event: CalendarEvent,
  now: number,
  beyond?: BeyondChoice,
): CalendarPlacement | null {
  const writes = tagEvent(book, event, {
    now: new Date(now).toISOString(),
    seriesTitle: book.crew.name,
    timeZone: userTimeZone(),
    ...(beyond ? { beyond } : {}),
  });
  const after = applied(book, writes);
  const session = after.sessions.find((s) => s.id === writes.sessionId);
  const badge = session && sessionBadge(after, session);
  if (!badge) return null;
  return {
    index: badge.index,
    ...(badge.of !== undefined ? { of: badge.of } : {}),
    ...(badge.hostId !== undefined ? { hostId: badge.hostId } : {}),
  };
}

/** One crew's offer for an untagged event; a full series lists the user's choices. */
function crewOffer(book: CrewBook, event: CalendarEvent, now: number): CalendarDialogCrew[] {
  const plan = tagPlan(book, event);
  const crew = { id: book.crew.id, name: book.crew.name, members: memberList(book.crew) };
  if (plan.full && plan.series?.plannedSessions !== undefined) {
    const order: BeyondChoice[] = plan.canStartNext ? ['next', 'grow'] : ['grow'];
    const choices = order.flatMap((beyond) => {
      const place = placement(book, event, now, beyond);
      return place ? [{ ...place, beyond }] : [];
    });
    const [first] = choices;
    if (!first) return [];
    const { beyond: _b, ...shown } = first;
    return [{ ...crew, ...shown, full: { planned: plan.series.plannedSessions, choices } }];
  }
  const place = placement(book, event, now);
  return place ? [{ ...crew, ...place }] : [];
}

/** What the dialog offers for an event; a tagged event's Meet code is kept up to date. */
export async function calendarDialog(
  store: CalendarStore,
  request: { event: PageEvent; meetCode?: string | undefined },
  now: number,
): Promise<CalendarDialogState> {
  const books = await loadBooks(store);
  const found = findTagged(books, request.event.eventId);
  if (found) {
    const { book, session } = found;
    if (request.meetCode && session.meetCode !== request.meetCode) {
      await store.putSessions([{ ...session, meetCode: request.meetCode }]);
    }
    const members = memberList(book.crew);
    if (session.status === 'skipped') {
      return { badge: null, members, skipped: { crewName: book.crew.name }, crews: [] };
    }
    const canSkip = session.status === 'planned' && !!session.calendarRef?.recurringEventId;
    return {
      badge: sessionBadge(book, session),
      members,
      ...(canSkip ? { canSkip } : {}),
      crews: [],
    };
  }
  const event = toCalendarEvent(request.event, now, request.meetCode);
  return { badge: null, members: [], crews: books.flatMap((book) => crewOffer(book, event, now)) };
}

export async function calendarTag(
  store: CalendarStore,
  request: {
    event: PageEvent;
    meetCode?: string | undefined;
    crewId: Id;
    hostId?: Id | undefined;
    beyond?: BeyondChoice | undefined;
  },
  now: number,
): Promise<SessionBadge | null> {
  const book = (await loadBooks(store)).find((b) => b.crew.id === request.crewId);
  if (!book) return null;
  const writes = tagEvent(book, toCalendarEvent(request.event, now, request.meetCode), {
    now: new Date(now).toISOString(),
    seriesTitle: book.crew.name,
    timeZone: userTimeZone(),
    ...(request.hostId ? { hostId: request.hostId } : {}),
    ...(request.beyond ? { beyond: request.beyond } : {}),
  });
  await save(store, writes);
  const after = applied(book, writes);
  const session = after.sessions.find((s) => s.id === writes.sessionId);
  return session ? sessionBadge(after, session) : null;
}

export async function calendarChangeHost(
  store: CalendarStore,
  request: { eventId: string; hostId: Id },
): Promise<SessionBadge | null> {
  const found = findTagged(await loadBooks(store), request.eventId);
  if (!found) return null;
  const writes = changeHost(found.book, found.session.id, request.hostId);
  await save(store, writes);
  const after = applied(found.book, writes);
  const session = after.sessions.find((s) => s.id === found.session.id);
  return session ? sessionBadge(after, session) : null;
}

/** "Skip this session" or "Undo skip"; the instance's badge after it (none while skipped). */
export async function calendarSkip(
  store: CalendarStore,
  request: { eventId: string; skip: boolean },
): Promise<SessionBadge | null> {
  const found = findTagged(await loadBooks(store), request.eventId);
  if (!found) return null;
  const { book, session } = found;
  const writes = request.skip ? skipSession(book, session.id) : undoSkip(book, session.id);
  await save(store, writes);
  const after = applied(book, writes);
  const now = after.sessions.find((s) => s.id === session.id);
  return now ? sessionBadge(after, now) : null;
}

export async function calendarRemoveTag(
  store: CalendarStore,
  request: { eventId: string; recurringEventId?: string | undefined },
): Promise<Id | undefined> {
  const found = findTagged(await loadBooks(store), request.eventId);
  if (!found) return undefined;
  const { recurringEventId } = found.session.calendarRef ?? {};
  await save(
    store,
    removeTag(found.book, {
      eventId: request.eventId,
      ...(recurringEventId ? { recurringEventId } : {}),
    }),
  );
  return found.book.crew.id;
}

/** The crew a call belongs to by a tagged event's Meet code (crews without a standing link). */
export async function crewOfMeetCode(
  store: Pick<CrewkitStore, 'listSessions'>,
  crews: readonly Crew[],
  meetCode: string,
  now: number,
): Promise<Crew | undefined> {
  let best: { crew: Crew; distance: number } | undefined;
  for (const crew of crews) {
    if (crew.archivedAt) continue;
    const session = sessionForMeetCode(await store.listSessions(crew.id), meetCode, now);
    if (!session) continue;
    const distance = Math.abs(Date.parse(session.startsAt) - now);
    if (!best || distance < best.distance) best = { crew, distance };
  }
  return best?.crew;
}
