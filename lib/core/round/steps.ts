// The round engine's steps on a draft state, for one round of turns or one agenda's phases. The
// reducer (engine.ts) runs them; a meeting (meeting.ts) runs them on its agenda and on the turn
// round inside its current phase. Each returns false for an event that does not fit the state.
import { shareFor } from './budget.ts';
import { join, leave, reorder } from './roster.ts';
import type { RoundEvent, RoundState, SlotEntry } from './types.ts';

/** Clamp `now` so a clock that steps backwards never makes a duration negative. */
export function clampNow(state: RoundState, now: number): number {
  const stamps = [state.startedAt, state.endedAt, state.runningSince, state.pausedAt];
  const latest = stamps.reduce<number>(
    (at, stamp) => (stamp === null ? at : Math.max(at, stamp)),
    now,
  );
  // A meeting's turn round inside the current phase keeps stamps of its own.
  const turns = state.entries[state.index]?.turns;
  return turns ? clampNow(turns, latest) : latest;
}

/** The slot the round is on, while it is running or paused. */
export function currentEntry(state: RoundState): SlotEntry | undefined {
  if (state.status !== 'running' && state.status !== 'paused') return undefined;
  return state.entries[state.index];
}

/** Absolute ms at which the current turn's allowance runs out, if the clock is running. */
export function turnEndsAt(state: RoundState): number | null {
  const entry = currentEntry(state);
  if (state.status !== 'running' || state.runningSince === null || entry?.allowedMs == null) {
    return null;
  }
  return state.runningSince + entry.allowedMs - entry.spentMs;
}

/** Move the running clock's time so far onto the current slot. */
export function closeStretch(draft: RoundState, now: number): void {
  const entry = currentEntry(draft);
  if (draft.status !== 'running' || draft.runningSince === null || !entry) return;
  entry.spentMs += now - draft.runningSince;
  draft.runningSince = now;
}

export function finish(draft: RoundState, now: number): void {
  if (draft.status === 'paused' && draft.pausedAt !== null) draft.pausedMs += now - draft.pausedAt;
  draft.status = 'ended';
  draft.endedAt = now;
  draft.runningSince = null;
  draft.pausedAt = null;
  draft.index = Math.min(draft.index, draft.entries.length);
}

/** Make the slot at `position` current (or end the round past the last slot). */
export function enterSlot(draft: RoundState, position: number, now: number): void {
  draft.index = position;
  const entry = draft.entries[position];
  if (!entry) {
    finish(draft, now);
    return;
  }
  entry.status = 'current';
  if (entry.shareMs === null) {
    entry.shareMs = shareFor(draft.entries, position, draft.budget);
    // After a pass to the end, time already spoken counts against the fresh share. A meeting's
    // phase may have been given time before it began (addPhaseTime).
    const added = entry.slot.kind === 'phase' ? entry.addedMs : 0;
    entry.allowedMs = Math.max(entry.shareMs + added, entry.spentMs);
  }
  if (draft.status === 'running') draft.runningSince = now;
}

export function goNext(draft: RoundState, now: number): void {
  const entry = currentEntry(draft);
  if (!entry) return;
  closeStretch(draft, now);
  entry.status = 'done';
  enterSlot(draft, draft.index + 1, now);
}

/** With auto-advance on, move past every turn that ended before `now`, each at its own end. */
export function settleSteps(state: RoundState, now: number): RoundState {
  if (!state.autoAdvance) return state;
  let endsAt = turnEndsAt(state);
  if (endsAt === null || endsAt >= now) return state;
  const draft = structuredClone(state);
  while (endsAt !== null && endsAt < now) {
    goNext(draft, endsAt);
    endsAt = turnEndsAt(draft);
  }
  return draft;
}

export function pass(draft: RoundState, now: number): boolean {
  const entry = currentEntry(draft);
  if (entry?.slot.kind !== 'turn') return false;
  closeStretch(draft, now);
  const isLast = draft.index === draft.entries.length - 1;
  if (isLast || entry.passes >= 1) {
    entry.status = 'passed';
    enterSlot(draft, draft.index + 1, now);
    return true;
  }
  entry.passes += 1;
  entry.bankedOvertimeMs += Math.max(0, entry.spentMs - (entry.allowedMs ?? 0));
  entry.shareMs = null;
  entry.allowedMs = null;
  entry.status = 'upcoming';
  draft.entries.splice(draft.index, 1);
  draft.entries.push(entry);
  enterSlot(draft, draft.index, now);
  return true;
}

export function addTime(draft: RoundState, ms: number, now: number): boolean {
  const entry = currentEntry(draft);
  if (!entry || !Number.isFinite(ms) || ms <= 0) return false;
  closeStretch(draft, now);
  const allowed = entry.allowedMs ?? 0;
  // In overtime, +time counts from now ("30 more seconds"); the overtime so far stays in the log.
  entry.bankedOvertimeMs += Math.max(0, entry.spentMs - allowed);
  entry.allowedMs = Math.max(allowed, entry.spentMs) + ms;
  entry.addedMs += ms;
  return true;
}

export function end(draft: RoundState, now: number): boolean {
  const entry = currentEntry(draft);
  if (!entry) return false;
  closeStretch(draft, now);
  if (entry.spentMs > 0) {
    entry.status = 'done';
    draft.index += 1;
  } else {
    entry.status = 'upcoming';
  }
  finish(draft, now);
  return true;
}

export function back(draft: RoundState, now: number): boolean {
  if (draft.index === 0 || draft.startedAt === null) return false;
  if (draft.status === 'ended' && draft.endedAt !== null) {
    // Reopening a round ended by mistake: the gap counts as paused time.
    draft.pausedMs += now - draft.endedAt;
    draft.endedAt = null;
    draft.status = 'running';
    enterSlot(draft, draft.index - 1, now);
    return true;
  }
  const entry = currentEntry(draft);
  if (!entry) return false;
  closeStretch(draft, now);
  entry.status = 'upcoming';
  enterSlot(draft, draft.index - 1, now);
  return true;
}

/** One event on a plain round (or on a meeting's agenda, its phases as blocks). */
export function applyStep(draft: RoundState, event: RoundEvent, now: number): boolean {
  switch (event.type) {
    case 'start':
      if (draft.status !== 'ready' || draft.entries.length === 0) return false;
      draft.status = 'running';
      draft.startedAt = now;
      enterSlot(draft, 0, now);
      return true;
    case 'pause':
      if (draft.status !== 'running') return false;
      closeStretch(draft, now);
      draft.status = 'paused';
      draft.runningSince = null;
      draft.pausedAt = now;
      return true;
    case 'resume':
      if (draft.status !== 'paused' || draft.pausedAt === null) return false;
      draft.pausedMs += now - draft.pausedAt;
      draft.pausedAt = null;
      draft.status = 'running';
      draft.runningSince = now;
      return true;
    case 'next':
      if (!currentEntry(draft)) return false;
      goNext(draft, now);
      return true;
    case 'back':
      return back(draft, now);
    case 'pass':
      return pass(draft, now);
    case 'addTime':
      return addTime(draft, event.ms, now);
    case 'reorder':
      return draft.status !== 'ended' && reorder(draft, event.order);
    case 'join':
      return join(draft, event.person.personId, event.person.name);
    case 'leave':
      return leave(draft, event.personId);
    case 'end':
      return end(draft, now);
    case 'tick':
    case 'skipPhase':
    case 'movePhase':
    case 'addPhaseTime':
    case 'addPhase':
      // A meeting's own events (meeting.ts); a plain round has no phases to change.
      return false;
  }
}
