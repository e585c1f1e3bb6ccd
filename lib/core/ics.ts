// A crew's series as an iCalendar file (RFC 5545), for crewmates on other calendars (issue 10,
// "Sharing outside Crewkit"): one event per session, its host in the title and as the chair
// attendee, the agenda in the description. Written and read back with ical.js; imported only by
// extension pages, never by a content script (it would weigh on every call page).
import ICAL from 'ical.js';
import type { AgendaPhase, Crew, Id, Series, Session } from './model';
import { planRotation } from './rotation';
import { sessionsOfSeries } from './series';

/** The words of the file, from the UI's i18n (the core holds no user-facing English). */
export interface IcsWords {
  /** e.g. "Tuesday Crew · 2 of 6 · hosted by Ada" */
  eventTitle: (args: { crew: string; index: number; of?: number; host?: string }) => string;
  /** e.g. "Host: Ada" */
  hostLine: (host: string) => string;
  /** e.g. "Check-in round (10 min)" */
  agendaLine: (phase: AgendaPhase) => string;
}

export interface IcsInput {
  crew: Crew;
  series: Series;
  sessions: readonly Session[];
  /** The agenda of the session at this 1-based index (the template's plan, or the default). */
  agendaFor: (index: number) => AgendaPhase[];
  words: IcsWords;
  /** DTSTAMP of every event. */
  now: Date;
}

export interface IcsSession {
  sessionId: Id;
  index: number;
  startsAt: string;
  endsAt: string;
  hostId?: Id;
  hostName?: string;
  agenda: AgendaPhase[];
}

/** Who hosts each planned or held session of the series, in series order. */
export function icsSessions({
  crew,
  series,
  sessions,
  agendaFor,
}: Omit<IcsInput, 'words' | 'now'>): IcsSession[] {
  const own = sessionsOfSeries([...sessions], series.id).filter(
    (s) => s.status === 'planned' || s.status === 'held',
  );
  const plan = new Map(
    planRotation({ crew, sessions: own, opensWithId: series.opensWithId }).map((a) => [
      a.sessionId,
      a.hostId,
    ]),
  );
  return own.map((session) => {
    const hostId = session.status === 'held' ? session.hostId : plan.get(session.id);
    const hostName = crew.members.find((m) => m.id === hostId)?.name;
    const start = Date.parse(session.startsAt);
    return {
      sessionId: session.id,
      index: session.index,
      startsAt: new Date(start).toISOString(),
      endsAt: new Date(start + crew.rhythm.durationMinutes * 60_000).toISOString(),
      ...(hostId === undefined ? {} : { hostId }),
      ...(hostName === undefined ? {} : { hostName }),
      agenda: agendaFor(session.index),
    };
  });
}

const utc = (iso: string) => ICAL.Time.fromJSDate(new Date(iso), true);

export function seriesToIcs(input: IcsInput): string {
  const { crew, series, words, now } = input;
  const calendar = new ICAL.Component(['vcalendar', [], []]);
  calendar.addPropertyWithValue('prodid', '-//Crewkit//Crew series//EN');
  calendar.addPropertyWithValue('version', '2.0');
  calendar.addPropertyWithValue('calscale', 'GREGORIAN');
  calendar.addPropertyWithValue('x-wr-calname', `${crew.name} · ${series.title}`);
  for (const row of icsSessions(input)) {
    const event = new ICAL.Component('vevent');
    // Stable per session, so importing the file again updates events instead of doubling them.
    event.addPropertyWithValue('uid', `${crew.id}.${row.sessionId}@crewkit`);
    event.addPropertyWithValue('dtstamp', ICAL.Time.fromJSDate(now, true));
    event.addPropertyWithValue('dtstart', utc(row.startsAt));
    event.addPropertyWithValue('dtend', utc(row.endsAt));
    const of = series.plannedSessions;
    event.addPropertyWithValue(
      'summary',
      words.eventTitle({
        crew: crew.name,
        index: row.index,
        ...(of === undefined ? {} : { of }),
        ...(row.hostName === undefined ? {} : { host: row.hostName }),
      }),
    );
    const lines = [
      ...(row.hostName === undefined ? [] : [words.hostLine(row.hostName)]),
      ...row.agenda.map((phase) => words.agendaLine(phase)),
    ];
    event.addPropertyWithValue('description', lines.join('\n'));
    if (crew.meetingLink) {
      event.addPropertyWithValue('location', crew.meetingLink);
      event.addPropertyWithValue('url', crew.meetingLink);
    }
    const host = crew.members.find((m) => m.id === row.hostId);
    if (host?.email) {
      const attendee = event.addPropertyWithValue('attendee', `mailto:${host.email}`);
      attendee.setParameter('cn', host.name);
      attendee.setParameter('role', 'CHAIR');
    }
    calendar.addSubcomponent(event);
  }
  // RFC 5545: lines of at most 75 octets, ending in CRLF. ical.js counts 75 octets before the
  // continuation line's leading space, so fold one earlier; restored for any other user.
  const foldLength = ICAL.foldLength;
  ICAL.foldLength = 74;
  try {
    return `${calendar.toString().replace(/\r?\n/g, '\r\n')}\r\n`;
  } finally {
    ICAL.foldLength = foldLength;
  }
}

export interface ParsedIcsEvent {
  uid: string;
  summary: string;
  description: string;
  startsAt: string;
  endsAt: string;
  location?: string;
}

/** Reads a file back with ical.js (used by tests, and a check before the file is offered). */
export function parseIcsEvents(text: string): ParsedIcsEvent[] {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return calendar.getAllSubcomponents('vevent').map((component) => {
    const event = new ICAL.Event(component);
    const location = component.getFirstPropertyValue('location');
    return {
      uid: event.uid,
      summary: event.summary,
      description: event.description,
      startsAt: event.startDate.toJSDate().toISOString(),
      endsAt: event.endDate.toJSDate().toISOString(),
      ...(typeof location === 'string' ? { location } : {}),
    };
  });
}

/** "tuesday-crew-first-six.ics": a file name from the crew and series titles. */
export function icsFileName(crew: Pick<Crew, 'name'>, series: Pick<Series, 'title'>): string {
  const slug = `${crew.name} ${series.title}`
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `${slug || 'crew-series'}.ics`;
}
