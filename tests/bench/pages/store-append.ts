// Runs in Chromium (real IndexedDB) on a plain fixture page: the exact store code the extension
// ships, bundled by tests/bench/bundle.ts. Exposes one function to the benchmark.

import { openStore } from '../../../lib/store/store';
import { benchSession, seedSessions } from '../../support/bench';

/** Save one more session `runs` times into a database that already holds `stored` sessions. */
async function timeAppends(stored: number, runs: number): Promise<number[]> {
  const store = await openStore(`bench-append-${stored}-${Date.now()}`);
  await seedSessions(store, 'crew-bench', stored);
  const times: number[] = [];
  for (let i = 1; i <= runs; i++) {
    const session = benchSession('crew-bench', stored + i);
    const start = performance.now();
    await store.putSession(session);
    times.push(performance.now() - start);
  }
  return times;
}

(globalThis as unknown as { timeAppends: typeof timeAppends }).timeAppends = timeAppends;
