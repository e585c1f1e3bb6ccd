// What the panel shows, derived from the stored state and `now` alone. Nothing here is stored,
// so a background tab that was throttled for minutes shows the right numbers the moment it wakes.
import { projectedShareMs } from './budget.ts';
import { clampNow, currentEntry, settle, turnEndsAt } from './engine.ts';
import type { RoundState, RoundStatus, Slot, SlotEntry } from './types.ts';
import { slotKey } from './types.ts';

export interface FinishedSlot {
  slot: Slot;
  status: 'done' | 'passed' | 'left' | 'skipped';
  spentMs: number;
}

export interface RoundView {
  status: RoundStatus;
  isPaused: boolean;
  hasStarted: boolean;
  hasEnded: boolean;
  /** The slot on the floor; null before the start and after the end. */
  current: Slot | null;
  /** The current slot's allowance: its share plus time added (0 when there is no current slot). */
  allowedMs: number;
  /** Time the current slot has run, over all its visits, pauses excluded. */
  slotElapsedMs: number;
  /** Never negative: once the allowance is used up it stays 0 and overtime counts up instead. */
  remainingMs: number;
  overtimeMs: number;
  /** The turn has ended: overtime is running (signalled by text and a chime, not colour alone). */
  turnEnded: boolean;
  /** Within the soft-warning window before the end (and not ended yet). */
  warningDue: boolean;
  /** Wall time since the start (to the end once ended), pauses included. */
  roundElapsedMs: number;
  /** Of that, time spent paused. */
  roundPausedMs: number;
  /** Time each slot has had the floor so far, by person id or phase id. */
  elapsedBySlot: Record<string, number>;
  /** Slots still to come, in order, the current one excluded. */
  upcoming: Slot[];
  /** Slots already finished, in the order they finished. */
  done: FinishedSlot[];
  /** About how long each upcoming person will get; null for agenda rounds. */
  upcomingShareMs: number | null;
}

function openStretchMs(state: RoundState, now: number): number {
  return state.status === 'running' && state.runningSince !== null ? now - state.runningSince : 0;
}

/** Time a slot has had the floor by `now`, including the stretch that is running. */
export function entryElapsedMs(state: RoundState, entry: SlotEntry, now: number): number {
  return entry === currentEntry(state) ? entry.spentMs + openStretchMs(state, now) : entry.spentMs;
}

function isFinished(entry: SlotEntry): entry is SlotEntry & { status: FinishedSlot['status'] } {
  return entry.status !== 'upcoming' && entry.status !== 'current';
}

export function roundView(stored: RoundState, now: number): RoundView {
  const at = clampNow(stored, now);
  const state = settle(stored, at);
  const entry = currentEntry(state);
  const allowedMs = entry?.allowedMs ?? 0;
  const slotElapsedMs = entry ? entryElapsedMs(state, entry, at) : 0;
  const remainingMs = entry ? Math.max(0, allowedMs - slotElapsedMs) : 0;
  const overtimeMs = entry ? Math.max(0, slotElapsedMs - allowedMs) : 0;
  const openPauseMs =
    state.status === 'paused' && state.pausedAt !== null ? at - state.pausedAt : 0;
  const elapsedBySlot: Record<string, number> = {};
  for (const each of state.entries) {
    elapsedBySlot[slotKey(each.slot)] = entryElapsedMs(state, each, at);
  }
  return {
    status: state.status,
    isPaused: state.status === 'paused',
    hasStarted: state.startedAt !== null,
    hasEnded: state.status === 'ended',
    current: entry?.slot ?? null,
    allowedMs,
    slotElapsedMs,
    remainingMs,
    overtimeMs,
    turnEnded: overtimeMs > 0,
    warningDue:
      entry !== undefined &&
      state.warnBeforeEndMs > 0 &&
      overtimeMs === 0 &&
      remainingMs <= state.warnBeforeEndMs,
    roundElapsedMs: state.startedAt === null ? 0 : (state.endedAt ?? at) - state.startedAt,
    roundPausedMs: state.pausedMs + openPauseMs,
    elapsedBySlot,
    upcoming: state.entries.filter((each) => each.status === 'upcoming').map((each) => each.slot),
    done: state.entries
      .filter(isFinished)
      .map(({ slot, status, spentMs }) => ({ slot, status, spentMs })),
    upcomingShareMs: projectedShareMs(
      state.entries,
      state.index,
      state.startedAt !== null,
      state.budget,
    ),
  };
}

/**
 * When the current turn ends (absolute ms on the same clock as `now`), to schedule the chime
 * ahead on the Web Audio clock. Null while paused, before the start, after the end. Call it on
 * the latest stored state; the time may already be past when the turn is in overtime.
 */
export function nextChimeAt(state: RoundState): number | null {
  return turnEndsAt(state);
}

/** When the soft warning is due for the current turn; null when off or not running. */
export function nextWarningAt(state: RoundState): number | null {
  const endsAt = turnEndsAt(state);
  if (endsAt === null || state.warnBeforeEndMs <= 0) return null;
  return endsAt - state.warnBeforeEndMs;
}
