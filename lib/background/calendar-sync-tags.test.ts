// The calendar page's local tags reach the shared tag: one write on the series for a recurring
// event, the instance keys numbered and hosted as the badges are; a crewmate's Crewkit shows
// the same badge from the shared tag alone.
import { describe, expect, it } from 'vitest';
import { fakeSyncDeps } from '../../tests/support/calendar-sync-deps';
import { fixtureText } from '../../tests/support/store';
import { decodeCalendarTag, sessionTagFor } from '../core/calendar-tag';
import { calendarBadges, calendarTag } from './calendar-page';
import { turnSyncOn } from './calendar-sync';
import { desiredSharedTag, shareTagChange, withSharedBadges } from './calendar-sync-tags';

const NOW = Date.parse('2026-11-30T12:00:00.000Z');
const SERIES = '5f0q8n3e1u2c7r4w6s9t0v1a2b';
const instance = (day: number) => ({
  calendarId: 'alex.rivera@gmail.com',
  eventId: `${SERIES}_202612${String(day).padStart(2, '0')}T180000Z`,
  recurringEventId: SERIES,
  originalStart: `2026-12-${String(day).padStart(2, '0')}T18:00:00.000Z`,
});

async function demo() {
  const kit = fakeSyncDeps();
  const store = await kit.deps.store;
  expect((await store.importBackup(fixtureText('demo.json'), 'replace')).ok).toBe(true);
  const sessions = await store.listSessions('tuesday-crew');
  await store.putSessions(sessions.map(({ calendarRef: _r, meetCode: _m, ...rest }) => rest));
  return { ...kit, store };
}

describe('local tags to the shared tag', () => {
  it('a tagged series becomes one shared tag on the series, an entry per instance seen', async () => {
    const { store } = await demo();
    await calendarTag(store, { event: instance(1), crewId: 'tuesday-crew' }, NOW);
    await calendarBadges(store, [instance(8), instance(15)], NOW);
    const { eventId, desired } = await desiredSharedTag(store, instance(8));
    expect(eventId).toBe(SERIES);
    const tag = decodeCalendarTag(desired);
    expect(tag && sessionTagFor(tag, '20261208T180000Z')).toEqual({
      crew: 'Tuesday Crew',
      of: 6,
      number: 2,
      host: 'Bashir',
    });
    expect(Object.keys(tag?.instances ?? {})).toHaveLength(3);
  });

  it('with sync on, tagging writes the series once; a crewmate sees the badge from it', async () => {
    const mine = await demo();
    mine.api.seed('primary', {
      id: SERIES,
      start: { dateTime: '2026-12-01T18:00:00Z', timeZone: 'Europe/Rome' },
      end: { dateTime: '2026-12-01T19:00:00Z', timeZone: 'Europe/Rome' },
      recurrence: ['RRULE:FREQ=WEEKLY;COUNT=6'],
    });
    await turnSyncOn(mine.deps);
    await calendarTag(mine.store, { event: instance(1), crewId: 'tuesday-crew' }, NOW);
    mine.api.requests.length = 0;
    await shareTagChange(mine.deps, instance(1));
    expect(mine.api.requests.map((r) => r.method)).toEqual(['PATCH']);

    // The crewmate: same fake Calendar (the event is shared), another Crewkit with no crews.
    const crewmate = fakeSyncDeps({ api: mine.api });
    await turnSyncOn(crewmate.deps);
    const answers = await withSharedBadges(
      crewmate.deps,
      [instance(1)],
      [{ eventId: instance(1).eventId, badge: null }],
    );
    expect(answers[0]?.badge).toMatchObject({
      crewName: 'Tuesday Crew',
      index: 1,
      of: 6,
      hostName: 'Ada',
    });
  });

  it('with sync off nothing is queued', async () => {
    const { deps, store, api } = await demo();
    await calendarTag(store, { event: instance(1), crewId: 'tuesday-crew' }, NOW);
    await shareTagChange(deps, instance(1));
    expect(api.requests).toEqual([]);
  });
});
