import { describe, expect, it } from 'vitest';
import { planRotation } from '../rotation';
import { STARTER_SERIES } from '../starter-series';
import { continueSeries } from './retrospective';
import { changedCrew, nextSeriesShape, unchanged } from './series-change';
import { crewOfFour, sessionsOf, starterSeries } from './test-data';

const crew = crewOfFour();
const series = starterSeries(crew);
// Noor, Tomás, Ines, Kwame, Noor, Tomás: Ines has gone longest without hosting.
const held = sessionsOf(
  crew,
  series,
  [0, 1, 2, 3, 0, 1].map((hostIndex) => ({ hostIndex })),
);
const NOW = '2026-11-10T19:00:00.000Z';
const ids = () => {
  let n = 0;
  return () => `new${++n}`;
};
const names = (c: { members: { id: string; name: string }[] }, hostIds: (string | undefined)[]) =>
  hostIds.map((id) => c.members.find((m) => m.id === id)?.name);

describe('change at the end of a series', () => {
  it('starts from the crew as it is and the series its own agenda', () => {
    expect(unchanged(crew, series)).toEqual({
      rhythm: crew.rhythm,
      leavingIds: [],
      joiningNames: [],
      agenda: { kind: 'starter' },
    });
  });

  it('Kwame leaves, Lea joins, fortnightly: the rotation carries on without Kwame, Lea last', () => {
    const result = changedCrew(
      crew,
      {
        rhythm: { kind: 'fortnightly', durationMinutes: 90 },
        leavingIds: ['harbour-m4'],
        joiningNames: ['  Lea '],
        agenda: { kind: 'starter' },
      },
      NOW,
      ids(),
    );
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    const changed = result.crew;
    expect(changed.rhythm).toEqual({ kind: 'fortnightly', durationMinutes: 90 });
    // Kwame stays in the crew's history as a former member; Lea joins now, at the end.
    expect(changed.members.map((m) => [m.name, m.leftAt ?? null])).toEqual([
      ['Noor', null],
      ['Tomás', null],
      ['Ines', null],
      ['Kwame', NOW],
      ['Lea', null],
    ]);
    expect(changed.members[4]).toMatchObject({ id: 'new1', joinedAt: NOW });

    const next = continueSeries({
      crew: changed,
      series,
      sessions: held,
      now: NOW,
      title: 'Second six',
      decision: 'change',
      makeId: ids(),
    });
    expect(next.retrospective.decision).toBe('change');
    // Fortnightly from the last meeting (Nov 10): Nov 24, then every two weeks.
    expect(next.sessions.map((s) => s.startsAt.slice(0, 10))).toEqual([
      '2026-11-24',
      '2026-12-08',
      '2026-12-22',
      '2027-01-05',
      '2027-01-19',
      '2027-02-02',
    ]);
    const plan = planRotation({
      crew: changed,
      sessions: next.sessions,
      opensWithId: next.series.opensWithId,
    });
    expect(
      names(
        changed,
        plan.map((a) => a.hostId),
      ),
    ).toEqual(['Ines', 'Lea', 'Noor', 'Tomás', 'Ines', 'Lea']);
  });

  it('a change of agenda: four meetings on the default agenda instead of the starter series', () => {
    const shape = nextSeriesShape({ kind: 'default', sessions: 4 });
    expect(shape).toEqual({ plannedSessions: 4 });
    const next = continueSeries({
      crew,
      series,
      sessions: held,
      now: NOW,
      title: 'Open meetings',
      decision: 'change',
      shape,
      makeId: ids(),
    });
    expect(next.series.templateId).toBeUndefined();
    expect(next.series.plannedSessions).toBe(4);
    expect(next.sessions).toHaveLength(4);
    expect(nextSeriesShape({ kind: 'starter' })).toEqual({
      templateId: STARTER_SERIES.id,
      plannedSessions: 6,
    });
    expect(nextSeriesShape({ kind: 'default', sessions: 400 }).plannedSessions).toBe(52);
  });

  it('refuses a change that leaves fewer than two, or brings a name the crew already has', () => {
    const base = unchanged(crew, series);
    const few = changedCrew(
      crew,
      { ...base, leavingIds: ['harbour-m2', 'harbour-m3', 'harbour-m4'] },
      NOW,
    );
    expect(few.ok ? [] : few.problems.map((p) => p.code)).toEqual(['too-few-members']);
    const twice = changedCrew(crew, { ...base, joiningNames: ['noor'] }, NOW);
    expect(twice.ok ? [] : twice.problems.map((p) => p.code)).toEqual(['member-name-duplicate']);
  });

  it('when the caller leaves, the first member still there becomes the caller', () => {
    const result = changedCrew(
      crew,
      { ...unchanged(crew, series), leavingIds: ['harbour-m1'] },
      NOW,
    );
    expect(result.ok && result.crew.callerId).toBe('harbour-m2');
  });
});
