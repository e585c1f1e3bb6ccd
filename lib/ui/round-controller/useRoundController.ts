// The glue between a panel and the stored round: every click becomes an engine event, the new
// state is shown at once and saved right after (in order), and a change written elsewhere (a
// keyboard shortcut handled by the background, another panel) is read back in.
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { Id, RoundRecord } from '../../core/model';
import { applyRoundEvent, type RoundEvent } from '../../core/round';
import { type ActiveRound, activeRoundOf, withState } from '../../core/round-records';

/** Where rounds are kept: the store in an extension page, messages in a content script. */
export interface RoundPort {
  save(record: RoundRecord): Promise<void>;
  load(crewId: Id | undefined, roundId: Id): Promise<RoundRecord | undefined>;
}

export interface RoundControllerOptions {
  port: RoundPort;
  now: () => number;
  /** The round to resume, if any. */
  initial: ActiveRound | null;
  /** Calls back when stored rounds may have changed elsewhere, until the signal aborts. */
  subscribe?: (onChange: () => void, signal: AbortSignal) => void;
  /** A save failed: the round goes on on screen; the panel says it may not survive a reload. */
  onSaveError?: (error: unknown) => void;
}

export interface RoundController {
  active: ActiveRound | null;
  dispatch(event: RoundEvent): void;
  /** Show and save a freshly created round. */
  begin(record: RoundRecord): void;
  /** Leave the round on screen (it stays stored, e.g. an ended one for the log). */
  clear(): void;
  /** Keep something about the round beside its state (its prompt), saved in order with events. */
  annotate(patch: Pick<RoundRecord, 'prompt' | 'notes' | 'schedule'>): void;
}

export function useRoundController({
  port,
  now,
  initial,
  subscribe,
  onSaveError,
}: RoundControllerOptions): RoundController {
  const [active, setActive] = useState<ActiveRound | null>(initial);
  // The latest round, readable synchronously: two quick clicks must build on each other.
  const latest = useRef<ActiveRound | null>(initial);
  const saving = useRef({ chain: Promise.resolve(), pending: 0 });

  const show = useCallback((next: ActiveRound | null) => {
    latest.current = next;
    setActive(next);
  }, []);

  const save = useCallback(
    (record: RoundRecord) => {
      const queue = saving.current;
      queue.pending += 1;
      queue.chain = queue.chain
        .then(() => port.save(record))
        .catch((error: unknown) => onSaveError?.(error))
        .finally(() => {
          queue.pending -= 1;
        });
    },
    [port, onSaveError],
  );

  const dispatch = useCallback(
    (event: RoundEvent) => {
      const current = latest.current;
      if (!current) return;
      const state = applyRoundEvent(current.state, event, now());
      if (state === current.state) return;
      const record = withState(current.record, state);
      show({ record, state });
      save(record);
    },
    [now, save, show],
  );

  const begin = useCallback(
    (record: RoundRecord) => {
      const next = activeRoundOf(record);
      if (!next) return;
      show(next);
      save(record);
    },
    [save, show],
  );

  const clear = useCallback(() => show(null), [show]);

  const annotate = useCallback(
    (patch: Pick<RoundRecord, 'prompt' | 'notes' | 'schedule'>) => {
      const current = latest.current;
      if (!current) return;
      const record = { ...current.record, ...patch };
      show({ record, state: current.state });
      save(record);
    },
    [save, show],
  );

  useEffect(() => {
    if (!subscribe) return;
    const controller = new AbortController();
    subscribe(() => {
      const current = latest.current;
      // Our own saves echo back as changes; while any is in flight the screen is newer.
      if (!current || saving.current.pending > 0) return;
      port.load(current.record.crewId, current.record.id).then((record) => {
        const fresh = activeRoundOf(record);
        if (!fresh || saving.current.pending > 0 || latest.current !== current) return;
        if (JSON.stringify(fresh.state) !== JSON.stringify(current.state)) show(fresh);
      }, onSaveError);
    }, controller.signal);
    return () => controller.abort();
  }, [subscribe, port, show, onSaveError]);

  return { active, dispatch, begin, clear, annotate };
}
