import { describe, expect, it } from 'vitest';
import type { AgendaPhase } from '../model.ts';
import { DEFAULT_SESSION_AGENDA, STARTER_SERIES } from '../starter-series.ts';
import { createAgendaRound } from './create.ts';
import { applyRoundEvent } from './engine.ts';
import { roundLog } from './log.ts';
import { activeTurns, stageRound } from './meeting.ts';
import { meetingPlace } from './meeting-view.ts';
import { parseRoundState } from './parse.ts';
import type { RoundEvent, RoundState } from './types.ts';
import { roundView } from './view.ts';

const MINUTE = 60_000;
const phase = (id: string, kind: AgendaPhase['kind'], minutes: number): AgendaPhase => ({
  id,
  kind,
  minutes,
  title: id,
  guidance: '',
});
const agenda = [
  phase('check-in', 'check-in', 8),
  phase('open', 'phase', 30),
  phase('check-out', 'check-out', 4),
];
const crew = ['ana', 'ben', 'cleo', 'dev'].map((id) => ({ personId: id, name: id.toUpperCase() }));

function meeting(options: { autoAdvance?: boolean; people?: typeof crew } = {}): RoundState {
  return createAgendaRound({
    id: 'm1',
    phases: agenda,
    people: options.people ?? crew,
    autoAdvance: options.autoAdvance ?? false,
  });
}

function play(state: RoundState, steps: [number, RoundEvent][]): RoundState {
  return steps.reduce((s, [now, event]) => applyRoundEvent(s, event, now), state);
}

const speaker = (state: RoundState, now: number) => roundView(stageRound(state), now).current;
const phaseOf = (state: RoundState) => state.entries[state.index]?.slot;

describe('a meeting whose check-in is a round', () => {
  it('runs the check-in turn by turn, sharing its minutes among the people present', () => {
    const state = play(meeting(), [[0, { type: 'start' }]]);
    expect(phaseOf(state)).toMatchObject({ phaseId: 'check-in' });
    expect(speaker(state, 0)).toMatchObject({ personId: 'ana' });
    expect(roundView(stageRound(state), 0).remainingMs).toBe(2 * MINUTE);
    const place = meetingPlace(state, 30_000);
    expect(place).toMatchObject({ speaker: { at: 1, of: 4 }, upcomingPhases: 2 });
    expect(place?.leftMs).toBe(42 * MINUTE - 30_000);
  });

  it('moves through the speakers, then to the timed phase, then the check-out round', () => {
    let state = play(meeting(), [
      [0, { type: 'start' }],
      [60_000, { type: 'next' }],
      [120_000, { type: 'pass' }],
    ]);
    expect(speaker(state, 120_000)).toMatchObject({ personId: 'cleo' });
    expect(meetingPlace(state, 120_000)?.speaker).toEqual({ at: 2, of: 4 });
    state = play(state, [
      [180_000, { type: 'next' }],
      [240_000, { type: 'next' }],
      [300_000, { type: 'next' }],
    ]);
    // Ben passed to the end and spoke last; the check-in is over.
    expect(state.entries[0]?.turns?.status).toBe('ended');
    expect(phaseOf(state)).toMatchObject({ phaseId: 'open' });
    expect(activeTurns(state)).toBeUndefined();
    expect(speaker(state, 300_000)).toMatchObject({ phaseId: 'open' });
    expect(meetingPlace(state, 300_000)).toMatchObject({ speaker: null, leftMs: 34 * MINUTE });
    state = play(state, [[300_000 + 30 * MINUTE, { type: 'next' }]]);
    expect(phaseOf(state)).toMatchObject({ phaseId: 'check-out' });
    expect(speaker(state, 0)).toMatchObject({ personId: 'ana' });
    expect(roundView(stageRound(state), 300_000 + 30 * MINUTE).remainingMs).toBe(MINUTE);
    for (let i = 0; i < 4; i += 1) state = applyRoundEvent(state, { type: 'next' }, 40 * MINUTE);
    expect(state.status).toBe('ended');
  });

  it('pauses and resumes the phase and its turns together', () => {
    const state = play(meeting(), [
      [0, { type: 'start' }],
      [30_000, { type: 'pause' }],
    ]);
    expect(activeTurns(state)?.status).toBe('paused');
    const resumed = applyRoundEvent(state, { type: 'resume' }, 90_000);
    expect(activeTurns(resumed)?.status).toBe('running');
    expect(roundView(stageRound(resumed), 100_000).remainingMs).toBe(80_000);
    expect(meetingPlace(resumed, 100_000)?.leftMs).toBe(42 * MINUTE - 40_000);
  });

  it('adds a late arrival to the round on and to the check-out still to come', () => {
    const three = crew.slice(0, 3);
    let state = play(meeting({ people: three }), [
      [0, { type: 'start' }],
      [10_000, { type: 'join', person: crew[3] ?? { personId: 'x', name: 'x' } }],
    ]);
    expect(meetingPlace(state, 10_000)?.speaker).toEqual({ at: 1, of: 4 });
    state = play(state, [[20_000, { type: 'skipPhase', phaseId: 'check-in' }]]);
    state = play(state, [[30_000, { type: 'leave', personId: 'ben' }]]);
    state = play(state, [[40_000, { type: 'next' }]]);
    const order = activeTurns(state)?.entries.map((e) => e.slot.kind === 'turn' && e.slot.personId);
    expect(order).toEqual(['ana', 'cleo', 'dev']);
  });

  it('gives +time to the speaker on top of the phase, so the meeting time left stays true', () => {
    const state = play(meeting(), [
      [0, { type: 'start' }],
      [10_000, { type: 'addTime', ms: 30_000 }],
    ]);
    expect(roundView(stageRound(state), 10_000).remainingMs).toBe(140_000);
    expect(meetingPlace(state, 10_000)?.leftMs).toBe(42 * MINUTE + 20_000);
  });

  it('steps back from the first speaker to the phase before, and back into a finished round', () => {
    let state = play(meeting(), [[0, { type: 'start' }]]);
    for (let i = 0; i < 4; i += 1)
      state = applyRoundEvent(state, { type: 'next' }, (i + 1) * MINUTE);
    expect(phaseOf(state)).toMatchObject({ phaseId: 'open' });
    state = applyRoundEvent(state, { type: 'back' }, 5 * MINUTE);
    expect(phaseOf(state)).toMatchObject({ phaseId: 'check-in' });
    expect(speaker(state, 5 * MINUTE)).toMatchObject({ personId: 'dev' });
    state = play(state, [
      [6 * MINUTE, { type: 'next' }],
      [7 * MINUTE, { type: 'next' }],
      [7 * MINUTE, { type: 'back' }],
    ]);
    // Back from the check-out's first speaker: the open phase again, and the check-out afresh.
    expect(phaseOf(state)).toMatchObject({ phaseId: 'open' });
    expect(state.entries[2]?.turns).toBeUndefined();
  });

  it('moves on by itself when auto-advance is on, through the turns and into the next phase', () => {
    const state = play(meeting({ autoAdvance: true }), [[0, { type: 'start' }]]);
    expect(meetingPlace(state, 7 * MINUTE)?.speaker).toEqual({ at: 4, of: 4 });
    expect(meetingPlace(state, 8 * MINUTE + 1)?.phase.phaseId).toBe('open');
    const later = applyRoundEvent(state, { type: 'tick' }, 38 * MINUTE + 30_000);
    expect(phaseOf(later)).toMatchObject({ phaseId: 'check-out' });
    expect(speaker(later, 38 * MINUTE + 30_000)).toMatchObject({ personId: 'ana' });
  });
});

describe('the host changes the agenda as it runs', () => {
  it('skips a phase still to come, and moves on from the current one', () => {
    let state = play(meeting(), [
      [0, { type: 'start' }],
      [10_000, { type: 'skipPhase', phaseId: 'open' }],
    ]);
    expect(state.entries.map((e) => e.status)).toEqual(['skipped', 'current', 'upcoming']);
    expect(meetingPlace(state, 10_000)?.leftMs).toBe(12 * MINUTE - 10_000);
    state = applyRoundEvent(state, { type: 'skipPhase', phaseId: 'check-in' }, 20_000);
    expect(phaseOf(state)).toMatchObject({ phaseId: 'check-out' });
    expect(
      state.entries.find((e) => e.slot.kind === 'phase' && e.slot.phaseId === 'check-in'),
    ).toMatchObject({ status: 'skipped', spentMs: 20_000 });
    expect(speaker(state, 20_000)).toMatchObject({ personId: 'ana' });
  });

  it('moves a phase not yet run earlier or later, never before the current one', () => {
    const started = play(meeting(), [[0, { type: 'start' }]]);
    const moved = applyRoundEvent(
      started,
      { type: 'movePhase', phaseId: 'check-out', delta: -1 },
      1,
    );
    const ids = (s: RoundState) =>
      s.entries.map((e) => (e.slot.kind === 'phase' ? e.slot.phaseId : ''));
    expect(ids(moved)).toEqual(['check-in', 'check-out', 'open']);
    const refused = applyRoundEvent(
      moved,
      { type: 'movePhase', phaseId: 'check-out', delta: -1 },
      2,
    );
    expect(ids(refused)).toEqual(ids(moved));
    const current = applyRoundEvent(
      started,
      { type: 'movePhase', phaseId: 'check-in', delta: 1 },
      2,
    );
    expect(ids(current)).toEqual(ids(started));
  });

  it('adds minutes to a phase to come, and to the current one (its speakers share them)', () => {
    let state = play(meeting(), [
      [0, { type: 'start' }],
      [0, { type: 'addPhaseTime', phaseId: 'open', ms: 5 * MINUTE }],
    ]);
    expect(meetingPlace(state, 0)?.leftMs).toBe(47 * MINUTE);
    state = play(state, [
      [MINUTE, { type: 'addPhaseTime', phaseId: 'check-in', ms: 3 * MINUTE }],
      [MINUTE, { type: 'next' }],
    ]);
    // 8 + 3 minutes, Ana used 1: the other three share 10 minutes.
    expect(roundView(stageRound(state), MINUTE).remainingMs).toBe(200_000);
    expect(meetingPlace(state, MINUTE)?.leftMs).toBe(49 * MINUTE);
    for (let i = 0; i < 3; i += 1) state = applyRoundEvent(state, { type: 'next' }, 2 * MINUTE);
    expect(roundView(state, 2 * MINUTE).allowedMs).toBe(35 * MINUTE);
  });

  it('closes with a check-out round added at the end when the agenda has none', () => {
    const noCheckOut = createAgendaRound({ id: 'm2', phases: agenda.slice(0, 2), people: crew });
    let state = play(noCheckOut, [
      [0, { type: 'start' }],
      [0, { type: 'skipPhase', phaseId: 'check-in' }],
    ]);
    expect(meetingPlace(state, 0)).toMatchObject({ upcomingPhases: 0, hasCheckOut: false });
    const checkOut = {
      phaseId: 'closing',
      title: 'Check-out',
      minutes: 4,
      phaseKind: 'check-out',
    } as const;
    state = play(state, [
      [MINUTE, { type: 'addPhase', phase: checkOut }],
      [2 * MINUTE, { type: 'next' }],
    ]);
    expect(meetingPlace(state, 2 * MINUTE)).toMatchObject({
      hasCheckOut: true,
      speaker: { at: 1, of: 4 },
    });
  });
});

describe('a meeting as it is stored', () => {
  it('reloads mid-round with its turns, and refuses turns nested in turns', () => {
    const state = play(meeting(), [
      [0, { type: 'start' }],
      [60_000, { type: 'next' }],
      [70_000, { type: 'pause' }],
    ]);
    const saved = JSON.parse(JSON.stringify(state));
    expect(parseRoundState(saved)).toEqual(state);
    const nested = structuredClone(saved);
    nested.entries[0].turns.people = crew;
    expect(parseRoundState(nested)).toBeNull();
    const onTurn = structuredClone(saved);
    onTurn.entries[0].turns.entries[0].turns = saved.entries[0].turns;
    expect(parseRoundState(onTurn)).toBeNull();
  });

  it('runs an agenda without people, as saved before, as blocks of time', () => {
    const blocks = createAgendaRound({ id: 'm3', phases: agenda });
    const state = play(blocks, [[0, { type: 'start' }]]);
    expect(activeTurns(state)).toBeUndefined();
    expect(roundView(state, 0).current).toMatchObject({ phaseId: 'check-in' });
    expect(meetingPlace(state, 0)?.speaker).toBeNull();
  });
});

describe('the log of a meeting', () => {
  it('keeps each round phase’s turns and sums each person’s time over the rounds', () => {
    let state = play(meeting(), [[0, { type: 'start' }]]);
    for (const at of [1, 2, 3, 4]) state = applyRoundEvent(state, { type: 'next' }, at * MINUTE);
    state = play(state, [
      [5 * MINUTE, { type: 'skipPhase', phaseId: 'open' }],
      [5 * MINUTE + 30_000, { type: 'next' }],
      [6 * MINUTE, { type: 'end' }],
    ]);
    const log = roundLog(state, 6 * MINUTE);
    expect(log.phases.map((p) => [p.phaseId, p.skipped, p.turns?.people.length ?? 0])).toEqual([
      ['check-in', false, 4],
      ['open', true, 0],
      ['check-out', false, 4],
    ]);
    expect(log.people.find((p) => p.personId === 'ana')?.spokeMs).toBe(MINUTE + 30_000);
    expect(log.people.find((p) => p.personId === 'ben')?.spokeMs).toBe(MINUTE + 30_000);
    expect(log.spokenOrder).toEqual(['ana', 'ben', 'cleo', 'dev']);
  });
});

describe('the starter series as meetings', () => {
  it('opens every session with a check-in round and closes it with a check-out round', () => {
    for (const plan of [...STARTER_SERIES.sessions, { agenda: DEFAULT_SESSION_AGENDA }]) {
      const state = play(createAgendaRound({ id: 's', phases: plan.agenda, people: crew }), [
        [0, { type: 'start' }],
      ]);
      expect(meetingPlace(state, 0)).toMatchObject({
        phase: { phaseKind: 'check-in' },
        speaker: { at: 1, of: 4 },
        hasCheckOut: true,
      });
      expect(plan.agenda.at(-1)?.kind).toBe('check-out');
    }
  });
});
