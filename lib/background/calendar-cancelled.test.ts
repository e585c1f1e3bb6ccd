import { describe, expect, it } from 'vitest';
import { fixtureText, freshStore } from '../../tests/support/store';
import { cancelRemovedInstances } from './calendar-cancelled';
import { calendarBadges, calendarTag } from './calendar-page';

const NOW = Date.parse('2026-11-30T12:00:00.000Z');
const SERIES = '5f0q8n3e1u2c7r4w6s9t0v1a2b';
const instance = (day: string) => ({
  calendarId: 'alex.rivera@gmail.com',
  eventId: `${SERIES}_${day.replaceAll('-', '')}T180000Z`,
  recurringEventId: SERIES,
  originalStart: `${day}T18:00:00.000Z`,
});
const DAYS = ['2026-12-01', '2026-12-08', '2026-12-15'];

describe('instances the calendar cancelled', () => {
  it('are no crew sessions any more; the ones after move up and the host moves on', async () => {
    const store = await freshStore();
    await store.importBackup(fixtureText('demo.json'), 'replace');
    await store.deleteCrew('willow-crew');
    const sessions = await store.listSessions('tuesday-crew');
    await store.putSessions(sessions.map(({ calendarRef: _r, meetCode: _m, ...rest }) => rest));
    const single = {
      calendarId: 'alex.rivera@gmail.com',
      eventId: 'lunch1',
      start: '2027-03-02T12:00:00.000Z',
    };
    await calendarTag(store, { event: instance('2026-12-01'), crewId: 'tuesday-crew' }, NOW);
    const shown = async () =>
      (await calendarBadges(store, DAYS.map(instance), NOW)).answers.map(
        (a) => a.badge && `${a.badge.index} ${a.badge.hostName}`,
      );
    expect(await shown()).toEqual(['1 Ada', '2 Bashir', '3 Chiara']);
    expect(
      await cancelRemovedInstances(store, [
        instance('2026-12-08').eventId,
        'someone-elses',
        single.eventId,
      ]),
    ).toEqual(['tuesday-crew']);
    expect(await shown()).toEqual(['1 Ada', null, '2 Bashir']);
    // seen again, nothing more changes
    expect(await cancelRemovedInstances(store, [instance('2026-12-08').eventId])).toEqual([]);
  });
});
