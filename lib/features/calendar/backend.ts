// The Calendar page's link to the background: content scripts never open the store (it would be
// Google's IndexedDB). Badge lookups are batched: every chip handed over in one frame goes in one
// message, and answers are cached per event until the store changes.
import { browser } from 'wxt/browser';
import type { SessionBadge } from '../../core/calendar-session';
import { checkPayload } from '../../messaging/check';
import { messenger, sendMessage } from '../../messaging/messenger';
import type { CalendarDialogState } from '../../messaging/protocol';
import { StoreChangeSchema } from '../../messaging/schemas';

/** An event as sent to the background (lib/messaging/calendar-schemas.ts CalendarChipSchema). */
export interface ChipRef {
  calendarId: string;
  eventId: string;
  recurringEventId?: string;
  originalStart?: string;
  start?: string;
}

export interface CalendarBackend {
  /** Badges for these chips: cached ones at once, the rest in one message. */
  badges(chips: readonly ChipRef[]): {
    known: Map<string, SessionBadge | null>;
    later: Promise<Map<string, SessionBadge | null>> | null;
  };
  dialog(event: ChipRef, meetCode?: string): Promise<CalendarDialogState>;
  tag(
    event: ChipRef,
    crewId: string,
    hostId?: string,
    meetCode?: string,
  ): Promise<SessionBadge | null>;
  changeHost(eventId: string, hostId: string): Promise<SessionBadge | null>;
  removeTag(eventId: string, recurringEventId?: string): Promise<void>;
  /** Called after the stored crews or sessions changed (the cache is already cleared). */
  onChange(listener: () => void, signal: AbortSignal): void;
}

export function messageCalendarBackend(signal: AbortSignal): CalendarBackend {
  const cache = new Map<string, SessionBadge | null>();
  const listeners = new Set<() => void>();
  const changed = () => {
    cache.clear();
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
    badges(chips) {
      const known = new Map<string, SessionBadge | null>();
      const unknown: ChipRef[] = [];
      for (const chip of chips) {
        const hit = cache.get(chip.eventId);
        if (hit !== undefined) known.set(chip.eventId, hit);
        else unknown.push(chip);
      }
      if (unknown.length === 0) return { known, later: null };
      const later = sendMessage('cs:calendarBadges', { chips: unknown }).then((answers) => {
        const found = new Map<string, SessionBadge | null>();
        for (const { eventId, badge } of answers) found.set(eventId, remember(badge, eventId));
        return found;
      });
      return { known, later };
    },
    dialog: (event, meetCode) =>
      sendMessage('cs:calendarDialog', { event, ...(meetCode ? { meetCode } : {}) }),
    tag: async (event, crewId, hostId, meetCode) => {
      const badge = await sendMessage('cs:calendarTag', {
        event,
        crewId,
        ...(hostId ? { hostId } : {}),
        ...(meetCode ? { meetCode } : {}),
      });
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
