// One crew's records as the calendar rules read them, and the small rules every calendar change
// shares: which sessions count, which series an event belongs to, numbering by start time, and
// how a change settles into the series (lib/core/calendar-session.ts says why).
import type { Crew, Id, Series, Session } from './model';
import { rhythmStepDays } from './series';

/** One crew's records, as the background reads them. */
export interface CrewBook {
  crew: Crew;
  series: Series[];
  sessions: Session[];
}

/** Records to write (whole records; sessions only when changed). */
export interface CalendarWrites {
  series: Series[];
  sessions: Session[];
  /** The session the event now is, when there is one. */
  sessionId?: Id;
  /**
   * Series taken out with all their sessions: only a series a tag started, once "Remove tag"
   * left nothing of it tagged or held (lib/core/calendar-session-tag.ts `removeTag`).
   */
  dropped?: Series[];
  /**
   * The crew with its members' join dates moved to a first session that started before they
   * were entered (lib/core/crew.ts `membersFromFirstSession`), when that changed anything.
   */
  crew?: Crew;
}

export const noWrites = (): CalendarWrites => ({ series: [], sessions: [] });
export const DAY_MS = 86_400_000;
/** Sessions that are crew sessions: planned or held (skipped and cancelled ones are not). */
export const live = (s: Session) => s.status === 'planned' || s.status === 'held';
export const ms = (iso: string) => Date.parse(iso);

/** The book with the writes applied, as the store will hold it. */
export function applyWrites(book: CrewBook, writes: CalendarWrites | null): CrewBook {
  if (!writes) return book;
  const sessions = new Map(book.sessions.map((s) => [s.id, s]));
  for (const s of writes.sessions) sessions.set(s.id, s);
  const series = new Map(book.series.map((s) => [s.id, s]));
  for (const s of writes.series) series.set(s.id, s);
  const dropped = new Set(writes.dropped?.map((s) => s.id));
  for (const id of dropped) series.delete(id);
  return {
    crew: writes.crew ?? book.crew,
    series: [...series.values()],
    sessions: [...sessions.values()].filter((s) => !dropped.has(s.seriesId ?? '')),
  };
}

/** The session an event (or recurring instance) already is. */
export function sessionOfEvent(sessions: readonly Session[], eventId: string): Session | undefined {
  return sessions.find((s) => s.calendarRef?.eventId === eventId);
}

/** The series a recurring event was tagged into, if any. */
export function seriesOfRecurringEvent(
  sessions: readonly Session[],
  recurringEventId: string,
): Id | undefined {
  return sessions.find((s) => s.calendarRef?.recurringEventId === recurringEventId)?.seriesId;
}

/** How far from a planned session an event still is that session: half the rhythm's step. */
export function matchWindowMs(crew: Crew): number {
  return Math.max(0.5 * DAY_MS, ((rhythmStepDays(crew.rhythm) ?? 28) * DAY_MS) / 2);
}

export const sessionsOf = (book: CrewBook, seriesId: Id | undefined) =>
  book.sessions.filter((s) => s.seriesId === seriesId);

/** The series an event at `startMs` belongs to: one spanning it, else the latest started. */
export function seriesForEvent(book: CrewBook, startMs: number): Series | undefined {
  const spanning = book.series.filter((series) => {
    const starts = sessionsOf(book, series.id)
      .filter(live)
      .map((s) => ms(s.startsAt));
    if (starts.length === 0) return false;
    const window = matchWindowMs(book.crew);
    return startMs >= Math.min(...starts) - window && startMs <= Math.max(...starts) + window;
  });
  const byStart = (a: Series, b: Series) => ms(b.startsAt) - ms(a.startsAt);
  return spanning.sort(byStart)[0] ?? [...book.series].sort(byStart)[0];
}

/** Live sessions numbered 1..n by start; skipped and cancelled keep their number. Changed only. */
export function renumber(sessions: readonly Session[]): Session[] {
  const ordered = sessions
    .filter(live)
    .sort((a, b) => ms(a.startsAt) - ms(b.startsAt) || a.index - b.index);
  return ordered.flatMap((s, i) => (s.index === i + 1 ? [] : [{ ...s, index: i + 1 }]));
}

/** Merges changed sessions over the series' sessions, renumbers, and lists what changed. */
export function settle(all: readonly Session[], changed: readonly Session[]): Session[] {
  const byId = new Map(all.map((s) => [s.id, s]));
  const touched = new Map(changed.map((s) => [s.id, s]));
  for (const s of changed) byId.set(s.id, s);
  for (const s of renumber([...byId.values()])) touched.set(s.id, s);
  return [...touched.values()];
}

/** Whether the series has all the sessions it planned (an open-ended one never has). */
export function isFull(series: Series, sessions: readonly Session[]): boolean {
  return (
    series.plannedSessions !== undefined &&
    sessions.filter((s) => s.seriesId === series.id && live(s)).length >= series.plannedSessions
  );
}
