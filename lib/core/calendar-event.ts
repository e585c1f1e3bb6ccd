// A calendar event as Crewkit's crew sessions see it: the one definition, for the Calendar page's
// chips and dialog (read in the background) and anything else that turns events into sessions.
// The Calendar API's own event resource is `GoogleEvent` in lib/google/client.ts.
import type { CalendarRef, IsoTime } from './model';

export interface CalendarEvent {
  calendarId: string;
  eventId: string;
  /** Set on an instance of a recurring event: the series' event id. */
  recurringEventId?: string;
  /** Start in the user's zone, as an ISO time. */
  start: IsoTime;
  meetCode?: string;
}

/** A recurring instance as the page shows it: also when its series scheduled it. */
export type SeenInstance = CalendarEvent & { originalStart?: IsoTime };

/** What a session keeps of its event. */
export function refOf(event: CalendarEvent): CalendarRef {
  return {
    calendarId: event.calendarId,
    eventId: event.eventId,
    ...(event.recurringEventId !== undefined ? { recurringEventId: event.recurringEventId } : {}),
    start: event.start,
  };
}
