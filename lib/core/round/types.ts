// The round engine's plain-JSON state and events (DESIGN.md, "One round engine").
// Nothing here ticks: every duration on screen is derived from the stored numbers and `now`.
import type { AgendaPhase, Id } from '../model.ts';

/** Bump together with a migration in lib/store when RoundState changes shape. */
export const ROUND_STATE_VERSION = 1;

export interface TurnSlot {
  kind: 'turn';
  personId: Id;
  name: string;
}

export interface PhaseSlot {
  kind: 'phase';
  phaseId: Id;
  title: string;
  minutes: number;
  /** The agenda phase's own kind, so the panel can open a turn round inside a check-in phase. */
  phaseKind: AgendaPhase['kind'];
}

export type Slot = TurnSlot | PhaseSlot;

/** A person in a round, as the panel knows them (a crew member or a typed-in name). */
export interface RoundPerson {
  personId: Id;
  name: string;
}

/**
 * How long each turn is.
 * - `per-person`: every person gets `ms`.
 * - `total`: the round has `ms` in all, split evenly among the people still to speak
 *   (see budget.ts for exactly how time already used counts).
 * - `phases`: each slot is an agenda phase with its own minutes.
 */
export type RoundBudget =
  | { kind: 'per-person'; ms: number }
  | { kind: 'total'; ms: number }
  | { kind: 'phases' };

/**
 * - upcoming: not reached yet (or moved to the end by a pass, or stepped back over)
 * - current: the slot the round is on
 * - done: finished with `next`
 * - passed: the person passed for real
 * - left: removed mid-round after having had the floor for a moment (kept for the log)
 * - skipped: an agenda phase the host skipped before it ran (a meeting's phases only)
 */
export type SlotStatus = 'upcoming' | 'current' | 'done' | 'passed' | 'left' | 'skipped';

export interface SlotEntry {
  slot: Slot;
  status: SlotStatus;
  /** Running time spent as the current slot, summed over closed stretches (pauses excluded). */
  spentMs: number;
  /**
   * This slot's share of the budget, fixed when it becomes current (see budget.ts); null before
   * that, and again after the person passes to the end (they get a fresh share when they speak).
   */
  shareMs: number | null;
  /** What the countdown runs against: the share plus time added. Null while shareMs is null. */
  allowedMs: number | null;
  /** Extra time given with +time, for the log. */
  addedMs: number;
  /**
   * Overtime already run before the allowance was moved (+time pressed in overtime, or a pass
   * after running over), kept so the log still shows it.
   */
  bankedOvertimeMs: number;
  /** How many times this person chose to speak last instead (at most once moves them). */
  passes: number;
  /**
   * A meeting's phase that is a round (check-in, check-out, round) runs turn by turn: this is
   * that turn round, created when the phase is first entered (lib/core/round/meeting.ts).
   */
  turns?: RoundState;
}

export type RoundStatus = 'ready' | 'running' | 'paused' | 'ended';

export interface RoundState {
  v: number;
  id: Id;
  status: RoundStatus;
  /** Every slot in its present order: finished ones first, then the current, then upcoming. */
  entries: SlotEntry[];
  /** Position of the current slot in `entries`; equals entries.length once all are finished. */
  index: number;
  budget: RoundBudget;
  /** Move on by itself when a turn ends. Off by default: overtime is gentle. */
  autoAdvance: boolean;
  /** Soft warning this many ms before a turn ends; 0 turns it off. */
  warnBeforeEndMs: number;
  startedAt: number | null;
  endedAt: number | null;
  /** When the current slot's clock last started; null unless status is running. */
  runningSince: number | null;
  /** When the present pause began; null unless status is paused. */
  pausedAt: number | null;
  /** Sum of finished pauses (and of the gap when a round was reopened with back after end). */
  pausedMs: number;
  /**
   * An agenda run as a meeting: the people present, in speaking order. Its round phases then run
   * turn by turn among them (absent, as in agenda rounds saved before, every phase is a block).
   */
  people?: RoundPerson[];
}

export type RoundEvent =
  | { type: 'start' }
  | { type: 'pause' }
  | { type: 'resume' }
  | { type: 'next' }
  | { type: 'back' }
  | { type: 'pass' }
  | { type: 'addTime'; ms: number }
  /** Keys (personId or phaseId) of the slots not yet spoken, in their new order. */
  | { type: 'reorder'; order: Id[] }
  | { type: 'join'; person: RoundPerson }
  | { type: 'leave'; personId: Id }
  | { type: 'end' }
  /** A meeting's phase: skip one not yet run (or move on from the current one). */
  | { type: 'skipPhase'; phaseId: Id }
  /** A meeting's phase not yet run, one place earlier (-1) or later (1) among those. */
  | { type: 'movePhase'; phaseId: Id; delta: -1 | 1 }
  /** More time for a meeting's phase, the current one or one still to come. */
  | { type: 'addPhaseTime'; phaseId: Id; ms: number }
  /** A phase added at the end of a meeting (the check-out round it offers when it has none). */
  | { type: 'addPhase'; phase: Omit<PhaseSlot, 'kind'> }
  /** Nothing happened but time passed: lets auto-advance catch up before the state is saved. */
  | { type: 'tick' };

/** The stable key of a slot: a person's id or a phase's id. */
export function slotKey(slot: Slot): Id {
  return slot.kind === 'turn' ? slot.personId : slot.phaseId;
}
