// Instances of a recurring event, as the fake Calendar API shows them: ids
// `<seriesId>_<YYYYMMDDTHHMMSSZ>`, `recurringEventId`, `originalStartTime`, the series' fields
// (extendedProperties included), and a stored exception in place of the instance it changed
// (docs/calendar-page.md "Event chips", docs/calendar-api.md "Creating a crew's series", seen 2026-12).
// Only what Crewkit writes is understood: `RRULE:FREQ=WEEKLY;[INTERVAL=n;]COUNT=k`.
import type { calendar_v3 } from '@googleapis/calendar';

type Event = calendar_v3.Schema$Event;
const WEEK_MS = 7 * 24 * 3_600_000;

const suffixOf = (iso: string) =>
  `${new Date(iso).toISOString().slice(0, 19).replace(/[-:]/g, '')}Z`;

function weeklyRule(event: Event): { interval: number; count: number } | undefined {
  const rule = event.recurrence?.find((line) => line.startsWith('RRULE:'));
  if (!rule) return undefined;
  const parts = Object.fromEntries(
    rule
      .slice(6)
      .split(';')
      .map((part) => part.split('=') as [string, string]),
  );
  if (parts.FREQ !== 'WEEKLY' || !parts.COUNT) return undefined;
  return { interval: Number(parts.INTERVAL ?? 1), count: Math.min(Number(parts.COUNT), 200) };
}

/** The instances a series expands to (without exceptions applied). */
export function seriesInstances(series: Event): Event[] {
  const rule = weeklyRule(series);
  const start = series.start?.dateTime;
  const end = series.end?.dateTime;
  if (!rule || !start || !end || !series.id) return [];
  return Array.from({ length: rule.count }, (_, i) => {
    const shift = i * rule.interval * WEEK_MS;
    const instanceStart = new Date(Date.parse(start) + shift).toISOString();
    const { recurrence: _recurrence, ...fields } = structuredClone(series);
    return {
      ...fields,
      id: `${series.id}_${suffixOf(instanceStart)}`,
      recurringEventId: series.id,
      originalStartTime: { dateTime: instanceStart, timeZone: series.start?.timeZone },
      start: { dateTime: instanceStart, timeZone: series.start?.timeZone },
      end: {
        dateTime: new Date(Date.parse(end) + shift).toISOString(),
        timeZone: series.end?.timeZone,
      },
    };
  });
}

/** A not-yet-changed instance of a stored series, looked up by its id. */
export function instanceOf(
  events: Map<string, { event: Event }>,
  eventId: string,
): Event | undefined {
  const cut = eventId.lastIndexOf('_');
  if (cut < 0) return undefined;
  const series = events.get(eventId.slice(0, cut))?.event;
  if (!series || series.status === 'cancelled') return undefined;
  return seriesInstances(series).find((instance) => instance.id === eventId);
}

/** `singleEvents=true`: series replaced by their instances, within timeMin/timeMax if given. */
export function expandInstances(events: Event[], q: URLSearchParams): Event[] {
  const exceptions = new Set(events.filter((e) => e.recurringEventId).map((e) => e.id));
  const min = Date.parse(q.get('timeMin') ?? '') || Number.NEGATIVE_INFINITY;
  const max = Date.parse(q.get('timeMax') ?? '') || Number.POSITIVE_INFINITY;
  return events
    .flatMap((event) =>
      weeklyRule(event) ? seriesInstances(event).filter((i) => !exceptions.has(i.id)) : [event],
    )
    .filter((event) => {
      const start = Date.parse(event.start?.dateTime ?? event.start?.date ?? '');
      return Number.isNaN(start) || (start < max && start >= min - 24 * 3_600_000);
    });
}
