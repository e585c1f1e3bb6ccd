import { describe, expect, it } from 'vitest';
import type { RoundRecord } from '../model';
import { SCHEMA_VERSION } from '../model';
import { applyRoundEvent, createAgendaRound, type RoundState } from '../round';
import { STARTER_SERIES } from '../starter-series';
import { crewWithKickoffNotes, kickoffNoteOf } from './kickoff';
import { crewOfFour } from './test-data';

const crew = crewOfFour();
const kickoff = STARTER_SERIES.sessions[0]?.agenda ?? [];
const people = crew.members.map((m) => ({ personId: m.id, name: m.name }));

function round(sessionId: string, notes: Record<string, string>, createdAt: string): RoundRecord {
  return {
    v: SCHEMA_VERSION,
    id: `r-${createdAt}`,
    crewId: crew.id,
    sessionId,
    kind: 'agenda',
    createdAt,
    notes,
    state: {},
  };
}

describe("the kickoff's intentions and agreements", () => {
  it('are asked for in the "Intentions" round and the "Agreements" block, nowhere else', () => {
    let state: RoundState = createAgendaRound({ id: 'k', phases: kickoff, people });
    const seen: (string | null)[] = [kickoffNoteOf(state)];
    state = applyRoundEvent(state, { type: 'start' }, 0);
    for (const phase of kickoff) {
      seen.push(kickoffNoteOf(state));
      state = applyRoundEvent(state, { type: 'skipPhase', phaseId: phase.id }, 1000);
    }
    // Not before the start; then check-in, intentions, agreements, schedule, check-out.
    expect(seen).toEqual([null, null, 'intentions', 'agreements', null, null]);
  });

  it("join the crew's own when the kickoff is held, each line once, blank lines dropped", () => {
    const own = { ...crew, agreements: ['Stories stay here.'] };
    const rounds = [
      round(
        'k1',
        { intentions: 'Listen without fixing\n\n  Each of us hosts once ' },
        '2026-10-06T17:40:00Z',
      ),
      round(
        'k1',
        { agreements: 'Stories stay here.\nSay so early if you cannot come' },
        '2026-10-06T18:00:00Z',
      ),
      // Another meeting's notes, and the retrospective's, stay where they are.
      round('s2', { intentions: 'Not from the kickoff' }, '2026-10-13T17:40:00Z'),
      round('k1', { liked: 'The stillness' }, '2026-10-06T18:10:00Z'),
    ];
    const captured = crewWithKickoffNotes(own, rounds, 'k1');
    expect(captured?.intentions).toEqual(['Listen without fixing', 'Each of us hosts once']);
    expect(captured?.agreements).toEqual(['Stories stay here.', 'Say so early if you cannot come']);
    // Held twice (a call's end is safe to repeat): nothing new, nothing to write.
    expect(crewWithKickoffNotes(captured ?? own, rounds, 'k1')).toBeUndefined();
  });

  it('stay within what a crew record holds: 50 lines of at most 1000 characters', () => {
    const many = Array.from({ length: 60 }, (_, i) => `Line ${i}`).join('\n');
    const long = 'x'.repeat(1500);
    const captured = crewWithKickoffNotes(
      crew,
      [round('k1', { intentions: `${long}\n${many}` }, '2026-10-06T17:40:00Z')],
      'k1',
    );
    expect(captured?.intentions).toHaveLength(50);
    expect(captured?.intentions?.[0]).toHaveLength(1000);
  });
});
