// Who was there: everyone who came, not the last roster (issue 8). The call page notes when each
// person is seen and stops being seen (sightings); at the call's end the present are those seen
// long enough in total, so a member who left ten minutes early attended (and is not "away").
import type { MemberAttendance } from './model';

export interface Sighting {
  /** The person: a crew member's id. */
  personKey: string;
  /** When first seen in the call (ms since the epoch). */
  firstSeenAt: number;
  /** When last seen (now, while still there). */
  lastSeenAt: number;
  /** Time seen in the call in total, across leaving and coming back. */
  totalMs: number;
}

/**
 * A minute in total. Shorter sightings are not attendance: a wrong link opened for a few seconds,
 * a phone joining to present a screen and leaving, a reconnecting device whose tile flashes up,
 * or a name briefly matched to the wrong member. Any real part in a crew meeting (a check-in
 * turn alone is longer) passes it, so nobody who took part is marked away.
 */
export const MIN_PRESENT_MS = 60_000;

const DAY_MS = 86_400_000;

/**
 * The people present. A call Crewkit saw for less than the minimum in all (a panel opened at the
 * very end, a test call) cannot hold anyone to it: then being seen at all is enough.
 */
export function presentFromSightings(
  sightings: readonly Sighting[],
  minPresentMs = MIN_PRESENT_MS,
): string[] {
  if (sightings.length === 0) return [];
  const start = Math.min(...sightings.map((s) => s.firstSeenAt));
  const end = Math.max(...sightings.map((s) => s.lastSeenAt));
  const needed = end - start < minPresentMs ? 0 : minPresentMs;
  const present = new Set<string>();
  for (const sighting of sightings) {
    if (sighting.totalMs >= needed) present.add(sighting.personKey);
  }
  return [...present];
}

/**
 * The session's record of who came when: the crew members among the sightings, by arrival. Kept
 * with the held session so "who was there" can be looked back on (issue 8); call-page ids of
 * guests are not members and are left out.
 */
export function attendanceOf(
  sightings: readonly Sighting[],
  memberIds: ReadonlySet<string>,
): MemberAttendance[] {
  return sightings
    .filter((s) => memberIds.has(s.personKey))
    .sort((a, b) => a.firstSeenAt - b.firstSeenAt || a.personKey.localeCompare(b.personKey))
    .map((s) => ({
      memberId: s.personKey,
      arrivedAt: new Date(s.firstSeenAt).toISOString(),
      leftAt: new Date(Math.max(s.firstSeenAt, s.lastSeenAt)).toISOString(),
      // Capped at a day (what a backup accepts): a tab left in a call for days still closes it.
      seenMs: Math.min(DAY_MS, Math.max(0, Math.round(s.totalMs))),
    }));
}

/** Keeps the sightings of a call from the rosters the page reports, one after the other. */
export interface AttendanceLog {
  /** The people in the call now (replaces the previous set). */
  see(personKeys: Iterable<string>, now: number): void;
  /** Everyone seen so far; those still there are counted up to `now`. */
  sightings(now: number): Sighting[];
}

export function attendanceLog(): AttendanceLog {
  const seen = new Map<string, { firstSeenAt: number; lastSeenAt: number; totalMs: number }>();
  /** Since when each person now in the call has been there. */
  const here = new Map<string, number>();
  const close = (key: string, since: number, now: number) => {
    const entry = seen.get(key);
    if (!entry) return;
    entry.totalMs += Math.max(0, now - since);
    entry.lastSeenAt = Math.max(entry.lastSeenAt, now);
  };
  return {
    see(personKeys, now) {
      const next = new Set(personKeys);
      for (const [key, since] of here) {
        if (next.has(key)) continue;
        close(key, since, now);
        here.delete(key);
      }
      for (const key of next) {
        if (here.has(key)) continue;
        here.set(key, now);
        if (!seen.has(key)) seen.set(key, { firstSeenAt: now, lastSeenAt: now, totalMs: 0 });
      }
    },
    sightings(now) {
      return [...seen].map(([personKey, entry]) => {
        const since = here.get(personKey);
        const open = since === undefined ? 0 : Math.max(0, now - since);
        return {
          personKey,
          firstSeenAt: entry.firstSeenAt,
          lastSeenAt: since === undefined ? entry.lastSeenAt : Math.max(entry.lastSeenAt, now),
          totalMs: entry.totalMs + open,
        };
      });
    },
  };
}
