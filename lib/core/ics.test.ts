import { describe, expect, it } from 'vitest';
import { icsFileName, icsSessions, parseIcsEvents, seriesToIcs } from './ics';
import { crewOfFour, sessionsOf, starterSeries } from './pathway/test-data';
import { agendaOfSession } from './starter-series';

const crew = {
  ...crewOfFour(),
  meetingLink: 'https://meet.google.com/abc-defg-hij',
  members: crewOfFour().members.map((m, i) => (i === 1 ? { ...m, email: 'tomas@example.org' } : m)),
};
const series = starterSeries(crew);
const sessions = sessionsOf(crew, series, [{ hostIndex: 0 }]);
const words = {
  eventTitle: ({
    crew,
    index,
    of,
    host,
  }: {
    crew: string;
    index: number;
    of?: number;
    host?: string;
  }) => `${crew} · ${index} of ${of} · hosted by ${host}`,
  hostLine: (host: string) => `Host: ${host}`,
  agendaLine: (phase: { title: string; minutes: number }) =>
    `${phase.title} (${phase.minutes} min)`,
};
const input = {
  crew,
  series,
  sessions,
  agendaFor: (index: number) => agendaOfSession(series, index),
  words,
  now: new Date('2026-10-01T00:00:00.000Z'),
};

describe('the series as an .ics file', () => {
  const text = seriesToIcs(input);
  const events = parseIcsEvents(text);

  it('parses back with ical.js to the series: one event per session, host and times', () => {
    const expected = icsSessions(input);
    expect(events).toHaveLength(6);
    expect(events.map((e) => [e.startsAt, e.endsAt])).toEqual(
      expected.map((s) => [s.startsAt, s.endsAt]),
    );
    expect(events.map((e) => e.summary)).toEqual([
      'Harbour Crew · 1 of 6 · hosted by Noor',
      'Harbour Crew · 2 of 6 · hosted by Tomás',
      'Harbour Crew · 3 of 6 · hosted by Ines',
      'Harbour Crew · 4 of 6 · hosted by Kwame',
      'Harbour Crew · 5 of 6 · hosted by Noor',
      'Harbour Crew · 6 of 6 · hosted by Tomás',
    ]);
    expect(events[0]?.startsAt).toBe('2026-10-06T17:30:00.000Z');
    expect(events[0]?.endsAt).toBe('2026-10-06T18:30:00.000Z');
    expect(events[0]?.location).toBe('https://meet.google.com/abc-defg-hij');
    expect(new Set(events.map((e) => e.uid)).size).toBe(6);
  });

  it('puts the session agenda in the description', () => {
    expect(events[0]?.description.split('\n')).toEqual([
      'Host: Noor',
      'Check-in round (10 min)',
      'Intentions (15 min)',
      'Agreements (15 min)',
      'Schedule and hosting (10 min)',
      'Check-out round (10 min)',
    ]);
    expect(events[1]?.description).toContain('Generative dialogue (20 min)');
  });

  it('is valid iCalendar: CRLF lines, folded at 75 octets, the host with an e-mail as chair', () => {
    expect(text.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    for (const line of text.split('\r\n'))
      expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(text.replace(/\r\n /g, '')).toContain(
      'ATTENDEE;CN=Tomás;ROLE=CHAIR:mailto:tomas@example.org',
    );
    expect(text).toContain('VERSION:2.0');
  });

  it('names the file after the crew and series', () => {
    expect(icsFileName(crew, series)).toBe('harbour-crew-six-one-hour-meetings.ics');
    expect(icsFileName({ name: '✨' }, { title: '' })).toBe('crew-series.ics');
  });
});
