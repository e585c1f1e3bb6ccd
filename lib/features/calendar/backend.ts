// The Calendar page's link to the background: content scripts never open the store (it would be
// Google's IndexedDB). Badge lookups are batched: every chip handed over in one frame goes in one
// message, and answers are cached per event until the store changes.
import { browser } from 'wxt/browser';
import type { SessionBadge } from '../../core/calendar-session';
import { checkPayload } from '../../messaging/check';
import { messenger, sendMessage } from '../../messaging/messenger';
import type { CalendarDialogState, CalendarTagIndex } from '../../messaging/protocol';
import { StoreChangeSchema } from '../../messaging/schemas';
import { type ChipFilter, chipFilter } from './chip-filter';

/** An event as sent to the background (lib/messaging/calendar-schemas.ts CalendarChipSchema). */
export interface ChipRef {
  calendarId: string;
  eventId: string;
  recurringEventId?: string;
  originalStart?: string;
  start?: string;
}

export interface CalendarBackend {
  /**
   * Badges for these chips: cached ones at once, the rest in one message. `startOf` gives a
   * chip's start as the page shows it, asked only for chips whose answer depends on it (tagged
   * events, and those sent to the background), so a page of untagged chips reads no times.
   */
  badges(
    chips: readonly ChipRef[],
    startOf?: (eventId: string) => string | undefined,
  ): {
    known: Map<string, SessionBadge | null>;
    later: Promise<Map<string, SessionBadge | null>> | null;
  };
  /**
   * Whether a chip with this `data-eventid` can show a badge, told from the attribute itself
   * without decoding it: false only when the tag index is loaded and no tagged event or series
   * can be behind it. A week of 300 chips with 30 crew sessions decodes the 30.
   */
  mayBeTagged(rawId: string): boolean;
  dialog(event: ChipRef, meetCode?: string): Promise<CalendarDialogState>;
  tag(
    event: ChipRef,
    crewId: string,
    hostId?: string,
    meetCode?: string,
    beyond?: 'grow' | 'next',
  ): Promise<SessionBadge | null>;
  /** "Skip this session" (`skip`) or "Undo skip". */
  skip(eventId: string, skip: boolean): Promise<SessionBadge | null>;
  changeHost(eventId: string, hostId: string): Promise<SessionBadge | null>;
  removeTag(eventId: string, recurringEventId?: string): Promise<void>;
  /** Called after the stored crews or sessions changed (the cache is already cleared). */
  onChange(listener: () => void, signal: AbortSignal): void;
}

interface TagIndex {
  byEvent: Map<string, { badge: SessionBadge | null; start?: string }>;
  recurring: Set<string>;
  askUntagged: boolean;
  /** Which chip ids may be a tagged event's (./chip-filter.ts); null: every chip is read. */
  filter: ChipFilter | null;
}

/**
 * Which chips the index answers, and which need the background: an instance of a tagged
 * recurring event seen for the first time (it becomes a session), or a tagged event shown at
 * another start than its session's (it moved).
 */
function resolve(
  index: TagIndex,
  chips: readonly ChipRef[],
  startOf: (eventId: string) => string | undefined,
) {
  const known = new Map<string, SessionBadge | null>();
  const ask: ChipRef[] = [];
  const withStart = (chip: ChipRef): ChipRef => {
    const start = chip.start ?? startOf(chip.eventId);
    return start === undefined ? chip : { ...chip, start };
  };
  for (const chip of chips) {
    const entry = index.byEvent.get(chip.eventId);
    const start = entry?.start === undefined ? undefined : (chip.start ?? startOf(chip.eventId));
    if (entry && (!start || !entry.start || entry.start === start)) {
      known.set(chip.eventId, entry.badge);
    } else if (
      entry ||
      index.askUntagged ||
      (chip.recurringEventId && index.recurring.has(chip.recurringEventId))
    ) {
      ask.push(withStart(chip));
    } else {
      known.set(chip.eventId, null);
    }
  }
  return { known, ask };
}

export function messageCalendarBackend(signal: AbortSignal): CalendarBackend {
  const cache = new Map<string, SessionBadge | null>();
  const listeners = new Set<() => void>();
  // Every tagged event's badge, asked once (and after each change): a navigation to another week
  // draws its badges in the frame its chips appear, with no message (calendar-decorate-frames).
  let ready: TagIndex | null = null;
  let loading: Promise<TagIndex> | null = null;
  const loadIndex = () => {
    loading ??= sendMessage('cs:calendarTagIndex').then((index: CalendarTagIndex) => {
      const byEvent = new Map(index.tagged.map((t) => [t.eventId, t]));
      const askUntagged = index.askUntagged === true;
      ready = {
        byEvent,
        recurring: new Set(index.recurring),
        askUntagged,
        // Crewmates' tags are not in the index: while sync is on, every chip is read.
        filter: askUntagged ? null : chipFilter(byEvent.keys(), index.recurring),
      };
      return ready;
    });
    return loading;
  };
  loadIndex().catch(() => {
    loading = null;
  });
  const changed = () => {
    cache.clear();
    ready = null;
    loading = null;
    for (const listener of listeners) listener();
  };
  const stop = messenger.onMessage('bg:storeChanged', (message) => {
    checkPayload(
      'bg:storeChanged',
      StoreChangeSchema,
      message.data,
      message.sender,
      browser.runtime.id,
    );
    changed();
  });
  signal.addEventListener('abort', stop, { once: true });
  const remember = (badge: SessionBadge | null, eventId: string) => {
    cache.set(eventId, badge);
    return badge;
  };
  return {
    badges(chips, startOf = () => undefined) {
      const ask = (refs: ChipRef[]) =>
        sendMessage('cs:calendarBadges', { chips: refs }).then((answers) => {
          const found = new Map<string, SessionBadge | null>();
          for (const { eventId, badge } of answers) found.set(eventId, remember(badge, eventId));
          return found;
        });
      const settle = (index: TagIndex) => {
        const { known, ask: needed } = resolve(index, chips, startOf);
        for (const chip of needed) {
          const hit = cache.get(chip.eventId);
          if (hit !== undefined) known.set(chip.eventId, hit);
        }
        const rest = needed.filter((chip) => !known.has(chip.eventId));
        return { known, rest };
      };
      if (ready) {
        const { known, rest } = settle(ready);
        return { known, later: rest.length > 0 ? ask(rest) : null };
      }
      const later = loadIndex().then(async (index) => {
        const { known, rest } = settle(index);
        if (rest.length > 0) for (const [id, badge] of await ask(rest)) known.set(id, badge);
        return known;
      });
      return { known: new Map(), later };
    },
    mayBeTagged: (rawId) => ready?.filter?.mayMatch(rawId) ?? true,
    dialog: (event, meetCode) =>
      sendMessage('cs:calendarDialog', { event, ...(meetCode ? { meetCode } : {}) }),
    tag: async (event, crewId, hostId, meetCode, beyond) => {
      const badge = await sendMessage('cs:calendarTag', {
        event,
        crewId,
        ...(hostId ? { hostId } : {}),
        ...(meetCode ? { meetCode } : {}),
        ...(beyond ? { beyond } : {}),
      });
      changed();
      return badge;
    },
    skip: async (eventId, skip) => {
      const badge = await sendMessage('cs:calendarSkip', { eventId, skip });
      changed();
      return badge;
    },
    changeHost: async (eventId, hostId) => {
      const badge = await sendMessage('cs:calendarChangeHost', { eventId, hostId });
      changed();
      return badge;
    },
    removeTag: async (eventId, recurringEventId) => {
      await sendMessage('cs:calendarRemoveTag', {
        eventId,
        ...(recurringEventId ? { recurringEventId } : {}),
      });
      changed();
    },
    onChange(listener, until) {
      listeners.add(listener);
      until.addEventListener('abort', () => listeners.delete(listener), { once: true });
    },
  };
}

/** What the background needs of a chip or dialog event. */
export function chipRef(
  event: { calendarId: string; eventId: string; recurringEventId?: string; originalStart?: string },
  start: string | undefined,
): ChipRef {
  return {
    calendarId: event.calendarId,
    eventId: event.eventId,
    ...(event.recurringEventId ? { recurringEventId: event.recurringEventId } : {}),
    ...(event.originalStart ? { originalStart: event.originalStart } : {}),
    ...(start ? { start } : {}),
  };
}
