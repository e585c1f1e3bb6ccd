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
  /** The phase was skipped (cut short, or never run). */
  skipped: boolean;
  /** A meeting's round phase that ran turn by turn: its own log. */
  turns?: RoundLog;
}

export interface RoundLog {
  roundId: Id;
  startedAt: number | null;
  endedAt: number | null;
  /** Wall time of the round, pauses included. */
  elapsedMs: number;
  pausedMs: number;
  /**
   * Everyone in the round, in the round's final order (speakers first, then any not reached). In
   * a meeting: everyone in its rounds, in the order of its first round, their times summed.
   */
  people: RoundLogPerson[];
  /** Person ids in the order they spoke (the current speaker last; passers not included). */
  spokenOrder: Id[];
  phases: RoundLogPhase[];
}

function overtimeOf(entry: SlotEntry, spokeMs: number): number {
  const beyond = entry.allowedMs === null ? 0 : Math.max(0, spokeMs - entry.allowedMs);
  return entry.bankedOvertimeMs + beyond;
}

/** A meeting's round phase: its people's times added to the meeting's. */
function addTurns(people: RoundLogPerson[], spokenOrder: Id[], turns: RoundLog): void {
  for (const person of turns.people) {
    const known = people.find((each) => each.personId === person.personId);
    if (!known) {
      people.push({ ...person });
      continue;
    }
    known.spokeMs += person.spokeMs;
    known.overtimeMs += person.overtimeMs;
    known.addedMs += person.addedMs;
    known.passed &&= person.passed;
    known.left &&= person.left;
  }
  // Who spoke first in the meeting is who opened its first round (crew-context: someone else
  // starts next time).
  if (spokenOrder.length === 0) spokenOrder.push(...turns.spokenOrder);
  else for (const id of turns.spokenOrder) if (!spokenOrder.includes(id)) spokenOrder.push(id);
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
      const { phaseId, title } = entry.slot;
      const turns = entry.turns ? roundLog(entry.turns, at) : undefined;
      const skipped = entry.status === 'skipped';
      phases.push({ phaseId, title, spentMs, overtimeMs, skipped, ...(turns ? { turns } : {}) });
      if (turns) addTurns(people, spokenOrder, turns);
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
