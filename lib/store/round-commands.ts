// Keyboard shortcuts (the `commands` API) for the round on the floor. Chrome delivers commands to
// the background, which may have just woken up with no state: the handler reads the newest
// unfinished round from the store, applies the event and saves it; every open panel sees the
// store change and shows the new state (issue 3, "Keyboard shortcuts").
import type { RoundRecord } from '../core/model';
import { applyRoundEvent, type RoundEvent, type RoundState } from '../core/round';
import { latestUnfinishedRound, withState } from '../core/round-records';
import type { CrewkitStore } from './store';

/** Command names as declared under `commands` in the manifest (wxt.config.ts). */
export const ROUND_COMMANDS = {
  next: 'round-next',
  pauseResume: 'round-pause-resume',
} as const;

export type RoundCommand = (typeof ROUND_COMMANDS)[keyof typeof ROUND_COMMANDS];

export interface RoundCommandDeps {
  store:
    | Pick<CrewkitStore, 'listRounds' | 'putRound'>
    | Promise<Pick<CrewkitStore, 'listRounds' | 'putRound'>>;
  now: () => number;
}

function eventFor(command: string, state: RoundState): RoundEvent | null {
  if (state.status !== 'running' && state.status !== 'paused') return null;
  if (command === ROUND_COMMANDS.next) return { type: 'next' };
  if (command === ROUND_COMMANDS.pauseResume) {
    return { type: state.status === 'running' ? 'pause' : 'resume' };
  }
  return null;
}

/**
 * Applies a shortcut to the newest running or paused round. Returns the saved record, or null
 * when the command is not ours or no round is on the floor (the key press then does nothing).
 */
export async function handleRoundCommand(
  command: string,
  deps: RoundCommandDeps,
): Promise<RoundRecord | null> {
  if (command !== ROUND_COMMANDS.next && command !== ROUND_COMMANDS.pauseResume) return null;
  const store = await deps.store;
  const active = latestUnfinishedRound(await store.listRounds());
  if (!active) return null;
  const event = eventFor(command, active.state);
  if (!event) return null;
  const state = applyRoundEvent(active.state, event, deps.now());
  if (state === active.state) return null;
  const record = withState(active.record, state);
  await store.putRound(record);
  return record;
}
