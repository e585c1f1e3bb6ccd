// The event dialog with a tagged series (issue 9): "Skip this session" and its undo, and tagging
// an event into a series that already has all its sessions. The demo's Tuesday Crew, six weekly
// sessions from Tue 1 Dec 2026 18:00 UTC, tagged on its recurring event.
import { describe, expect, it } from 'vitest';
import { fixtureText, freshStore } from '../../tests/support/store';
import {
  calendarBadges,
  calendarDialog,
  calendarRemoveTag,
  calendarSkip,
  calendarTag,
} from './calendar-page';

const NOW = Date.parse('2026-11-30T12:00:00.000Z');
const SERIES = '5f0q8n3e1u2c7r4w6s9t0v1a2b';
const DAYS = ['2026-12-01', '2026-12-08', '2026-12-15', '2026-12-22', '2026-12-29', '2027-01-05'];
const instance = (n: number) => {
  const day = DAYS[n - 1] ?? '';
  return {
    calendarId: 'alex.rivera@gmail.com',
    eventId: `${SERIES}_${day.replaceAll('-', '')}T180000Z`,
    recurringEventId: SERIES,
    originalStart: `${day}T18:00:00.000Z`,
  };
};
const single = (eventId: string, start: string) => ({
  calendarId: 'alex.rivera@gmail.com',
  eventId,
  start,
});
const text = (
  badge: { index: number; of?: number; hostName?: string; skipped?: true } | null | undefined,
) =>
  badge?.skipped ? 'skipped' : badge ? `${badge.index} of ${badge.of} · ${badge.hostName}` : null;

async function taggedSeries() {
  const store = await freshStore();
  await store.importBackup(fixtureText('demo.json'), 'replace');
  await store.deleteCrew('willow-crew');
  const sessions = await store.listSessions('tuesday-crew');
  await store.putSessions(sessions.map(({ calendarRef: _r, meetCode: _m, ...rest }) => rest));
  await calendarTag(store, { event: instance(1), crewId: 'tuesday-crew' }, NOW);
  await calendarBadges(store, [2, 3, 4, 5, 6].map(instance), NOW);
  return store;
}
const shown = async (store: Awaited<ReturnType<typeof taggedSeries>>) =>
  (await calendarBadges(store, [1, 2, 3, 4, 5, 6].map(instance), NOW)).answers.map((a) =>
    text(a.badge),
  );

describe('skip this session, from the dialog', () => {
  it('offers skip on a planned instance; skipped, the rest move up and the host moves on', async () => {
    const store = await taggedSeries();
    const before = await shown(store);
    expect(before).toEqual([
      '1 of 6 · Ada',
      '2 of 6 · Bashir',
      '3 of 6 · Chiara',
      '4 of 6 · Dmitri',
      '5 of 6 · Eun-ji',
      '6 of 6 · Ada',
    ]);
    expect((await calendarDialog(store, { event: instance(2) }, NOW)).canSkip).toBe(true);
    expect(await calendarSkip(store, { eventId: instance(2).eventId, skip: true })).toBeNull();
    // the skipped instance's chip says so ("Tuesday Crew · skipped"), with no number or host
    expect(await shown(store)).toEqual([
      '1 of 6 · Ada',
      'skipped',
      '2 of 6 · Bashir',
      '3 of 6 · Chiara',
      '4 of 6 · Dmitri',
      '5 of 6 · Eun-ji',
    ]);
    const dialog = await calendarDialog(store, { event: instance(2) }, NOW);
    expect(dialog).toMatchObject({ badge: null, skipped: { crewName: 'Tuesday Crew' }, crews: [] });
    expect(text(await calendarSkip(store, { eventId: instance(2).eventId, skip: false }))).toBe(
      '2 of 6 · Bashir',
    );
    expect(await shown(store)).toEqual(before);
  });

  it('a single event is not offered skip (removing its tag does that)', async () => {
    const store = await taggedSeries();
    const one = single('lunch1', '2027-02-02T12:00:00.000Z');
    await calendarTag(store, { event: one, crewId: 'tuesday-crew', beyond: 'next' }, NOW);
    expect((await calendarDialog(store, { event: one }, NOW)).canSkip).toBeUndefined();
  });
});

describe('tagging into a full series', () => {
  it('within the series: the dialog offers to add a session (7); tagged, it is 2 of 7', async () => {
    const store = await taggedSeries();
    const dentist = single('dentist1', '2026-12-04T10:00:00.000Z');
    const [crew] = (await calendarDialog(store, { event: dentist }, NOW)).crews;
    expect(crew).toMatchObject({ index: 2, of: 7 });
    expect(crew?.full).toEqual({
      planned: 6,
      choices: [{ beyond: 'grow', index: 2, of: 7, hostId: 'm-bashir' }],
    });
    const badge = await calendarTag(
      store,
      { event: dentist, crewId: 'tuesday-crew', beyond: 'grow' },
      NOW,
    );
    expect(text(badge)).toBe('2 of 7 · Bashir');
  });

  it('after its end: "start the next series" first, "add a session" second', async () => {
    const store = await taggedSeries();
    const later = single('after1', '2027-01-12T18:00:00.000Z');
    const [crew] = (await calendarDialog(store, { event: later }, NOW)).crews;
    expect(crew?.full?.choices).toEqual([
      { beyond: 'next', index: 1, of: 6, hostId: 'm-bashir' },
      { beyond: 'grow', index: 7, of: 7, hostId: 'm-bashir' },
    ]);
    const badge = await calendarTag(
      store,
      { event: later, crewId: 'tuesday-crew', beyond: 'next' },
      NOW,
    );
    expect(text(badge)).toBe('1 of 6 · Bashir');
    expect((await store.listSeries('tuesday-crew')).map((s) => s.plannedSessions)).toEqual([6, 6]);
  });

  it('"start the next series" by mistake: "Remove tag" takes the new series out of the store', async () => {
    const store = await taggedSeries();
    const later = single('after1', '2027-01-12T18:00:00.000Z');
    await calendarTag(store, { event: later, crewId: 'tuesday-crew', beyond: 'next' }, NOW);
    const before = (await store.listSessions('tuesday-crew')).length;
    expect(await calendarRemoveTag(store, { eventId: 'after1' })).toBe('tuesday-crew');
    expect((await store.listSeries('tuesday-crew')).map((s) => s.plannedSessions)).toEqual([6]);
    expect(await store.listSessions('tuesday-crew')).toHaveLength(before - 6);
    // the first series is as it was, and the event is offered the same choice again
    expect(await shown(store)).toEqual([
      '1 of 6 · Ada',
      '2 of 6 · Bashir',
      '3 of 6 · Chiara',
      '4 of 6 · Dmitri',
      '5 of 6 · Eun-ji',
      '6 of 6 · Ada',
    ]);
    const [crew] = (await calendarDialog(store, { event: later }, NOW)).crews;
    expect(crew?.full?.choices.map((c) => c.beyond)).toEqual(['next', 'grow']);
  });
});
