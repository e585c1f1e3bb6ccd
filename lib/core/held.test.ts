import { describe, expect, it } from 'vitest';
import { validateCrewDraft } from './crew';
import { CALL_BELONGS_TO_SESSION_MS, callBelongsToSession, holdSession } from './held';
import { type Crew, SCHEMA_VERSION, type Session } from './model';

const JOINED = '2026-11-01T10:00:00.000Z';
const FIRST = Date.parse('2026-12-01T18:00:00.000Z');
const WEEK = 7 * 24 * 3600_000;

function crew(): Crew {
  const result = validateCrewDraft(
    {
      id: 'crew',
      name: 'Tuesday crew',
      members: ['ana', 'bo', 'cy', 'dee'].map((id) => ({ id, name: id, joinedAt: JOINED })),
      callerId: 'ana',
      rhythm: { kind: 'weekly', durationMinutes: 60 },
    },
    { now: JOINED },
  );
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.crew;
}

function sessions(): Session[] {
  return [0, 1, 2].map((i) => ({
    v: SCHEMA_VERSION,
    id: `s${i + 1}`,
    crewId: 'crew',
    seriesId: 'series',
    index: i + 1,
    startsAt: new Date(FIRST + i * WEEK).toISOString(),
    status: 'planned',
    awayIds: [],
  }));
}

describe('what a held session is', () => {
  it('keeps who was there, marks everyone else away, and the planned host hosted', () => {
    // Rotation starts with the caller: Ana is the planned host of session 1.
    const [held, ...more] = holdSession({
      crew: crew(),
      sessions: sessions(),
      sessionId: 's1',
      presentMemberIds: ['ana', 'cy', 'dee', 'not-a-member'],
      hostIdIfPresent: 'cy',
      now: FIRST + 3600_000,
    });
    expect(more).toEqual([]);
    expect(held).toMatchObject({
      id: 's1',
      status: 'held',
      hostId: 'ana',
      presentIds: ['ana', 'cy', 'dee'],
      awayIds: ['bo'],
    });
  });

  it('gives the session to whoever ran the panel when the planned host was not there', () => {
    const [held] = holdSession({
      crew: crew(),
      sessions: sessions(),
      sessionId: 's1',
      presentMemberIds: ['bo', 'cy'],
      hostIdIfPresent: 'cy',
      now: FIRST,
    });
    expect(held?.hostId).toBe('cy');
    expect(held?.awayIds).toEqual(['ana', 'dee']);
  });

  it('falls back to the planned host when nobody known ran it (marked by hand)', () => {
    const list = sessions().map((s) => (s.id === 's2' ? { ...s, pinnedHostId: 'dee' } : s));
    const [held] = holdSession({
      crew: crew(),
      sessions: list,
      sessionId: 's2',
      presentMemberIds: ['ana', 'bo'],
    });
    expect(held).toMatchObject({ status: 'held', hostId: 'dee', awayIds: ['cy', 'dee'] });
  });

  it('at a call, holds only a planned session the call belongs to', () => {
    const request = { crew: crew(), sessionId: 's1', presentMemberIds: ['ana'] };
    const farAway = FIRST + CALL_BELONGS_TO_SESSION_MS + 1;
    expect(holdSession({ ...request, sessions: sessions(), now: farAway })).toEqual([]);
    const skipped = sessions().map((s) =>
      s.id === 's1' ? { ...s, status: 'skipped' as const } : s,
    );
    expect(holdSession({ ...request, sessions: skipped, now: FIRST })).toEqual([]);
    // By hand (no `now`), a skipped session from weeks ago can still be marked held.
    expect(holdSession({ ...request, sessions: skipped })[0]?.status).toBe('held');
    expect(holdSession({ ...request, sessionId: 'nope', sessions: sessions() })).toEqual([]);
  });

  it('a call belongs to the session within the window on either side, never to two sessions', () => {
    const [s1, s2] = sessions() as [Session, Session];
    expect(callBelongsToSession(s1, FIRST - CALL_BELONGS_TO_SESSION_MS)).toBe(true);
    expect(callBelongsToSession(s1, FIRST + CALL_BELONGS_TO_SESSION_MS + 1)).toBe(false);
    // Sessions are at least a day apart (a custom rhythm of 1 day): the windows cannot overlap.
    expect(2 * CALL_BELONGS_TO_SESSION_MS).toBeLessThanOrEqual(24 * 3600_000);
    expect(callBelongsToSession(s2, FIRST + 3600_000)).toBe(false);
  });
});
