// The one path that keeps a meeting's outcomes, as the side panel's meeting end and "Mark as
// held" use it (no call involved).
import { describe, expect, it } from 'vitest';
import { fixtureText, freshStore } from '../../tests/support/store';
import { SCHEMA_VERSION } from '../core/model';
import { createAgendaRound } from '../core/round';
import { STARTER_SERIES } from '../core/starter-series';
import { keepMeetingOutcomes } from './meeting-outcomes';

async function demoStore() {
  const store = await freshStore();
  expect((await store.importBackup(fixtureText('demo.json'), 'replace')).ok).toBe(true);
  return store;
}

const kickoff = (extra: object) => ({
  v: SCHEMA_VERSION,
  id: 'kickoff-in-a-room',
  crewId: 'tuesday-crew',
  sessionId: 'first-six-1',
  kind: 'agenda' as const,
  createdAt: '2026-12-01T18:05:00.000Z',
  state: createAgendaRound({
    id: 'kickoff-in-a-room',
    phases: STARTER_SERIES.sessions[0]?.agenda ?? [],
    people: [{ personId: 'm-ada', name: 'Ada' }],
  }),
  ...extra,
});

describe("a meeting's outcomes without a call", () => {
  it('bring the noted agreements and schedule into the crew and series, once', async () => {
    const store = await demoStore();
    const before = await store.getCrew('tuesday-crew');
    const schedule = { nextDate: '2026-12-10', time: '18:30', everyWeeks: 1, timeZone: 'UTC' };
    await store.putRound(kickoff({ notes: { agreements: 'Phones away' }, schedule }));
    expect(await keepMeetingOutcomes(store, 'tuesday-crew', 'first-six-1')).toEqual({
      scheduleSaved: true,
    });
    const crew = await store.getCrew('tuesday-crew');
    expect(crew?.agreements).toEqual([...(before?.agreements ?? []), 'Phones away']);
    const second = (await store.listSessions('tuesday-crew')).find((s) => s.id === 'first-six-2');
    expect(second?.startsAt).toBe('2026-12-10T18:30:00.000Z');
    // Again (the side panel and "Mark as held" for the same meeting): nothing more is added.
    await keepMeetingOutcomes(store, 'tuesday-crew', 'first-six-1');
    expect((await store.getCrew('tuesday-crew'))?.agreements).toEqual(crew?.agreements);
  });

  it('say no schedule was saved when none was noted, and know no unknown crew', async () => {
    const store = await demoStore();
    expect(await keepMeetingOutcomes(store, 'tuesday-crew', 'first-six-1')).toEqual({
      scheduleSaved: false,
    });
    expect(await keepMeetingOutcomes(store, 'no-crew', 'first-six-1')).toEqual({
      scheduleSaved: false,
    });
  });
});
