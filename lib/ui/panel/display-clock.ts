// When what the running round shows next changes, so the countdown can sleep until then instead
// of checking every animation frame (issue 8, "The countdown costs more than the page it sits
// on": a profile showed a 60-per-second frame loop keeping the renderer's whole frame pipeline
// busy for a text that changes once a second). Pure: derived from the stored round and `at`.
import {
  meetingPlace,
  type RoundState,
  type RoundView,
  roundView,
  settle,
  slotKey,
  stageRound,
} from '../../core/round';
import { formatRemaining } from './format';

/**
 * The view of a round at a moment, derived once: a shown second asks for the same view several
 * times (the countdown's shape, its paint, its next wake, the panel's key), and on a call page each
 * derivation is paid in the page's main thread (issue 8). Keyed by the stored round, so a new
 * round state never meets an old view.
 */
const views = new WeakMap<RoundState, { at: number; view: RoundView }>();

export function viewAt(round: RoundState, at: number): RoundView {
  const known = views.get(round);
  if (known?.at === at) return known.view;
  const view = roundView(round, at);
  views.set(round, { at, view });
  return view;
}

const stages = new WeakMap<RoundState, { at: number; stage: RoundState }>();

/** Everything the screen shows of a round, as one string: a change means a re-render is due. */
export function displayKey(round: RoundState | null, at: number): string {
  if (!round) return '';
  const view = viewAt(round, at);
  const current = view.current ? slotKey(view.current) : '';
  return `${view.status}|${current}|${formatRemaining(view.remainingMs)}|${view.turnEnded}|${Math.floor(view.overtimeMs / 1000)}|${view.warningDue}`;
}

/**
 * What the panel around the countdown shows of a running round: everything but the seconds, so
 * only the countdown re-renders each second (issue 8: a CDP trace showed the whole panel
 * rendered once a second, ~2 ms each, plus the frame its effects asked for).
 */
export function stageKey(round: RoundState | null, at: number): string {
  if (!round) return '';
  const view = viewAt(round, at);
  const current = view.current ? slotKey(view.current) : '';
  return `${view.status}|${current}|${view.turnEnded}|${view.overtimeMs > 0}|${view.warningDue}`;
}

/** The turn round on the floor at `at`: in a meeting, the current phase's round of turns. */
export function stageAt(round: RoundState | null, at: number): RoundState | null {
  if (!round) return null;
  const known = stages.get(round);
  if (known?.at === at) return known.stage;
  const stage = stageRound(settle(round, at));
  stages.set(round, { at, stage });
  return stage;
}

/**
 * Everything the panel shows by the clock besides the countdown's seconds: the stage's speaker
 * and turn state, the meeting's phase and its "… min left in the meeting" line (MeetingBar shows
 * whole minutes). Anything new the panel shows that changes with time belongs here, or it would
 * stand still between events.
 */
export function panelKey(round: RoundState | null, at: number): string {
  if (!round) return '';
  const stage = stageAt(round, at);
  const place = meetingPlace(round, at);
  const meeting = place
    ? `${slotKey(place.phase)}|${Math.ceil(place.leftMs / 60_000)}|${place.speaker?.at}/${place.speaker?.of}`
    : '';
  return `${stageKey(stage, at)}#${stage === round ? '' : stageKey(round, at)}#${meeting}`;
}

/**
 * The first moment after `at` at which `displayKey` (and so `stageKey`) can differ, or null when nothing changes by
 * the clock alone (not started, paused, ended: only an event changes those, and an event
 * re-renders anyway). Remaining time shows rounded up ("0:01" while 0.4 s are left), overtime
 * rounded down, so the next change is where the shown second rolls over, or where the soft
 * warning starts if that comes first.
 */
export function nextDisplayChangeAt(round: RoundState | null, at: number): number | null {
  if (round?.status !== 'running') return null;
  const view = viewAt(round, at);
  if (view.status !== 'running') return null;
  const remaining = view.remainingMs;
  let delay: number;
  if (remaining > 0) {
    // "1:23" stands for more than 82 s and at most 83 s: it changes once 82 s are left.
    delay = remaining - (Math.ceil(remaining / 1000) - 1) * 1000;
    const warnMs = round.warnBeforeEndMs;
    if (warnMs > 0 && !view.warningDue && remaining > warnMs) {
      delay = Math.min(delay, remaining - warnMs);
    }
  } else {
    // At the very end the overtime text appears a millisecond later; then once a second.
    delay = view.overtimeMs === 0 ? 1 : 1000 - (view.overtimeMs % 1000);
  }
  return at + delay;
}

/**
 * The first moment after `at` at which `panelKey` can differ by the clock alone, so the panel's
 * own tick wakes then and not at every second the countdown shows (issue 8: on a call page each
 * wake is a timer task of the page's main thread). For a round of turns that is the turn's end
 * or its soft warning; a meeting (phases, their minutes, the turns within) keeps waking with its
 * stage's seconds. Null: only an event changes the panel.
 */
export function nextPanelChangeAt(round: RoundState | null, at: number): number | null {
  if (round?.budget.kind === 'phases') return nextDisplayChangeAt(stageAt(round, at), at);
  if (round?.status !== 'running') return null;
  const view = viewAt(round, at);
  if (view.status !== 'running') return null;
  const remaining = view.remainingMs;
  // In overtime the panel stays as it is ("time's up") until an event; at the very end the
  // overtime starts a millisecond later.
  if (remaining <= 0) return view.overtimeMs === 0 ? at + 1 : null;
  const warnMs = round.warnBeforeEndMs;
  if (warnMs > 0 && !view.warningDue && remaining > warnMs) return at + remaining - warnMs;
  return at + remaining;
}
