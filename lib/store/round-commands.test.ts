import { describe, expect, it } from 'vitest';
import type { RoundRecord } from '../core/model';
import { applyRoundEvent, createTurnRound, parseRoundState, roundView } from '../core/round';
import { newRoundRecord } from '../core/round-records';
import { handleRoundCommand, ROUND_COMMANDS } from './round-commands';

const T0 = Date.parse('2026-11-26T18:00:00.000Z');

function memoryStore(records: RoundRecord[]) {
  const saved: RoundRecord[] = [];
  return {
    saved,
    listRounds: async () => records,
    putRound: async (record: RoundRecord) => {
      saved.push(record);
    },
  };
}

function runningRecord(id: string, createdAt: string) {
  const ready = createTurnRound({
    id,
    people: [
      { personId: 'a', name: 'Ada' },
      { personId: 'b', name: 'Bashir' },
    ],
    budget: { kind: 'per-person', ms: 120_000 },
  });
  return newRoundRecord({
    state: applyRoundEvent(ready, { type: 'start' }, T0),
    kind: 'check-in',
    createdAt,
  });
}

describe('handleRoundCommand', () => {
  it('moves the newest running round to the next speaker and saves it', async () => {
    const older = runningRecord('old', '2026-11-19T18:00:00.000Z');
    const newer = runningRecord('new', '2026-11-26T18:00:00.000Z');
    const store = memoryStore([newer, older]);
    const saved = await handleRoundCommand(ROUND_COMMANDS.next, { store, now: () => T0 + 40_000 });
    expect(saved?.id).toBe('new');
    const state = parseRoundState(store.saved[0]?.state);
    expect(state && roundView(state, T0 + 40_000).current).toMatchObject({ name: 'Bashir' });
  });

  it('toggles pause and resume', async () => {
    const record = runningRecord('r', '2026-11-26T18:00:00.000Z');
    const store = memoryStore([record]);
    const paused = await handleRoundCommand(ROUND_COMMANDS.pauseResume, {
      store,
      now: () => T0 + 10_000,
    });
    expect(parseRoundState(paused?.state)?.status).toBe('paused');
    const again = memoryStore([paused as RoundRecord]);
    const resumed = await handleRoundCommand(ROUND_COMMANDS.pauseResume, {
      store: Promise.resolve(again),
      now: () => T0 + 20_000,
    });
    const state = parseRoundState(resumed?.state);
    expect(state?.status).toBe('running');
    expect(state && roundView(state, T0 + 20_000).remainingMs).toBe(110_000);
  });

  it('ignores other commands and rounds that are not on the floor', async () => {
    const ended = runningRecord('e', '2026-11-26T18:00:00.000Z');
    const endedState = parseRoundState(ended.state);
    if (!endedState) throw new Error('fixture');
    const store = memoryStore([
      { ...ended, state: applyRoundEvent(endedState, { type: 'end' }, T0 + 1000) },
    ]);
    expect(await handleRoundCommand('_execute_action', { store, now: () => T0 })).toBeNull();
    expect(await handleRoundCommand(ROUND_COMMANDS.next, { store, now: () => T0 })).toBeNull();
    expect(store.saved).toEqual([]);
  });
});
