// Seeding for the benchmark (scripts/bench.mjs): many sessions of one crew, written in batches
// of one transaction each, so the benchmark can show that saving one more session costs the same
// with 10 or 10,000 stored.
import type { Crew, Id, Session } from '../../lib/core/model';
import { SCHEMA_VERSION } from '../../lib/core/model';
import type { CrewkitStore } from '../../lib/store/store';

export const SEED_BATCH_SIZE = 500;
const SEED_TIME = Date.UTC(2026, 11, 1, 18);
const WEEK_MS = 7 * 24 * 60 * 60 * 1000;

/** A small crew for seeding, made when `crewId` does not exist yet. */
export function benchCrew(crewId: Id): Crew {
  const joinedAt = new Date(SEED_TIME).toISOString();
  const members = ['Ada', 'Bashir', 'Chiara', 'Dmitri'].map((name, i) => ({
    id: `${crewId}-m${i + 1}`,
    name,
    joinedAt,
  }));
  return {
    v: SCHEMA_VERSION,
    id: crewId,
    name: 'Benchmark crew',
    members,
    callerId: members[0]?.id ?? '',
    rhythm: { kind: 'weekly', durationMinutes: 60 },
    roles: [],
    agreements: [],
    deckIds: [],
    createdAt: joinedAt,
  };
}

/** The n-th seeded session (1-based), one week apart, ids `<crewId>-s<n>`. */
export function benchSession(crewId: Id, n: number): Session {
  return {
    v: SCHEMA_VERSION,
    id: `${crewId}-s${n}`,
    crewId,
    index: n,
    startsAt: new Date(SEED_TIME + (n - 1) * WEEK_MS).toISOString(),
    status: 'held',
    hostId: `${crewId}-m${((n - 1) % 4) + 1}`,
    awayIds: [],
  };
}

/**
 * Writes sessions 1..count of `crewId` (creating the crew if needed) in batches of
 * `batchSize`, each batch one transaction. Returns the number of sessions written.
 */
export async function seedSessions(
  store: CrewkitStore,
  crewId: Id,
  count: number,
  batchSize: number = SEED_BATCH_SIZE,
): Promise<number> {
  if ((await store.getCrew(crewId)) === undefined) await store.putCrew(benchCrew(crewId));
  for (let start = 1; start <= count; start += batchSize) {
    const end = Math.min(count, start + batchSize - 1);
    const batch: Session[] = [];
    for (let n = start; n <= end; n++) batch.push(benchSession(crewId, n));
    await store.putSessions(batch);
  }
  return Math.max(0, count);
}
