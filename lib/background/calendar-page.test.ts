import { describe, expect, it } from 'vitest';
import { fixtureText, freshStore } from '../../tests/support/store';
import {
  calendarBadges,
  calendarChangeHost,
  calendarDialog,
  calendarRemoveTag,
  calendarTag,
  crewOfMeetCode,
} from './calendar-page';
import { callPanelState } from './call-panel-state';

// The demo crew: Ada (caller), Bashir, Chiara, Dmitri, Eun-ji; six weekly sessions from
// Tue 1 Dec 2026 18:00 UTC ("First six").
const NOW = Date.parse('2026-11-30T12:00:00.000Z');
const SERIES = '5f0q8n3e1u2c7r4w6s9t0v1a2b';
const instance = (day: number) => {
  const stamp = `202612${String(day).padStart(2, '0')}`;
  return {
    calendarId: 'alex.rivera@gmail.com',
    eventId: `${SERIES}_${stamp}T180000Z`,
    recurringEventId: SERIES,
    originalStart: `2026-12-${String(day).padStart(2, '0')}T18:00:00.000Z`,
  };
};
const DENTIST = {
  calendarId: 'alex.rivera@gmail.com',
  eventId: 'dentist1',
  start: '2026-12-02T10:00:00.000Z',
};

async function demoStore() {
  const store = await freshStore();
  const result = await store.importBackup(fixtureText('demo.json'), 'replace');
  // These tests are about the Tuesday Crew; the demo's crew with history would be proposed too.
  await store.deleteCrew('willow-crew');
  expect(result.ok).toBe(true);
  // local mode from scratch: no calendar links yet
  const sessions = await store.listSessions('tuesday-crew');
  await store.putSessions(sessions.map(({ calendarRef: _r, meetCode: _m, ...rest }) => rest));
  return store;
}
const text = (badge: { crewName: string; index: number; of?: number; hostName?: string } | null) =>
  badge && `${badge.crewName} · ${badge.index} of ${badge.of} · ${badge.hostName}`;

describe('the calendar page in local mode', () => {
  it('the dialog proposes the crew, the number and the host by rotation', async () => {
    const store = await demoStore();
    const state = await calendarDialog(store, { event: instance(8) }, NOW);
    expect(state.badge).toBeNull();
    expect(state.crews).toEqual([
      expect.objectContaining({
        id: 'tuesday-crew',
        name: 'Tuesday Crew',
        index: 2,
        of: 6,
        hostId: 'm-bashir',
      }),
    ]);
    expect(state.crews[0]?.members.map((m) => m.name)).toEqual([
      'Ada',
      'Bashir',
      'Chiara',
      'Dmitri',
      'Eun-ji',
    ]);
  });

  it('tags a recurring series once; every instance seen gets its number and host, one message per batch', async () => {
    const store = await demoStore();
    const badge = await calendarTag(
      store,
      { event: instance(1), meetCode: 'abc-defg-hij', crewId: 'tuesday-crew' },
      NOW,
    );
    expect(text(badge)).toBe('Tuesday Crew · 1 of 6 · Ada');
    const { answers, changedCrewIds } = await calendarBadges(
      store,
      [instance(1), instance(8), instance(15), DENTIST, instance(22), instance(29)],
      NOW,
    );
    expect(answers.map((a) => text(a.badge))).toEqual([
      'Tuesday Crew · 1 of 6 · Ada',
      'Tuesday Crew · 2 of 6 · Bashir',
      'Tuesday Crew · 3 of 6 · Chiara',
      null,
      'Tuesday Crew · 4 of 6 · Dmitri',
      'Tuesday Crew · 5 of 6 · Eun-ji',
    ]);
    expect(changedCrewIds).toEqual(['tuesday-crew']);
    // the second look writes nothing
    expect((await calendarBadges(store, [instance(8)], NOW)).changedCrewIds).toEqual([]);
    // every attached session carries the series' Meet code: the call panel finds the crew by it
    const sessions = await store.listSessions('tuesday-crew');
    expect(sessions.filter((s) => s.meetCode === 'abc-defg-hij')).toHaveLength(5);
  });

  it('an event moved in the calendar moves its session; numbers and hosts follow', async () => {
    const store = await demoStore();
    await calendarTag(store, { event: instance(1), crewId: 'tuesday-crew' }, NOW);
    await calendarBadges(store, [instance(8), instance(15)], NOW);
    const moved = { ...instance(8), start: '2026-12-16T18:00:00.000Z' };
    const { answers } = await calendarBadges(store, [moved, instance(15)], NOW);
    expect(answers.map((a) => text(a.badge))).toEqual([
      'Tuesday Crew · 3 of 6 · Chiara',
      'Tuesday Crew · 2 of 6 · Bashir',
    ]);
  });

  it('change host and remove tag', async () => {
    const store = await demoStore();
    await calendarTag(store, { event: DENTIST, crewId: 'tuesday-crew', hostId: 'm-chiara' }, NOW);
    const dialog = await calendarDialog(store, { event: DENTIST, meetCode: 'xyz-abcd-efg' }, NOW);
    expect(text(dialog.badge)).toBe('Tuesday Crew · 1 of 6 · Chiara');
    expect(text(await calendarChangeHost(store, { eventId: 'dentist1', hostId: 'm-dmitri' }))).toBe(
      'Tuesday Crew · 1 of 6 · Dmitri',
    );
    // the Meet link seen in the dialog became the session's, so the call panel knows the crew
    const crews = await store.listCrews();
    expect((await crewOfMeetCode(store, crews, 'xyz-abcd-efg', NOW))?.id).toBe('tuesday-crew');
    expect((await callPanelState(store, { meetCode: 'xyz-abcd-efg' }, NOW)).crew?.name).toBe(
      'Tuesday Crew',
    );
    expect(await calendarRemoveTag(store, { eventId: 'dentist1' })).toBe('tuesday-crew');
    expect((await calendarBadges(store, [DENTIST], NOW)).answers[0]?.badge).toBeNull();
    expect(await crewOfMeetCode(store, crews, 'xyz-abcd-efg', NOW)).toBeUndefined();
  });

  it('with no crews, nothing is offered and nothing breaks', async () => {
    const store = await freshStore();
    expect(await calendarDialog(store, { event: DENTIST }, NOW)).toEqual({
      badge: null,
      members: [],
      crews: [],
    });
    expect(await calendarTag(store, { event: DENTIST, crewId: 'nobody' }, NOW)).toBeNull();
    expect((await calendarBadges(store, [DENTIST], NOW)).answers).toEqual([
      { eventId: 'dentist1', badge: null },
    ]);
  });
});
