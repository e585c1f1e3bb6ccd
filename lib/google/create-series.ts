// Creating the series in the caller's calendar: one insert. Retrying is safe: the event id comes
// from the series id, so an insert whose answer was lost meets 409 the second time, and the
// event it made is read back instead of a second one being created (never written twice).
import type { CalendarClient, GoogleEvent } from './client';
import { CalendarApiError } from './errors';
import { type SeriesInvitation, seriesEvent } from './series-event';

export interface CreatedSeries {
  eventId: string;
  /** The Meet link Google made (or the standing link the event carries). */
  meetLink?: string;
  meetCode?: string;
  event: GoogleEvent;
}

function created(event: GoogleEvent, plan: SeriesInvitation): CreatedSeries {
  const code =
    typeof event.conferenceData?.conferenceId === 'string'
      ? event.conferenceData.conferenceId
      : undefined;
  const link = typeof event.hangoutLink === 'string' ? event.hangoutLink : plan.standingLink;
  return {
    eventId: String(event.id),
    event,
    ...(link ? { meetLink: link } : {}),
    ...(code && /^[a-z]{3}-[a-z]{4}-[a-z]{3}$/.test(code) ? { meetCode: code } : {}),
  };
}

export async function createSeries(
  client: CalendarClient,
  calendarId: string,
  plan: SeriesInvitation,
): Promise<CreatedSeries> {
  const body = seriesEvent(plan);
  try {
    const event = await client.insertEvent(calendarId, body, {
      conferenceDataVersion: 1,
      sendUpdates: 'all',
    });
    return created(event, plan);
  } catch (error) {
    if (!(error instanceof CalendarApiError) || error.kind !== 'duplicate') throw error;
    return created(await client.getEvent(calendarId, String(body.id)), plan);
  }
}
