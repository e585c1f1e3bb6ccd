import { describe, expect, it } from 'vitest';
import { fakeSyncDeps } from '../../tests/support/calendar-sync-deps';
import { fixtureText } from '../../tests/support/store';
import { FREEBUSY_SCOPE } from '../google/free-slots';
import { CALENDAR_SCOPE } from './calendar-auth';
import { freeSlots } from './calendar-free-slots';
import { inviteSeries } from './calendar-series';
import { runSync, turnSyncOn } from './calendar-sync';

const REQUEST = { crewId: 'tuesday-crew', seriesId: 'first-six' };

/** The demo's Tuesday Crew with e-mails; Ada, Bashir and Chiara share their calendars. */
async function demo() {
  const kit = fakeSyncDeps();
  const store = await kit.deps.store;
  expect((await store.importBackup(fixtureText('demo.json'), 'replace')).ok).toBe(true);
  const sessions = await store.listSessions('tuesday-crew');
  await store.putSessions(sessions.map(({ calendarRef: _r, meetCode: _m, ...rest }) => rest));
  const crew = await store.getCrew('tuesday-crew');
  if (!crew) throw new Error('demo crew missing');
  const email = (name: string) => `${name.toLowerCase()}@example.org`;
  await store.putCrew({
    ...crew,
    members: crew.members.map((m) => ({ ...m, email: email(m.name) })),
  });
  for (const name of ['Ada', 'Bashir', 'Chiara']) kit.api.freeBusyVisible.add(email(name));
  // Ada is busy on Tuesday evenings: the series' planned time (Tuesday 18:00 UTC) does not suit.
  for (const day of ['01', '08', '15', '22']) {
    kit.api.seed('ada@example.org', {
      id: `choir${day}`,
      start: { dateTime: `2026-12-${day}T17:00:00Z` },
      end: { dateTime: `2026-12-${day}T19:00:00Z` },
    });
  }
  await turnSyncOn(kit.deps);
  kit.api.requests.length = 0;
  kit.flows.length = 0;
  return { ...kit, store };
}

describe('"Find times that suit everyone"', () => {
  it('asks for the free/busy scope then, makes one request, and never counts the unknown as free', async () => {
    const { deps, api, flows } = await demo();
    const answer = await freeSlots(deps, REQUEST, 'UTC');
    expect(flows).toHaveLength(1);
    expect(flows[0]?.interactive).toBe(true);
    expect(new URL(flows[0]?.url ?? '').searchParams.get('scope')).toBe(
      `${CALENDAR_SCOPE} ${FREEBUSY_SCOPE}`,
    );
    expect(api.requests.map((r) => `${r.method} ${r.path} ${r.status}`)).toEqual([
      'POST /calendar/v3/freeBusy 200',
    ]);
    expect(answer.asked).toBe(5);
    expect(answer.problem).toBeUndefined();
    // Nearest the planned hour (18:00), one per day, none on Tuesday evening.
    expect(answer.slots.map((s) => s.start)).toEqual([
      '2026-12-02T18:00:00.000Z',
      '2026-12-03T18:00:00.000Z',
      '2026-12-04T18:00:00.000Z',
      '2026-12-05T18:00:00.000Z',
    ]);
    for (const slot of answer.slots) {
      expect(slot).toMatchObject({ freeFor: 3, visible: 3, busy: [] });
      expect(slot.unknown).toEqual(['Dmitri', 'Eun-ji']);
    }
    // The token now has both scopes: asking again opens no window, and the sync still works.
    await freeSlots(deps, REQUEST, 'UTC');
    expect(flows).toHaveLength(1);
    expect((await runSync(deps)).problem).toBeUndefined();
  });

  it('choosing a slot moves the series and its planned sessions; the event starts there', async () => {
    const { deps, api, store } = await demo();
    const [slot] = (await freeSlots(deps, REQUEST, 'UTC')).slots;
    const created = await inviteSeries(deps, { ...REQUEST, startsAt: slot?.start }, 'UTC');
    expect(api.event('primary', created?.eventId ?? '')?.start?.dateTime).toBe(slot?.start);
    expect((await store.listSeries('tuesday-crew'))[0]?.startsAt).toBe(slot?.start);
    const sessions = (await store.listSessions('tuesday-crew'))
      .filter((s) => s.seriesId === 'first-six')
      .sort((a, b) => a.index - b.index);
    expect(sessions.map((s) => s.startsAt.slice(0, 16))).toEqual([
      '2026-12-02T18:00',
      '2026-12-09T18:00',
      '2026-12-16T18:00',
      '2026-12-23T18:00',
      '2026-12-30T18:00',
      '2027-01-06T18:00',
    ]);
    expect(sessions.every((s) => s.calendarRef?.start === s.startsAt)).toBe(true);
  });

  it('when the user says no to the extra scope, nothing is asked and the sync keeps its token', async () => {
    const kit = await demo();
    const identity = kit.deps.auth.identity;
    if (!identity) throw new Error('identity missing');
    kit.deps.auth.identity = {
      ...identity,
      launchWebAuthFlow: async () => {
        throw new Error('The user did not approve access.');
      },
    };
    const answer = await freeSlots(kit.deps, REQUEST, 'UTC');
    expect(answer).toEqual({ slots: [], asked: 5, problem: 'refused' });
    expect(kit.api.requests).toEqual([]);
    expect((await runSync(kit.deps)).problem).toBeUndefined();
  });

  it('a crew without e-mail addresses is told so, without asking Google', async () => {
    const kit = fakeSyncDeps();
    const store = await kit.deps.store;
    expect((await store.importBackup(fixtureText('demo.json'), 'replace')).ok).toBe(true);
    expect(await freeSlots(kit.deps, REQUEST, 'UTC')).toEqual({
      slots: [],
      asked: 0,
      problem: 'no-emails',
    });
    expect(kit.flows).toEqual([]);
  });
});
