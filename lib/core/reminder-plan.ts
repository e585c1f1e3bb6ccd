// Which reminders Crewkit should have scheduled (issue 9, "Reminders"): one a chosen number of
// minutes before each planned crew session, and on the session's morning a "you host today" for
// the host, when this device knows who the user is (their e-mail in the crew). Pure; the
// background turns each into a browser alarm, which survives the service worker being stopped.

import type { Crew, Id, Series, Session } from './model';
import { planRotation } from './rotation';

export type ReminderKind = 'before' | 'host-morning';

export interface Reminder {
  /** Stable: the alarm's name and the notification's id. */
  id: string;
  kind: ReminderKind;
  at: number;
  crewId: Id;
  sessionId: Id;
}

export interface ReminderSettings {
  enabled: boolean;
  minutesBefore: number;
  /** The user's e-mail in their crews, for "you host today"; empty: no host reminders. */
  myEmail?: string;
}

export const REMINDER_PREFIX = 'crewkit-reminder:';
/** Alarms are scheduled this far ahead; a periodic refresh brings the next ones in. */
export const REMINDER_HORIZON_MS = 8 * 24 * 3_600_000;
export const MORNING_HOUR = 8;

export const reminderId = (kind: ReminderKind, crewId: Id, sessionId: Id) =>
  `${REMINDER_PREFIX}${kind}:${crewId}:${sessionId}`;

export function parseReminderId(
  id: string,
): { kind: ReminderKind; crewId: Id; sessionId: Id } | undefined {
  if (!id.startsWith(REMINDER_PREFIX)) return undefined;
  const [kind, crewId, sessionId] = id.slice(REMINDER_PREFIX.length).split(':');
  if ((kind !== 'before' && kind !== 'host-morning') || !crewId || !sessionId) return undefined;
  return { kind, crewId, sessionId };
}

export interface CrewRecords {
  crew: Crew;
  series: Series[];
  sessions: Session[];
}

/** The host each planned session will have (held ones as they happened). */
export function hostsOf({ crew, series, sessions }: CrewRecords): Map<Id, Id | undefined> {
  const hosts = new Map<Id, Id | undefined>();
  for (const one of series) {
    const own = sessions.filter((s) => s.seriesId === one.id);
    for (const a of planRotation({ crew, sessions: own, opensWithId: one.opensWithId })) {
      hosts.set(a.sessionId, a.hostId);
    }
  }
  return hosts;
}

export function planReminders(
  records: CrewRecords[],
  settings: ReminderSettings,
  now: number,
  /** 08:00 local time on the day of `start` (the background passes the device's zone). */
  morningOf: (startMs: number) => number,
): Reminder[] {
  if (!settings.enabled) return [];
  const me = settings.myEmail?.trim().toLowerCase();
  const out: Reminder[] = [];
  for (const book of records) {
    if (book.crew.archivedAt) continue;
    const hosts = hostsOf(book);
    for (const session of book.sessions) {
      if (session.status !== 'planned') continue;
      const start = Date.parse(session.calendarRef?.start ?? session.startsAt);
      if (!(start > now) || start - now > REMINDER_HORIZON_MS) continue;
      const before = start - settings.minutesBefore * 60_000;
      if (before > now) {
        out.push({
          id: reminderId('before', book.crew.id, session.id),
          kind: 'before',
          at: before,
          crewId: book.crew.id,
          sessionId: session.id,
        });
      }
      const hostId = session.pinnedHostId ?? hosts.get(session.id);
      const host = book.crew.members.find((m) => m.id === hostId);
      const morning = morningOf(start);
      if (me && host?.email?.toLowerCase() === me && morning > now && morning < start) {
        out.push({
          id: reminderId('host-morning', book.crew.id, session.id),
          kind: 'host-morning',
          at: morning,
          crewId: book.crew.id,
          sessionId: session.id,
        });
      }
    }
  }
  return out.sort((a, b) => a.at - b.at);
}
