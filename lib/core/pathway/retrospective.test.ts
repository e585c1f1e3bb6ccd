import { describe, expect, it } from 'vitest';
import { holdSession } from '../held';
import { planRotation } from '../rotation';
import { carriedOnHost, continueSeries, splitCrew } from './retrospective';
import { crewOfFour, sessionsOf, starterSeries } from './test-data';

const crew = crewOfFour();
const series = starterSeries(crew);
// Six meetings hosted in rotation: Noor, Tomás, Ines, Kwame, then Noor and Tomás again.
const held = sessionsOf(
  crew,
  series,
  [0, 1, 2, 3, 0, 1].map((hostIndex) => ({ hostIndex })),
);
let counter = 0;
const makeId = () => `id${++counter}`;
const NOW = '2026-11-10T19:00:00.000Z';

describe('continue: the next series with the rotation carried on', () => {
  it('opens with Ines, who has gone longest without hosting', () => {
    expect(carriedOnHost(crew, series, held)).toBe('harbour-m3');
    const result = continueSeries({
      crew,
      series,
      sessions: held,
      now: NOW,
      title: 'Second six',
      makeId,
    });
    expect(result.series).toMatchObject({
      crewId: 'harbour',
      title: 'Second six',
      plannedSessions: 6,
      templateId: series.templateId,
      opensWithId: 'harbour-m3',
      startsAt: '2026-11-17T17:30:00.000Z',
    });
    expect(result.sessions.map((s) => s.startsAt.slice(0, 10))).toEqual([
      '2026-11-17',
      '2026-11-24',
      '2026-12-01',
      '2026-12-08',
      '2026-12-15',
      '2026-12-22',
    ]);
    const hosts = planRotation({
      crew,
      sessions: result.sessions,
      opensWithId: result.series.opensWithId,
    }).map((a) => crew.members.find((m) => m.id === a.hostId)?.name);
    expect(hosts).toEqual(['Ines', 'Kwame', 'Noor', 'Tomás', 'Ines', 'Kwame']);
    expect(result.retrospective).toMatchObject({
      crewId: 'harbour',
      seriesId: series.id,
      decision: 'continue',
      nextSeriesId: result.series.id,
      decidedAt: NOW,
    });
  });

  it("marking the next series' first meeting held gives it to the carried-on host", () => {
    const result = continueSeries({
      crew,
      series,
      sessions: held,
      now: NOW,
      title: 'Next',
      makeId,
    });
    const [first] = result.sessions;
    const written = holdSession({
      crew,
      sessions: result.sessions,
      sessionId: first?.id ?? '',
      presentMemberIds: crew.members.map((m) => m.id),
      opensWithId: result.series.opensWithId,
    });
    expect(written[0]?.hostId).toBe('harbour-m3');
  });

  it('never says "the caller opens" for a continued series', () => {
    const carried = { ...series, opensWithId: 'harbour-m1' };
    const plan = planRotation({
      crew,
      sessions: sessionsOf(crew, carried, []),
      opensWithId: 'harbour-m1',
    });
    expect(plan[0]?.hostReason.code).toBe('not-hosted-yet');
    expect(planRotation({ crew, sessions: sessionsOf(crew, series, []) })[0]?.hostReason.code).toBe(
      'caller-opens',
    );
  });

  it('starts the next series on the first rhythm date that is not in the past', () => {
    const late = continueSeries({
      crew,
      series,
      sessions: held,
      now: '2026-12-02T08:00:00.000Z',
      title: 'Later',
      makeId,
    });
    expect(late.series.startsAt).toBe('2026-12-08T17:30:00.000Z');
  });

  it('change: records the decision as a change, with what the crew said', () => {
    const result = continueSeries({
      crew: { ...crew, rhythm: { kind: 'fortnightly', durationMinutes: 90 } },
      series,
      sessions: held,
      now: NOW,
      title: 'Fortnightly',
      decision: 'change',
      liked: ['The stillness'],
      wouldChange: ['More time for the dialogue'],
      makeId,
    });
    expect(result.retrospective).toMatchObject({
      decision: 'change',
      liked: ['The stillness'],
      wouldChange: ['More time for the dialogue'],
    });
    expect(result.sessions[1]?.startsAt).toBe('2026-12-08T17:30:00.000Z');
  });
});

describe('split: new crews from the members, each with its own caller', () => {
  it('makes two crews and archives the old one', () => {
    const result = splitCrew({
      crew,
      series,
      now: NOW,
      makeId,
      groups: [
        { name: 'Harbour North', memberIds: ['harbour-m1', 'harbour-m2'], callerId: 'harbour-m2' },
        { name: 'Harbour South', memberIds: ['harbour-m3', 'harbour-m4'], callerId: 'harbour-m4' },
      ],
    });
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.crews.map((c) => [c.name, c.members.map((m) => m.name), c.callerId])).toEqual([
      ['Harbour North', ['Noor', 'Tomás'], 'harbour-m2'],
      ['Harbour South', ['Ines', 'Kwame'], 'harbour-m4'],
    ]);
    expect(result.crews[0]?.rhythm).toEqual(crew.rhythm);
    expect(result.archivedCrew.archivedAt).toBe(NOW);
    expect(result.retrospective).toMatchObject({
      decision: 'split',
      newCrewIds: result.crews.map((c) => c.id),
    });
  });

  it('refuses groups that are too small, share a member or lack their caller', () => {
    const result = splitCrew({
      crew,
      series,
      now: NOW,
      groups: [
        { name: 'A', memberIds: ['harbour-m1'], callerId: 'harbour-m1' },
        { name: ' ', memberIds: ['harbour-m1', 'harbour-m3'], callerId: 'harbour-m4' },
      ],
    });
    expect(result.ok ? [] : result.problems).toEqual([
      { code: 'too-few-members', group: 0 },
      { code: 'name-required', group: 1 },
      { code: 'caller-not-in-group', group: 1 },
      { code: 'member-in-two-groups', memberId: 'harbour-m1' },
    ]);
  });
});
