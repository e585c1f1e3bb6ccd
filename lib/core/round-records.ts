// Between the stored RoundRecord (state: unknown) and the engine's validated RoundState.
import type { Id, IsoTime, RoundKind, RoundRecord } from './model';
import { SCHEMA_VERSION } from './model';
import { parseRoundState, type RoundState } from './round';

/** A stored round whose state passed the engine's validation. */
export interface ActiveRound {
  record: RoundRecord;
  state: RoundState;
}

export interface NewRoundRecord {
  state: RoundState;
  kind: RoundKind;
  createdAt: IsoTime;
  crewId?: Id | undefined;
  sessionId?: Id | undefined;
  meetCode?: string | undefined;
}

export function newRoundRecord({
  state,
  kind,
  createdAt,
  crewId,
  sessionId,
  meetCode,
}: NewRoundRecord): RoundRecord {
  return {
    v: SCHEMA_VERSION,
    id: state.id,
    kind,
    createdAt,
    state,
    ...(crewId === undefined ? {} : { crewId }),
    ...(sessionId === undefined ? {} : { sessionId }),
    ...(meetCode === undefined ? {} : { meetCode }),
  };
}

export function withState(record: RoundRecord, state: RoundState): RoundRecord {
  return { ...record, state };
}

/** The record with its state validated; null for a corrupted or foreign record. */
export function activeRoundOf(record: RoundRecord | undefined): ActiveRound | null {
  if (!record) return null;
  const state = parseRoundState(record.state);
  return state ? { record, state } : null;
}

/**
 * The round to resume when a panel opens: the newest one not ended (ready, running or paused).
 * Ended and unreadable rounds stay in the store for the log but are never resumed.
 */
export function latestUnfinishedRound(records: readonly RoundRecord[]): ActiveRound | null {
  const newestFirst = [...records].sort((a, b) => (a.createdAt < b.createdAt ? 1 : -1));
  for (const record of newestFirst) {
    const active = activeRoundOf(record);
    if (active && active.state.status !== 'ended') return active;
  }
  return null;
}
