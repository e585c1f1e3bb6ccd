import { describe, expect, it } from 'vitest';
import { CALENDAR, createCalendarKit } from '../../tests/support/calendar-kit';
import { decodeCalendarTag, instanceStartOf, sessionTagFor } from '../core/calendar-tag';
import { DEFAULT_SESSION_AGENDA } from '../core/starter-series';
import { createSeries } from './create-series';
import { findWeeklySlots } from './free-slots';
import { type SeriesInvitation, seriesEvent, zonedOccurrence } from './series-event';

const plan: SeriesInvitation = {
  seriesId: 'first-six',
  crewName: 'Tuesday Crew',
  title: 'Tuesday Crew',
  startsAt: '2026-12-01T18:00:00.000Z',
  timeZone: 'UTC',
  rhythm: { kind: 'weekly', durationMinutes: 60 },
  count: 6,
  guests: [
    { email: 'ada@example.org', name: 'Ada' },
    { email: 'chiara@example.org', name: 'Chiara' },
  ],
  hosts: ['Ada', 'Bashir', 'Chiara', 'Dmitri', 'Eun-ji', 'Ada'],
  agenda: DEFAULT_SESSION_AGENDA,
};

describe("the caller's first invitation", () => {
  it('creates the six-session series in one request: guests, Meet link, agenda, every instance tagged', async () => {
    const kit = createCalendarKit();
    const created = await createSeries(kit.client, CALENDAR, plan);
    const requests = kit.takeRequests();
    expect(requests.map((r) => `${r.method} ${r.status}`)).toEqual(['POST 200']);
    expect(requests[0]?.query).toEqual({ conferenceDataVersion: '1', sendUpdates: 'all' });
    expect(created.meetLink).toMatch(/^https:\/\/meet\.google\.com\/[a-z]{3}-[a-z]{4}-[a-z]{3}$/);
    expect(created.meetCode).toBe(created.meetLink?.slice(-12));
    const event = kit.api.event(CALENDAR, created.eventId);
    expect(event?.recurrence).toEqual(['RRULE:FREQ=WEEKLY;COUNT=6']);
    expect(event?.attendees?.map((a) => a.email)).toEqual([
      'ada@example.org',
      'chiara@example.org',
    ]);
    expect(event?.description).toContain('Check-in round');
    // Each instance Google lists finds its own number and host in the series' tag.
    const list = await kit.client.listEvents(CALENDAR, { singleEvents: true });
    const sessions = (list.items ?? []).map((instance) => {
      const tag = decodeCalendarTag(instance.extendedProperties?.shared);
      return tag && sessionTagFor(tag, instanceStartOf(String(instance.id)));
    });
    expect(sessions.map((s) => `${s?.number} of ${s?.of} · ${s?.host}`)).toEqual([
      '1 of 6 · Ada',
      '2 of 6 · Bashir',
      '3 of 6 · Chiara',
      '4 of 6 · Dmitri',
      '5 of 6 · Eun-ji',
      '6 of 6 · Ada',
    ]);
  });

  it('a retry after a lost answer reads the event back instead of creating a second one', async () => {
    const kit = createCalendarKit();
    kit.api.injectFaults({ kind: 'lost-response' });
    const created = await createSeries(kit.client, CALENDAR, plan);
    expect(kit.takeRequests().map((r) => `${r.method} ${r.status}`)).toEqual([
      'POST dropped',
      'POST 409',
      'GET 200',
    ]);
    expect(kit.api.events(CALENDAR)).toHaveLength(1);
    expect(created.meetLink).toBeDefined();
  });

  it('uses the standing link instead of asking for a new Meet link', () => {
    const body = seriesEvent({ ...plan, standingLink: 'https://meet.google.com/abc-defg-hij' });
    expect(body.conferenceData).toBeUndefined();
    expect(body.location).toBe('https://meet.google.com/abc-defg-hij');
  });

  it('keeps the hour across a daylight-saving change (instance keys in the zone)', () => {
    // 18:00 in Berlin is 16:00 UTC in summer time, 17:00 UTC after the change on 25 Oct 2026.
    expect(zonedOccurrence('2026-10-20T16:00:00.000Z', 'Europe/Berlin', plan.rhythm, 1)).toBe(
      '2026-10-27T17:00:00.000Z',
    );
    expect(
      zonedOccurrence(
        '2026-01-31T10:00:00.000Z',
        'UTC',
        { kind: 'fortnightly', durationMinutes: 60 },
        2,
      ),
    ).toBe('2026-02-28T10:00:00.000Z');
  });

  it('proposes weekly slots free in every shared calendar, with one request', async () => {
    const kit = createCalendarKit();
    kit.api.freeBusyVisible.add('ada@example.org');
    kit.api.freeBusyVisible.add('chiara@example.org');
    for (let week = 0; week < 3; week += 1) {
      const day = 1 + week * 7;
      kit.api.seed('ada@example.org', {
        id: `busy${week}`,
        start: { dateTime: `2026-12-${String(day).padStart(2, '0')}T08:00:00Z` },
        end: { dateTime: `2026-12-${String(day).padStart(2, '0')}T17:00:00Z` },
      });
    }
    const proposals = await findWeeklySlots(
      kit.client,
      ['ada@example.org', 'chiara@example.org', 'bo@example.org'],
      {
        from: '2026-11-30T23:00:00.000Z',
        weeks: 3,
        durationMinutes: 60,
        timeZone: 'UTC',
      },
    );
    expect(kit.takeRequests().map((r) => `${r.method} ${r.path}`)).toEqual([
      'POST /calendar/v3/freeBusy',
    ]);
    expect(proposals[0]).toEqual({
      start: '2026-12-01T17:00:00.000Z',
      freeFor: 2,
      visible: 2,
      notShared: 1,
      busy: [],
      unknown: ['bo@example.org'],
    });
    // Tuesdays 09:00-16:00 are busy for Ada every week: never proposed as suiting everyone.
    expect(proposals.every((p) => p.freeFor === 2)).toBe(true);
  });
});
