// The one round engine: a pure reducer `(state, event, now) -> state` (DESIGN.md). Events that do
// not fit the round's state (a stale click, a duplicate join) return the state unchanged rather
// than throwing, so a panel that lags behind the stored round can never break it. A round of
// turns runs on steps.ts alone; an agenda runs as a meeting (meeting.ts) on the same steps.
import { applyMeetingStep, settleMeeting } from './meeting.ts';
import { applyStep, clampNow, settleSteps } from './steps.ts';
import type { RoundEvent, RoundState } from './types.ts';

export { clampNow, currentEntry, turnEndsAt } from './steps.ts';

const isAgenda = (state: RoundState) => state.budget.kind === 'phases';

/** With auto-advance on, move past every turn that ended before `now`, each at its own end. */
export function settle(state: RoundState, now: number): RoundState {
  return isAgenda(state) ? settleMeeting(state, now) : settleSteps(state, now);
}

export function applyRoundEvent(state: RoundState, event: RoundEvent, now: number): RoundState {
  const at = clampNow(state, now);
  const settled = settle(state, at);
  const draft = structuredClone(settled);
  const applied = isAgenda(draft)
    ? applyMeetingStep(draft, event, at)
    : applyStep(draft, event, at);
  return applied ? draft : settled;
}
