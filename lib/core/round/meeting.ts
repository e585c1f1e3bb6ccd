// A whole meeting on the round engine (issue 10, "A whole meeting, not only a round"). An agenda
// round has one slot per phase; once it knows the people present (RoundState.people), each of its
// check-in, check-out and round phases runs turn by turn among them: the phase holds a turn round
// of its own (SlotEntry.turns) that shares the phase's minutes evenly (a `total` budget), with
// everything a round does (order, pass, pause, +time, chime, late arrivals). Other phases stay
// one block of time for the whole crew. The phase's own clock runs beside its turns, so the time
// left in the meeting is always the phases' allowances minus the time they ran.
// The host can skip a phase, move one not yet run, or give one more time.
import { createTurnRound, newEntry } from './create.ts';
import { reorder } from './roster.ts';
import * as step from './steps.ts';
import { type PhaseSlot, type RoundEvent, type RoundState, type Slot, slotKey } from './types.ts';

const TURN_PHASE_KINDS: ReadonlySet<PhaseSlot['phaseKind']> = new Set([
  'check-in',
  'check-out',
  'round',
]);

/** A phase that is a round: it runs turn by turn when the meeting knows who is present. */
export function isTurnPhase(slot: Slot): slot is PhaseSlot {
  return slot.kind === 'phase' && TURN_PHASE_KINDS.has(slot.phaseKind);
}

function isLive(round: RoundState | undefined): boolean {
  return round?.status === 'running' || round?.status === 'paused';
}

/** The turn round running inside the meeting's current phase, if there is one. */
export function activeTurns(state: RoundState): RoundState | undefined {
  const turns = step.currentEntry(state)?.turns;
  return turns && isLive(turns) ? turns : undefined;
}

/** What the panel runs its countdown, controls and order on: the turns, else the agenda. */
export function stageRound(state: RoundState): RoundState {
  return activeTurns(state) ?? state;
}

/** Open the current phase's turn round (or reopen it, after a step back) when it is a round. */
function syncTurns(draft: RoundState, now: number): void {
  const entry = step.currentEntry(draft);
  if (!entry || !isTurnPhase(entry.slot) || !draft.people?.length || isLive(entry.turns)) return;
  let turns: RoundState | undefined = entry.turns;
  if (turns && !step.back(turns, now)) turns = undefined;
  if (!turns) {
    turns = createTurnRound({
      id: `${draft.id}~${entry.slot.phaseId}`,
      people: draft.people,
      budget: { kind: 'total', ms: entry.allowedMs ?? 0 },
      autoAdvance: draft.autoAdvance,
      warnBeforeEndMs: draft.warnBeforeEndMs,
    });
    if (!step.applyStep(turns, { type: 'start' }, now)) return;
  }
  if (draft.status === 'paused') step.applyStep(turns, { type: 'pause' }, now);
  entry.turns = turns;
}

/** The current phase is over (its turns too): on to the next one. */
function moveOn(draft: RoundState, now: number): boolean {
  const turns = activeTurns(draft);
  if (turns) step.end(turns, now);
  step.goNext(draft, now);
  syncTurns(draft, now);
  return true;
}

function goBack(draft: RoundState, now: number): boolean {
  const turns = activeTurns(draft);
  if (turns && turns.index > 0) return step.back(turns, now);
  if (draft.index === 0 || draft.startedAt === null) return false;
  const entry = step.currentEntry(draft);
  // Nobody finished a turn yet: the phase starts afresh when it comes round again.
  if (entry && turns) delete entry.turns;
  if (!step.back(draft, now)) return false;
  syncTurns(draft, now);
  return true;
}

function phaseAt(draft: RoundState, phaseId: string) {
  const at = draft.entries.findIndex((entry) => slotKey(entry.slot) === phaseId);
  const entry = draft.entries[at];
  return entry?.slot.kind === 'phase' ? { at, entry } : null;
}

function skipPhase(draft: RoundState, phaseId: string, now: number): boolean {
  const found = phaseAt(draft, phaseId);
  if (!found || (draft.status !== 'running' && draft.status !== 'paused')) return false;
  const { at, entry } = found;
  if (at === draft.index) {
    const turns = activeTurns(draft);
    if (turns) step.end(turns, now);
    step.closeStretch(draft, now);
    // Cut short on purpose: shown as skipped, the time it did run kept for the log.
    entry.status = 'skipped';
    step.enterSlot(draft, at + 1, now);
    syncTurns(draft, now);
    return true;
  }
  if (at < draft.index || entry.status !== 'upcoming') return false;
  // Finished slots come first (types.ts, RoundState.entries): the skipped one joins them.
  draft.entries.splice(at, 1);
  entry.status = 'skipped';
  draft.entries.splice(draft.index, 0, entry);
  draft.index += 1;
  return true;
}

function movePhase(draft: RoundState, phaseId: string, delta: -1 | 1): boolean {
  if (draft.status === 'ended') return false;
  const from = draft.status === 'ready' ? draft.index : draft.index + 1;
  const order = draft.entries.slice(from).map((entry) => slotKey(entry.slot));
  const at = order.indexOf(phaseId);
  const to = at + delta;
  if (at < 0 || to < 0 || to >= order.length) return false;
  order.splice(at, 1);
  order.splice(to, 0, phaseId);
  return reorder(draft, order);
}

function addPhaseTime(draft: RoundState, phaseId: string, ms: number, now: number): boolean {
  const found = phaseAt(draft, phaseId);
  if (!found || !Number.isFinite(ms) || ms <= 0 || draft.status === 'ended') return false;
  const { at, entry } = found;
  if (at === draft.index && draft.status !== 'ready') {
    const turns = activeTurns(draft);
    // Shares already fixed stay; those still to speak share the added minutes.
    if (turns?.budget.kind === 'total') turns.budget = { kind: 'total', ms: turns.budget.ms + ms };
    return step.addTime(draft, ms, now);
  }
  if (entry.status !== 'upcoming') return false;
  entry.addedMs += ms;
  return true;
}

function addPhase(draft: RoundState, phase: Omit<PhaseSlot, 'kind'>): boolean {
  const fits = Number.isFinite(phase.minutes) && phase.minutes > 0 && phase.phaseId !== '';
  if (draft.status === 'ended' || !fits || phaseAt(draft, phase.phaseId)) return false;
  draft.entries.push(newEntry({ kind: 'phase', ...phase }));
  return true;
}

function join(draft: RoundState, event: Extract<RoundEvent, { type: 'join' }>, now: number) {
  const { personId, name } = event.person;
  if (draft.status === 'ended' || !draft.people || personId === '') return false;
  let changed = false;
  if (!draft.people.some((person) => person.personId === personId)) {
    draft.people.push({ personId, name });
    changed = true;
  }
  const turns = activeTurns(draft);
  return (turns !== undefined && step.applyStep(turns, event, now)) || changed;
}

function leave(draft: RoundState, event: Extract<RoundEvent, { type: 'leave' }>, now: number) {
  if (draft.status === 'ended' || !draft.people) return false;
  const before = draft.people.length;
  draft.people = draft.people.filter((person) => person.personId !== event.personId);
  const turns = activeTurns(draft);
  const inTurns = turns !== undefined && step.applyStep(turns, event, now);
  return inTurns || draft.people.length !== before;
}

/** One event on an agenda round: on its turns when the current phase has them, else its phases. */
export function applyMeetingStep(draft: RoundState, event: RoundEvent, now: number): boolean {
  const turns = activeTurns(draft);
  switch (event.type) {
    case 'start': {
      const started = step.applyStep(draft, event, now);
      if (started) syncTurns(draft, now);
      return started;
    }
    case 'pause':
    case 'resume': {
      const changed = step.applyStep(draft, event, now);
      if (changed && turns) step.applyStep(turns, event, now);
      return changed;
    }
    case 'next':
      if (!step.currentEntry(draft)) return false;
      if (turns && step.applyStep(turns, event, now) && isLive(turns)) return true;
      return moveOn(draft, now);
    case 'back':
      return goBack(draft, now);
    case 'pass':
      return turns !== undefined && step.applyStep(turns, event, now);
    case 'reorder':
      return step.applyStep(turns ?? draft, event, now);
    case 'addTime':
      // A speaker's extra time comes on top of the phase, so the meeting's time left stays true.
      if (turns && !step.addTime(turns, event.ms, now)) return false;
      return step.addTime(draft, event.ms, now);
    case 'join':
      return join(draft, event, now);
    case 'leave':
      return leave(draft, event, now);
    case 'end':
      if (turns) step.end(turns, now);
      return step.end(draft, now);
    case 'tick':
      return false;
    case 'skipPhase':
      return skipPhase(draft, event.phaseId, now);
    case 'movePhase':
      return movePhase(draft, event.phaseId, event.delta);
    case 'addPhaseTime':
      return addPhaseTime(draft, event.phaseId, event.ms, now);
    case 'addPhase':
      return addPhase(draft, event.phase);
  }
}

/** With auto-advance on: turns move on at their ends, a phase of turns ends with its last turn. */
export function settleMeeting(state: RoundState, now: number): RoundState {
  if (!state.autoAdvance) return state;
  let draft: RoundState | null = null;
  for (;;) {
    const base: RoundState = draft ?? state;
    const turns = activeTurns(base);
    if (turns) {
      const settled = step.settleSteps(turns, now);
      if (settled === turns) break;
      draft ??= structuredClone(state);
      const entry = draft.entries[draft.index];
      if (entry) entry.turns = settled;
      if (settled.status !== 'ended') break;
      const at = settled.endedAt ?? now;
      step.goNext(draft, at);
      syncTurns(draft, at);
      continue;
    }
    const endsAt = step.turnEndsAt(base);
    if (endsAt === null || endsAt >= now) break;
    draft ??= structuredClone(state);
    step.goNext(draft, endsAt);
    syncTurns(draft, endsAt);
  }
  return draft ?? state;
}
