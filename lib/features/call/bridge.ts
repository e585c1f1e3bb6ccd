// The call script (always loaded on a call page, kept small) and the panel script (added to the
// tab only when the panel opens) run in the same isolated world; the call script leaves them a
// bridge on the global object with the live call facts and the background connection.
import type { CallPanelState, NextHostQuestion } from '../../messaging/protocol';
import type { CallFacts } from '../../sites/adapter';
import type { Observable } from '../feature';
import type { CallBackend } from './backend';

export type PanelMode = 'closed' | 'open';

export interface CallBridge {
  facts: Observable<CallFacts>;
  state: Observable<CallPanelState | null>;
  mode: Observable<PanelMode>;
  nextHost: Observable<NextHostQuestion | null>;
  backend: CallBackend;
  fillChat?: ((text: string) => boolean) | undefined;
  /** Set when the user opens the panel from the launcher; the panel takes it (and the focus). */
  focusOnOpen?: boolean;
  /** Aborted when the call script is invalidated (extension updated or reloaded). */
  signal: AbortSignal;
  /**
   * Calls back after each batch of page changes the call's one watch reads, within the task
   * it runs anyway: the talk-time sampler looks then instead of with timers of its own (issue 8).
   */
  pageChanged?: (callback: () => void, signal: AbortSignal) => void;
}

const KEY = Symbol.for('crewkit.callBridge');

export function publishBridge(bridge: CallBridge): void {
  (globalThis as Record<symbol, unknown>)[KEY] = bridge;
}

export function takeBridge(): CallBridge | undefined {
  return (globalThis as Record<symbol, unknown>)[KEY] as CallBridge | undefined;
}
