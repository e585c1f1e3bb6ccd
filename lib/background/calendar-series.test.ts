import { describe, expect, it } from 'vitest';
import { fakeSyncDeps } from '../../tests/support/calendar-sync-deps';
import { fixtureText } from '../../tests/support/store';
import { decodeCalendarTag, instanceStartOf, sessionTagFor } from '../core/calendar-tag';
import { inviteSeries, seriesToInvite } from './calendar-series';
import { sharedBadges } from './calendar-shared';
import { turnSyncOn } from './calendar-sync';

async function demo(withoutLink: boolean) {
  const kit = fakeSyncDeps();
  const store = await kit.deps.store;
  expect((await store.importBackup(fixtureText('demo.json'), 'replace')).ok).toBe(true);
  const sessions = await store.listSessions('tuesday-crew');
  await store.putSessions(sessions.map(({ calendarRef: _r, meetCode: _m, ...rest }) => rest));
  const crew = await store.getCrew('tuesday-crew');
  if (crew && withoutLink) {
    const { meetingLink: _link, ...rest } = crew;
    await store.putCrew({
      ...rest,
      members: rest.members.map((m) => ({ ...m, email: `${m.name.toLowerCase()}@example.org` })),
    });
  }
  await turnSyncOn(kit.deps);
  kit.api.requests.length = 0;
  return { ...kit, store };
}

describe("the caller's first invitation from the background", () => {
  it('creates the planned series in one request; sessions point at their instances; the Meet link becomes the standing link', async () => {
    const { deps, api, store } = await demo(true);
    const [candidate] = (await seriesToInvite(deps)).filter((s) => s.crewId === 'tuesday-crew');
    expect(candidate).toMatchObject({ crewName: 'Tuesday Crew', count: 6 });
    const created = await inviteSeries(
      deps,
      { crewId: 'tuesday-crew', seriesId: candidate?.seriesId ?? '' },
      'UTC',
    );
    expect(api.requests.map((r) => r.method)).toEqual(['POST']);
    expect(created?.meetLink).toMatch(/^https:\/\/meet\.google\.com\//);
    const event = api.event('primary', created?.eventId ?? '');
    expect(event?.attendees).toHaveLength(5);
    const sessions = (await store.listSessions('tuesday-crew')).filter(
      (s) => s.seriesId === candidate?.seriesId,
    );
    expect(sessions.every((s) => s.calendarRef?.recurringEventId === created?.eventId)).toBe(true);
    expect((await store.getCrew('tuesday-crew'))?.meetingLink).toBe(created?.meetLink);
    // Session 3's instance reads its number and host from the series' shared tag.
    const third = sessions.find((s) => s.index === 3);
    const tag = decodeCalendarTag(event?.extendedProperties?.shared);
    expect(tag && sessionTagFor(tag, instanceStartOf(third?.calendarRef?.eventId ?? ''))).toEqual({
      crew: 'Tuesday Crew',
      of: 6,
      number: 3,
      host: 'Chiara',
    });
    expect(await sharedBadges(deps, [{ eventId: third?.calendarRef?.eventId ?? '' }])).toHaveLength(
      1,
    );
    expect((await seriesToInvite(deps)).filter((s) => s.seriesId === candidate?.seriesId)).toEqual(
      [],
    );
  });

  it('a crew with a standing link keeps it: the event carries it and no new Meet is made', async () => {
    const { deps, api, store } = await demo(false);
    const link = (await store.getCrew('tuesday-crew'))?.meetingLink;
    const [candidate] = (await seriesToInvite(deps)).filter((s) => s.crewId === 'tuesday-crew');
    const created = await inviteSeries(
      deps,
      { crewId: 'tuesday-crew', seriesId: candidate?.seriesId ?? '' },
      'UTC',
    );
    const event = api.event('primary', created?.eventId ?? '');
    expect(event?.conferenceData).toBeUndefined();
    if (link?.startsWith('https://meet.google.com/')) expect(event?.location).toBe(link);
  });
});
