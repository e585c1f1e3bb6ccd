// Writes that have not reached Google yet: made offline, refused for a while (rate limits,
// 5xx), or cut off when the service worker stopped. Kept in storage until Google confirms them,
// drained on an alarm. One entry per event: a newer intent for the same event replaces the older
// one, keeping the older one's base (what the event had before any of our unsent changes), so a
// tag is never lost and never written twice. Storage is an interface (in memory for tests; the
// extension's store in lib/background/).
import type { TagKeys } from '../core/calendar-tag-merge';
import type { CalendarClient, Clock } from './client';
import { CalendarApiError, type CalendarErrorKind } from './errors';
import type { SyncStore } from './sync-store';
import { type DescriptionLine, type TagIntent, writeTag } from './write-tag';

export interface OutboxEntry {
  key: string;
  intent: TagIntent;
  attempts: number;
  /** Not tried again before this time (ms). */
  notBefore: number;
  lastError?: CalendarErrorKind | 'signed-out';
  /** What earlier attempts tried to write (an answer lost is not a crewmate's change). */
  attempted?: TagKeys[];
  /** Google refused for good (403 forbidden, 400): kept for the user to see, not retried. */
  blocked?: boolean;
}

export interface OutboxStorage {
  all(): Promise<OutboxEntry[]>;
  /** Atomic read-modify-write of one entry; returning undefined deletes it. */
  update(
    key: string,
    change: (entry: OutboxEntry | undefined) => OutboxEntry | undefined,
  ): Promise<void>;
}

export const outboxKey = (calendarId: string, eventId: string) => `${calendarId}\n${eventId}`;

export function createMemoryOutboxStorage(): OutboxStorage {
  const entries = new Map<string, OutboxEntry>();
  return {
    all: async () => [...entries.values()].map((e) => structuredClone(e)),
    async update(key, change) {
      const next = change(structuredClone(entries.get(key)));
      if (next) entries.set(key, structuredClone(next));
      else entries.delete(key);
    },
  };
}

export function enqueueTag(storage: OutboxStorage, intent: TagIntent): Promise<void> {
  const key = outboxKey(intent.calendarId, intent.eventId);
  return storage.update(key, (existing) => {
    const base = existing ? existing.intent.base : intent.base;
    const attempted = existing?.attempted;
    return {
      key,
      intent: { ...intent, ...(base ? { base } : {}) },
      attempts: 0,
      notBefore: 0,
      ...(attempted ? { attempted } : {}),
    };
  });
}

export interface DrainResult {
  written: number;
  unchanged: number;
  gone: number;
  /** Entries still waiting (to retry later or blocked). */
  waiting: number;
  /** Why draining stopped early, if it did. */
  stopped?: 'offline' | 'signed-out' | 'quota';
  /** The earliest time a waiting entry may be tried again (for the alarm). */
  nextAttemptAt?: number;
}

export interface DrainDeps {
  storage: OutboxStorage;
  client: CalendarClient;
  syncStore: SyncStore;
  clock: Clock;
  random?: () => number;
  /** The optional description line, with the user's setting. */
  line?: DescriptionLine;
}

const RETRY_BASE_MS = 60_000;
const MAX_ATTEMPTED = 8;
const RETRY_CAP_MS = 60 * 60_000;

export async function drainOutbox(deps: DrainDeps): Promise<DrainResult> {
  const { storage, client, syncStore, clock, random = Math.random } = deps;
  const result: DrainResult = { written: 0, unchanged: 0, gone: 0, waiting: 0 };
  const now = clock.now();
  let holdUntil = now;
  const due = (await storage.all())
    .filter((entry) => !entry.blocked && entry.notBefore <= now)
    .sort((a, b) => a.intent.at - b.intent.at);
  for (const entry of due) {
    try {
      const outcome = await writeTag(
        client,
        syncStore,
        entry.intent,
        {
          attempted: entry.attempted ?? [],
          onAttempt: (target) =>
            storage.update(entry.key, (current) =>
              current
                ? {
                    ...current,
                    attempted: [...(current.attempted ?? []), target].slice(-MAX_ATTEMPTED),
                  }
                : current,
            ),
        },
        deps.line,
      );
      result[outcome.outcome] += 1;
      const keys: TagKeys | undefined = outcome.outcome === 'gone' ? undefined : outcome.keys;
      await storage.update(entry.key, (current) => {
        // A newer intent arrived while this one was written: it now starts from what we wrote.
        if (!current || current.intent.at === entry.intent.at || !keys) return undefined;
        return { ...current, intent: { ...current.intent, base: keys } };
      });
    } catch (error) {
      const kind = error instanceof CalendarApiError ? error.kind : 'signed-out';
      const signedOut = kind === 'signed-out' || kind === 'unauthorized';
      const blocked = kind === 'forbidden' || kind === 'bad-request' || kind === 'duplicate';
      const delay = kind === 'quota' ? RETRY_CAP_MS : retryDelay(entry.attempts, random);
      await storage.update(entry.key, (current) => {
        if (!current || current.intent.at !== entry.intent.at) return current;
        return {
          ...current,
          attempts: current.attempts + 1,
          lastError: signedOut ? 'signed-out' : kind,
          notBefore: signedOut || blocked ? current.notBefore : now + delay,
          ...(blocked ? { blocked: true } : {}),
        };
      });
      if (signedOut) result.stopped = 'signed-out';
      else if (kind === 'quota') result.stopped = 'quota';
      else if (kind === 'offline') result.stopped = 'offline';
      // Offline or over quota: the entries behind this one would fail the same way.
      if (result.stopped) {
        holdUntil = now + delay;
        break;
      }
    }
  }
  const left = await storage.all();
  result.waiting = left.length;
  const next = left.filter((e) => !e.blocked).map((e) => e.notBefore);
  if (next.length) result.nextAttemptAt = Math.max(now, holdUntil, Math.min(...next));
  return result;
}

/** Outbox retries: a minute, doubling to an hour, with jitter (the client already backed off). */
function retryDelay(attempts: number, random: () => number): number {
  return Math.round(Math.min(RETRY_CAP_MS, RETRY_BASE_MS * 2 ** attempts) * (0.75 + random() / 2));
}
