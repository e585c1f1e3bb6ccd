import { describe, expect, it } from 'vitest';
import { proposedHosts, scheduleProposal } from './schedule-proposal';
import { crewOfFour, sessionsOf, starterSeries } from './test-data';

const crew = crewOfFour();
const series = starterSeries(crew);
const [m1, m2, m3, m4] = crew.members.map((m) => m.id);

describe("what the kickoff's schedule fields start from", () => {
  it('the next planned meeting, the rhythm in weeks and the rotation of the sessions after', () => {
    const sessions = sessionsOf(crew, series, []);
    const proposal = scheduleProposal(crew, sessions, `${series.id}-1`);
    expect(proposal?.nextStart).toBe(sessions[1]?.startsAt);
    expect(proposal?.everyWeeks).toBe(1);
    expect(proposal?.members.map((m) => m.name)).toEqual(['Noor', 'Tomás', 'Ines', 'Kwame']);
    expect(proposal && proposedHosts(proposal).map((row) => [row.index, row.hostId])).toEqual([
      [2, m2],
      [3, m3],
      [4, m4],
      [5, m1],
      [6, m2],
    ]);
    const fortnightly = { ...crew, rhythm: { kind: 'fortnightly' as const, durationMinutes: 60 } };
    expect(scheduleProposal(fortnightly, sessions, `${series.id}-1`)?.everyWeeks).toBe(2);
    expect(scheduleProposal(crew, sessions, 'not-a-session')).toBeUndefined();
  });

  it('follows the rotation from a host the crew chose', () => {
    const sessions = sessionsOf(crew, series, []);
    const proposal = scheduleProposal(crew, sessions, `${series.id}-1`);
    const chosen = { [`${series.id}-2`]: m4 as string };
    // Kwame hosts 2; Tomás and Ines, still waiting, host 3 and 4, then Noor, then Kwame's turn is
    // the longest ago.
    expect(proposal && proposedHosts(proposal, chosen).map((row) => row.hostId)).toEqual([
      m4,
      m2,
      m3,
      m1,
      m4,
    ]);
  });
});
