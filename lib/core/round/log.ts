// The record of a round kept with its crew session: who spoke, for how long, who passed. Talk
// times stay on this device (DESIGN.md, "Key decisions").
import type { Id } from '../model.ts';
import { clampNow, settle } from './engine.ts';
import type { RoundState, SlotEntry } from './types.ts';
import { entryElapsedMs } from './view.ts';

export interface RoundLogPerson {
  personId: Id;
  name: string;
  spokeMs: number;
  passed: boolean;
  /** Time spoken beyond their allowance (time added with +time is allowance, not overtime). */
  overtimeMs: number;
  /** Extra time the host gave them. */
  addedMs: number;
  /** They left the round after a moment at the floor. */
  left: boolean;
}

export interface RoundLogPhase {
  phaseId: Id;
  title: string;
  spentMs: number;
  overtimeMs: number;
}

export interface RoundLog {
  roundId: Id;
  startedAt: number | null;
  endedAt: number | null;
  /** Wall time of the round, pauses included. */
  elapsedMs: number;
  pausedMs: number;
  /** Everyone in the round, in the round's final order (speakers first, then any not reached). */
  people: RoundLogPerson[];
  /** Person ids in the order they spoke (the current speaker last; passers not included). */
  spokenOrder: Id[];
  phases: RoundLogPhase[];
}

function overtimeOf(entry: SlotEntry, spokeMs: number): number {
  const beyond = entry.allowedMs === null ? 0 : Math.max(0, spokeMs - entry.allowedMs);
  return entry.bankedOvertimeMs + beyond;
}

export function roundLog(stored: RoundState, now: number): RoundLog {
  const at = clampNow(stored, now);
  const state = settle(stored, at);
  const people: RoundLogPerson[] = [];
  const phases: RoundLogPhase[] = [];
  const spokenOrder: Id[] = [];
  for (const entry of state.entries) {
    const spentMs = entryElapsedMs(state, entry, at);
    const overtimeMs = overtimeOf(entry, spentMs);
    if (entry.slot.kind === 'phase') {
      phases.push({ phaseId: entry.slot.phaseId, title: entry.slot.title, spentMs, overtimeMs });
      continue;
    }
    const { personId, name } = entry.slot;
    const isSpeaking = entry.status === 'current' && spentMs > 0;
    if (entry.status === 'done' || isSpeaking) spokenOrder.push(personId);
    people.push({
      personId,
      name,
      spokeMs: spentMs,
      passed: entry.status === 'passed',
      overtimeMs,
      addedMs: entry.addedMs,
      left: entry.status === 'left',
    });
  }
  const openPauseMs =
    state.status === 'paused' && state.pausedAt !== null ? at - state.pausedAt : 0;
  return {
    roundId: state.id,
    startedAt: state.startedAt,
    endedAt: state.endedAt,
    elapsedMs: state.startedAt === null ? 0 : (state.endedAt ?? at) - state.startedAt,
    pausedMs: state.pausedMs + openPauseMs,
    people,
    spokenOrder,
    phases,
  };
}
