// Requests the Calendar sync makes, counted on the fake Calendar API in Node (no browser: the
// numbers are the protocol's, not the machine's). Issue 9, "Measured":
//   calendar-sync-requests-idle   an incremental sync with nothing changed: 1
//   calendar-sync-requests-tag    tagging one synced event: 1
//   calendar-sync-requests-tag-412  after a 412 on that write: re-read + retry = 2 more
//                                   (3 in all, reported in detail)
//   calendar-sync-requests-tag-line  the same with "Also write one line in the event
//                                   description" on: still 1 (the line rides in the patch)
//   calendar-create-series-requests  the caller's first invitation for a six-session series,
//                                   free-slot proposal included: ≤ 2
import { describe, it } from 'vitest';
import { encodeCalendarTag } from '../../lib/core/calendar-tag';
import { DEFAULT_SESSION_AGENDA } from '../../lib/core/starter-series';
import { createSeries } from '../../lib/google/create-series';
import { findWeeklySlots } from '../../lib/google/free-slots';
import { syncCalendar } from '../../lib/google/sync';
import { writeTag } from '../../lib/google/write-tag';
import { CALENDAR, createCalendarKit } from '../support/calendar-kit';
import { reportBench } from './report';

const RUNS = 20;

async function syncedKit(events: number) {
  const kit = createCalendarKit();
  for (let i = 0; i < events; i += 1) {
    kit.api.seed(CALENDAR, {
      id: `ev${i}`,
      summary: `Event ${i}`,
      start: { dateTime: '2026-12-08T18:00:00Z' },
    });
  }
  await syncCalendar(kit.client, kit.syncStore, CALENDAR);
  kit.takeRequests();
  return kit;
}

const spread = (values: number[]) => ({
  min: Math.min(...values),
  max: Math.max(...values),
  runs: values.length,
});

describe('calendar sync requests', () => {
  it('calendar-sync-requests-idle', async () => {
    const kit = await syncedKit(300);
    const counts: number[] = [];
    for (let run = 0; run < RUNS; run += 1) {
      await syncCalendar(kit.client, kit.syncStore, CALENDAR);
      counts.push(kit.takeRequests().length);
    }
    reportBench({
      name: 'calendar-sync-requests-idle',
      value: Math.max(...counts),
      unit: 'requests',
      budget: 1,
      detail: { ...spread(counts), events: 300 },
    });
  });

  it('calendar-sync-requests-tag and -tag-412', async () => {
    const kit = await syncedKit(RUNS);
    const plain: number[] = [];
    const afterConflict: number[] = [];
    for (let run = 0; run < RUNS; run += 1) {
      const desired = encodeCalendarTag({
        crew: 'Tuesday Crew',
        number: 1 + (run % 6),
        of: 6,
        host: 'Chiara',
      });
      await writeTag(kit.client, kit.syncStore, {
        calendarId: CALENDAR,
        eventId: `ev${run}`,
        desired,
        at: kit.clock.now(),
      });
      plain.push(kit.takeRequests().length);
      // A crewmate renames the event meanwhile: our next write meets 412.
      kit.api.editAsSomeoneElse(CALENDAR, `ev${run}`, (e) => ({
        ...e,
        summary: `${e.summary} (moved)`,
      }));
      const change = encodeCalendarTag({
        crew: 'Tuesday Crew',
        number: 1 + (run % 6),
        of: 6,
        host: 'Ana',
      });
      await writeTag(kit.client, kit.syncStore, {
        calendarId: CALENDAR,
        eventId: `ev${run}`,
        desired: change,
        at: kit.clock.now(),
      });
      const requests = kit.takeRequests();
      if (requests[0]?.status !== 412) throw new Error('expected the write to meet a 412');
      afterConflict.push(requests.length - 1);
    }
    reportBench({
      name: 'calendar-sync-requests-tag',
      value: Math.max(...plain),
      unit: 'requests',
      budget: 1,
      detail: spread(plain),
    });
    reportBench({
      name: 'calendar-sync-requests-tag-412',
      value: Math.max(...afterConflict),
      unit: 'requests after the 412',
      budget: 2,
      detail: { ...spread(afterConflict), totalWithThe412: Math.max(...afterConflict) + 1 },
    });
  });

  it('calendar-sync-requests-tag-line', async () => {
    const kit = await syncedKit(RUNS);
    const counts: number[] = [];
    for (let run = 0; run < RUNS; run += 1) {
      for (const host of ['Chiara', 'Ana']) {
        await writeTag(
          kit.client,
          kit.syncStore,
          {
            calendarId: CALENDAR,
            eventId: `ev${run}`,
            desired: encodeCalendarTag({ crew: 'Tuesday Crew', number: 1, of: 6, host }),
            at: kit.clock.now(),
          },
          {},
          { add: true, text: (tag) => `Crewkit: ${tag.crew} · ${tag.host} hosts` },
        );
        counts.push(kit.takeRequests().length);
      }
      if (!kit.api.event(CALENDAR, `ev${run}`)?.description?.includes('Ana hosts'))
        throw new Error('expected the description line to follow the re-tag');
    }
    reportBench({
      name: 'calendar-sync-requests-tag-line',
      value: Math.max(...counts),
      unit: 'requests',
      budget: 1,
      detail: { ...spread(counts), writes: 'tag then re-tag, per event' },
    });
  });

  it('calendar-create-series-requests', async () => {
    const counts: number[] = [];
    for (let run = 0; run < RUNS; run += 1) {
      const kit = createCalendarKit();
      const emails = ['ada@example.org', 'bashir@example.org', 'chiara@example.org'];
      for (const email of emails.slice(0, 2)) kit.api.freeBusyVisible.add(email);
      const [slot] = await findWeeklySlots(kit.client, emails, {
        from: '2026-11-30T12:00:00.000Z',
        weeks: 3,
        durationMinutes: 60,
        timeZone: 'Europe/Rome',
      });
      await createSeries(kit.client, CALENDAR, {
        seriesId: `series-${run}`,
        crewName: 'Tuesday Crew',
        title: 'Tuesday Crew',
        startsAt: slot?.start ?? '2026-12-01T18:00:00.000Z',
        timeZone: 'Europe/Rome',
        rhythm: { kind: 'weekly', durationMinutes: 60 },
        count: 6,
        guests: emails.map((email) => ({ email, name: email.split('@')[0] ?? email })),
        hosts: ['ada', 'bashir', 'chiara', 'ada', 'bashir', 'chiara'],
        agenda: DEFAULT_SESSION_AGENDA,
      });
      counts.push(kit.takeRequests().length);
    }
    reportBench({
      name: 'calendar-create-series-requests',
      value: Math.max(...counts),
      unit: 'requests',
      budget: 2,
      detail: { ...spread(counts), sessions: 6, freeBusy: 1, insert: 1 },
    });
  });
});
