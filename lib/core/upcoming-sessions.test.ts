import { describe, expect, it } from 'vitest';
import { type Crew, SCHEMA_VERSION, type Series, type Session } from './model';
import { upcomingSessions } from './upcoming-sessions';

const DAY = 86_400_000;
const FIRST = Date.parse('2026-12-01T18:00:00.000Z');
const crew = (id: string, meetingLink?: string): Crew => ({
  v: SCHEMA_VERSION,
  id,
  name: `Crew ${id}`,
  members: ['Ada', 'Bashir', 'Chiara'].map((name) => ({
    id: name,
    name,
    joinedAt: '2026-11-01T00:00:00.000Z',
  })),
  callerId: 'Ada',
  rhythm: { kind: 'weekly', durationMinutes: 60 },
  roles: [],
  agreements: [],
  deckIds: [],
  createdAt: '2026-11-01T00:00:00.000Z',
  ...(meetingLink ? { meetingLink } : {}),
});
const series = (crewId: string): Series => ({
  v: SCHEMA_VERSION,
  id: `${crewId}-s`,
  crewId,
  title: 'Six',
  plannedSessions: 3,
  startsAt: new Date(FIRST).toISOString(),
  createdAt: '2026-11-01T00:00:00.000Z',
});
const session = (crewId: string, n: number, extra: Partial<Session> = {}): Session => ({
  v: SCHEMA_VERSION,
  id: `${crewId}-${n}`,
  crewId,
  seriesId: `${crewId}-s`,
  index: n,
  startsAt: new Date(FIRST + (n - 1) * 7 * DAY).toISOString(),
  status: 'planned',
  awayIds: [],
  ...extra,
});
const TODAY = {
  start: Date.parse('2026-12-01T00:00:00.000Z'),
  end: Date.parse('2026-12-02T00:00:00.000Z'),
};

describe('upcomingSessions', () => {
  it("today's session and the next, with hosts and the event's Meet link before the crew's", () => {
    const a = crew('a', 'https://meet.google.com/abc-defg-hij');
    const list = upcomingSessions(
      [
        {
          crew: a,
          series: [series('a')],
          sessions: [
            session('a', 1, { meetCode: 'xyz-abcd-efg' }),
            session('a', 2),
            session('a', 3),
          ],
        },
        { crew: crew('b'), series: [series('b')], sessions: [session('b', 1), session('b', 2)] },
      ],
      FIRST - 3600_000,
      TODAY,
    );
    expect(list.map((s) => [s.crewName, s.index, s.of, s.hostName, s.joinUrl, s.today])).toEqual([
      ['Crew a', 1, 3, 'Ada', 'https://meet.google.com/xyz-abcd-efg', true],
      ['Crew b', 1, 3, 'Ada', undefined, true],
      ['Crew a', 2, 3, 'Bashir', 'https://meet.google.com/abc-defg-hij', false],
      ['Crew b', 2, 3, 'Bashir', undefined, false],
    ]);
  });

  it('no session today: only the next; archived crews and past sessions left out', () => {
    const later = { start: TODAY.start + 2 * DAY, end: TODAY.end + 2 * DAY };
    const archived = { ...crew('z'), archivedAt: '2026-11-20T00:00:00.000Z' };
    const list = upcomingSessions(
      [
        {
          crew: crew('a', 'https://meet.jit.si/Tuesday%C3%A9'),
          series: [series('a')],
          sessions: [session('a', 1), session('a', 2)],
        },
        { crew: archived, series: [series('z')], sessions: [session('z', 2)] },
      ],
      FIRST + 2 * DAY,
      later,
    );
    expect(list.map((s) => [s.index, s.today, s.joinUrl])).toEqual([
      [2, false, 'https://meet.jit.si/Tuesday%C3%A9'],
    ]);
  });
});
