// What the background does for the Google Calendar sync: turning it on (sign in) and off (sign
// out), syncing on an alarm and on demand, draining the outbox on an alarm set for the earliest
// waiting write, and what the options page shows. Every browser API arrives in `deps`
// (./calendar-sync-browser.ts builds the real ones), so this is tested in Node with fakes.
import type { UseStore } from 'idb-keyval';
import { createCalendarClient } from '../google/client';
import { CalendarApiError } from '../google/errors';
import { drainOutbox, enqueueTag } from '../google/outbox';
import { syncCalendar } from '../google/sync';
import type { TagIntent } from '../google/write-tag';
import type { CalendarSyncStatus } from '../messaging/protocol';
import type { CrewkitStore } from '../store/store';
import {
  type AuthDeps,
  hasToken,
  SignInError,
  signIn,
  signOut,
  tokenSource,
} from './calendar-auth';
import { cancelRemovedInstances } from './calendar-cancelled';
import { descriptionLineText } from './calendar-description';
import { clearSynced, idbOutboxStorage, idbSyncStore } from './calendar-sync-store';

/** Crewkit syncs the signed-in user's primary calendar (the one their crew events live in). */
export const SYNCED_CALENDAR = 'primary';
export const SYNC_ALARM = 'crewkit-calendar-sync';
export const OUTBOX_ALARM = 'crewkit-calendar-outbox';
/** An incremental sync is one request; every 15 minutes keeps badges fresh at no real cost. */
export const SYNC_EVERY_MINUTES = 15;
const SETTINGS_KEY = 'calendarSync';

export type { CalendarSyncStatus };
export type SyncProblem = NonNullable<CalendarSyncStatus['problem']>;

interface SyncSettings {
  enabled: boolean;
  lastSyncAt?: number;
  problem?: SyncProblem;
  /** "Also write one line in the event description" (off by default). */
  descriptionLine?: boolean;
}

/** The settings that outlive turning sync off and on (the user's choices, not its state). */
const choices = (current: SyncSettings) =>
  current.descriptionLine ? { descriptionLine: true } : {};

export interface CalendarSyncDeps {
  store: Promise<CrewkitStore>;
  db: UseStore;
  auth: AuthDeps;
  local: {
    get(key: string): Promise<Record<string, unknown>>;
    set(items: Record<string, unknown>): Promise<void>;
  };
  alarms: {
    create(
      name: string,
      info: { when?: number; periodInMinutes?: number; delayInMinutes?: number },
    ): unknown;
    clear(name: string): unknown;
  };
  fetch: typeof fetch;
  now: () => number;
  random: () => number;
  /**
   * What the synced events say changed (a crewmate's shared tag arrived, changed or went): the
   * sync's database sends no change notice of its own, so the open calendar tabs are told here
   * and re-badge (./calendar-sync-browser.ts relays it through ./tab-relay.ts).
   */
  syncedChanged?: () => Promise<void>;
}

async function settings(deps: CalendarSyncDeps): Promise<SyncSettings> {
  const value = (await deps.local.get(SETTINGS_KEY))[SETTINGS_KEY] as SyncSettings | undefined;
  return value && typeof value.enabled === 'boolean' ? value : { enabled: false };
}

async function saveSettings(deps: CalendarSyncDeps, next: SyncSettings): Promise<void> {
  await deps.local.set({ [SETTINGS_KEY]: next });
}

export async function calendarSyncStatus(deps: CalendarSyncDeps): Promise<CalendarSyncStatus> {
  const current = await settings(deps);
  const entries = await idbOutboxStorage(deps.db).all();
  const blocked = entries.filter((e) => e.blocked).length;
  return {
    configured: Boolean(deps.auth.clientId) || deps.auth.chromeOauth,
    enabled: current.enabled,
    signedIn: await hasToken(deps.auth),
    ...(current.lastSyncAt === undefined ? {} : { lastSyncAt: current.lastSyncAt }),
    ...(current.problem ? { problem: current.problem } : {}),
    waiting: entries.length - blocked,
    blocked,
    descriptionLine: current.descriptionLine === true,
  };
}

/** The user's "Also write one line in the event description" switch. */
export async function setDescriptionLine(
  deps: CalendarSyncDeps,
  on: boolean,
): Promise<CalendarSyncStatus> {
  const { descriptionLine: _old, ...rest } = await settings(deps);
  await saveSettings(deps, on ? { ...rest, descriptionLine: true } : rest);
  return calendarSyncStatus(deps);
}

function clientFor(deps: CalendarSyncDeps) {
  return createCalendarClient({
    fetch: (input, init) => deps.fetch(input, init),
    token: tokenSource(deps.auth),
    random: deps.random,
    clock: { now: deps.now, sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)) },
  });
}

function problemOf(error: unknown): SyncProblem {
  if (error instanceof SignInError) return error.reason;
  if (!(error instanceof CalendarApiError)) return 'offline';
  if (error.kind === 'unauthorized') return 'signed-out';
  if (error.kind === 'quota' || error.kind === 'forbidden' || error.kind === 'offline')
    return error.kind;
  return 'busy';
}

/** The user turned sync on (the options page already holds the permissions): sign in, sync. */
export async function turnSyncOn(deps: CalendarSyncDeps): Promise<CalendarSyncStatus> {
  try {
    await signIn(deps.auth);
  } catch (error) {
    await saveSettings(deps, {
      ...(await settings(deps)),
      enabled: false,
      problem: problemOf(error),
    });
    return calendarSyncStatus(deps);
  }
  await saveSettings(deps, { enabled: true, ...choices(await settings(deps)) });
  await deps.alarms.create(SYNC_ALARM, { periodInMinutes: SYNC_EVERY_MINUTES });
  return runSync(deps);
}

/** Sign out: forget the token and what was synced, stop the alarms. Tags written stay. */
export async function turnSyncOff(deps: CalendarSyncDeps): Promise<CalendarSyncStatus> {
  await signOut(deps.auth).catch(() => {});
  await saveSettings(deps, { enabled: false, ...choices(await settings(deps)) });
  await deps.alarms.clear(SYNC_ALARM);
  await deps.alarms.clear(OUTBOX_ALARM);
  await clearSynced(deps.db);
  // Crewmates' tags were shown from what was synced: the open calendars drop those badges.
  await notifySynced(deps);
  return calendarSyncStatus(deps);
}

/** One sync: changes since the last token, then the outbox; an alarm for what still waits. */
export async function runSync(deps: CalendarSyncDeps): Promise<CalendarSyncStatus> {
  const current = await settings(deps);
  if (!current.enabled) return calendarSyncStatus(deps);
  const client = clientFor(deps);
  const syncStore = idbSyncStore(deps.db);
  let problem: SyncProblem | undefined;
  try {
    const result = await syncCalendar(client, syncStore, SYNCED_CALENDAR);
    // Any event that arrived, changed or went, not only tagged ones: a crewmate removing a tag
    // comes as an event without tag keys, indistinguishable here from any other edit. A sync
    // with no changes (the usual one) tells nobody; one with changes costs each calendar tab
    // one lookup of its chips.
    await cancelRemovedInstances(await deps.store, result.removedIds);
    if (result.upserts + result.removals > 0) await notifySynced(deps);
  } catch (error) {
    problem = problemOf(error);
  }
  if (!problem) problem = await drain(deps);
  await saveSettings(deps, {
    ...choices(current),
    enabled: true,
    lastSyncAt: problem ? current.lastSyncAt : deps.now(),
    ...(problem ? { problem } : {}),
  } as SyncSettings);
  return calendarSyncStatus(deps);
}

async function notifySynced(deps: CalendarSyncDeps): Promise<void> {
  // A tab that cannot be told keeps its badges until its next change; the sync still counts.
  await deps.syncedChanged?.().catch(() => {});
}

async function drain(deps: CalendarSyncDeps): Promise<SyncProblem | undefined> {
  const result = await drainOutbox({
    storage: idbOutboxStorage(deps.db),
    client: clientFor(deps),
    syncStore: idbSyncStore(deps.db),
    clock: { now: deps.now, sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)) },
    random: deps.random,
    line: { add: (await settings(deps)).descriptionLine === true, text: descriptionLineText },
  });
  if (result.nextAttemptAt !== undefined && result.stopped !== 'signed-out') {
    await deps.alarms.create(OUTBOX_ALARM, {
      when: Math.max(result.nextAttemptAt, deps.now() + 30_000),
    });
  }
  return result.stopped;
}

/** Alarms survive the worker being stopped: each wakes a fresh worker that runs this. */
export async function onCalendarAlarm(deps: CalendarSyncDeps, name: string): Promise<void> {
  if (name === SYNC_ALARM) await runSync(deps);
  if (name === OUTBOX_ALARM && (await settings(deps)).enabled) await drain(deps);
}

/**
 * A tag the user made or changed on this device: into the outbox at once (so it is never lost),
 * then written if sync is on. `desired` is encodeCalendarTag's output, `{}` to remove.
 */
export async function queueSharedTag(
  deps: CalendarSyncDeps,
  event: { eventId: string; desired: TagIntent['desired'] },
): Promise<void> {
  const known = await idbSyncStore(deps.db).event(SYNCED_CALENDAR, event.eventId);
  await enqueueTag(idbOutboxStorage(deps.db), {
    calendarId: SYNCED_CALENDAR,
    eventId: event.eventId,
    desired: event.desired,
    ...(known ? { base: known.tagKeys } : {}),
    at: deps.now(),
  });
  if ((await settings(deps)).enabled) await drain(deps);
}
