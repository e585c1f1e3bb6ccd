import { describe, expect, it } from 'vitest';
import { fixtureText, freshStore } from '../../tests/support/store';
import { SCHEMA_VERSION } from '../core/model';
import { createAgendaRound } from '../core/round';
import { STARTER_SERIES } from '../core/starter-series';
import { confirmNextHost, endCall } from './call-end';
import { callPanelState } from './call-panel-state';

// The demo crew: Ada (caller), Bashir, Chiara, Dmitri, Eun-ji; six weekly sessions from
// Tue 1 Dec 2026 18:00 UTC; standing link meet.google.com/abc-defg-hij.
const SESSION_1 = Date.parse('2026-12-01T18:00:00.000Z');

async function demoStore() {
  const store = await freshStore();
  const result = await store.importBackup(fixtureText('demo.json'), 'replace');
  expect(result.ok).toBe(true);
  return store;
}

const progress = {
  meetCode: 'abc-defg-hij',
  crewId: 'tuesday-crew',
  sessionId: 'first-six-1',
  presentIds: ['m-ada', 'm-bashir', 'm-chiara', 'm-dmitri', 'm-eun-ji'],
  selfId: 'm-ada',
};
const kickoffRound = (notes: Record<string, string>) => ({
  v: SCHEMA_VERSION,
  id: 'kickoff-meeting',
  crewId: 'tuesday-crew',
  sessionId: 'first-six-1',
  kind: 'agenda' as const,
  createdAt: '2026-12-01T18:00:00.000Z',
  notes,
  state: createAgendaRound({
    id: 'kickoff-meeting',
    phases: STARTER_SERIES.sessions[0]?.agenda ?? [],
    people: [{ personId: 'm-ada', name: 'Ada' }],
  }),
});

describe("a kickoff's notes at the call's end (issue 10)", () => {
  it("the intentions and agreements the host noted join the crew's", async () => {
    const store = await demoStore();
    const before = await store.getCrew('tuesday-crew');
    await store.putRound(kickoffRound({ intentions: 'Grow as hosts', agreements: 'Cameras on' }));
    const question = await endCall(store, progress, SESSION_1 + 3600_000);
    expect(question?.sessionIndex).toBe(2);
    const crew = await store.getCrew('tuesday-crew');
    expect(crew?.intentions).toEqual([...(before?.intentions ?? []), 'Grow as hosts']);
    expect(crew?.agreements).toEqual([...(before?.agreements ?? []), 'Cameras on']);
  });
});

describe("a kickoff's schedule at the call's end (issue 10)", () => {
  it('moves the coming sessions into the series and says so with the next-host question', async () => {
    const store = await demoStore();
    const schedule = {
      nextDate: '2026-12-15',
      time: '19:00',
      everyWeeks: 2,
      timeZone: 'Europe/Berlin',
    };
    await store.putRound({ ...kickoffRound({}), schedule });
    const question = await endCall(store, progress, SESSION_1 + 3600_000);
    expect(question).toMatchObject({ sessionIndex: 2, scheduleSaved: true });
    const sessions = await store.listSessions('tuesday-crew');
    const ofSeries = sessions
      .filter((s) => s.seriesId === 'first-six')
      .sort((a, b) => a.index - b.index);
    expect(ofSeries.map((s) => [s.status, s.startsAt.slice(0, 16)])).toEqual([
      ['held', '2026-12-01T18:00'],
      ['planned', '2026-12-15T18:00'],
      ['planned', '2026-12-29T18:00'],
      ['planned', '2027-01-12T18:00'],
      ['planned', '2027-01-26T18:00'],
      ['planned', '2027-02-09T18:00'],
    ]);
    expect((await store.getCrew('tuesday-crew'))?.rhythm.kind).toBe('fortnightly');
    // Without a schedule noted the question says nothing of one.
    const plain = await demoStore();
    expect((await endCall(plain, progress, SESSION_1 + 3600_000))?.scheduleSaved).toBeUndefined();
  });
});

describe('the in-call panel state', () => {
  it('finds the crew by the call code, with its next session and host', async () => {
    const store = await demoStore();
    const state = await callPanelState(store, { meetCode: 'abc-defg-hij' }, SESSION_1 - 60_000);
    expect(state.crew?.name).toBe('Tuesday Crew');
    expect(state.crewContext?.context).toMatchObject({
      crewName: 'Tuesday Crew',
      sessionLabel: { index: 1, of: 6 },
      hostName: 'Ada',
    });
    expect(state.crewContext?.sessionId).toBe('first-six-1');
    expect(state.activeRound).toBeNull();
  });

  it('is empty of crew data on a call that is not a crew call', async () => {
    const store = await demoStore();
    const state = await callPanelState(store, { meetCode: 'xyz-wxyz-xyz' }, SESSION_1);
    expect(state.crew).toBeNull();
    expect(state.crewContext).toBeNull();
    expect(state.settings.chimeVolume).toBeGreaterThan(0);
  });
});

describe('ending a crew call', () => {
  it('proposes the next host of a continued series from the member it opens with', async () => {
    const store = await demoStore();
    // Willow Crew's second series opens with Gita (its retrospective decided "continue"). Put
    // the series back to before its first meeting, then end that meeting's call.
    for (const index of [1, 2, 3]) {
      const session = await store.getSession('willow-crew', `willow-second-${index}`);
      if (!session) throw new Error('demo session missing');
      const { hostId: _host, presentIds: _present, ...planned } = session;
      await store.putSession({ ...planned, status: 'planned' });
    }
    const question = await endCall(
      store,
      {
        meetCode: 'abc-defg-hij',
        crewId: 'willow-crew',
        sessionId: 'willow-second-1',
        presentIds: ['w-ada', 'w-femi', 'w-gita', 'w-hugo'],
        selfId: 'w-gita',
      },
      Date.parse('2026-11-03T18:00:00.000Z'),
    );
    expect((await store.getSession('willow-crew', 'willow-second-1'))?.hostId).toBe('w-gita');
    // From Gita the turn goes on in crew order to Hugo; from the caller it would be Ada.
    expect(question).toMatchObject({ sessionId: 'willow-second-2', hostId: 'w-hugo' });
    // The session just held, for the reflection the panel offers after the question.
    expect(question?.heldSessionId).toBe('willow-second-1');
  });

  it('counts everyone who came: a member who left early is present, a 20-second visit is not', async () => {
    const store = await demoStore();
    const start = SESSION_1;
    const min = 60_000;
    const seen = (personKey: string, from: number, to: number, total = to - from) => ({
      personKey,
      firstSeenAt: start + from * min,
      lastSeenAt: start + to * min,
      totalMs: total * min,
    });
    await endCall(
      store,
      {
        meetCode: 'abc-defg-hij',
        crewId: 'tuesday-crew',
        sessionId: 'first-six-1',
        // The last roster: Bashir left ten minutes early, Dmitri looked in for 20 seconds.
        presentIds: ['m-ada', 'm-chiara', 'm-eun-ji'],
        selfId: 'm-ada',
        sightings: [
          seen('m-ada', 0, 60),
          seen('m-bashir', 0, 50),
          seen('m-chiara', 15, 60),
          seen('m-dmitri', 30, 31, 1 / 3),
          seen('m-eun-ji', 2, 60),
        ],
      },
      SESSION_1 + 3600_000,
    );
    expect(await store.getSession('tuesday-crew', 'first-six-1')).toMatchObject({
      status: 'held',
      hostId: 'm-ada',
      presentIds: ['m-ada', 'm-bashir', 'm-chiara', 'm-eun-ji'],
      awayIds: ['m-dmitri'],
    });
    // Who came when is kept with the session, members by arrival; Bashir's early leave is there.
    const at = (minutes: number) => new Date(start + minutes * min).toISOString();
    expect((await store.getSession('tuesday-crew', 'first-six-1'))?.attendance).toEqual([
      { memberId: 'm-ada', arrivedAt: at(0), leftAt: at(60), seenMs: 60 * min },
      { memberId: 'm-bashir', arrivedAt: at(0), leftAt: at(50), seenMs: 50 * min },
      { memberId: 'm-eun-ji', arrivedAt: at(2), leftAt: at(60), seenMs: 58 * min },
      { memberId: 'm-chiara', arrivedAt: at(15), leftAt: at(60), seenMs: 45 * min },
      { memberId: 'm-dmitri', arrivedAt: at(30), leftAt: at(31), seenMs: 20_000 },
    ]);
  });

  it('saves the session as held with who was there, absentees away, and asks about the next host', async () => {
    const store = await demoStore();
    const question = await endCall(
      store,
      {
        meetCode: 'abc-defg-hij',
        crewId: 'tuesday-crew',
        sessionId: 'first-six-1',
        presentIds: ['m-ada', 'm-chiara', 'm-dmitri', 'm-eun-ji'],
        selfId: 'm-ada',
      },
      SESSION_1 + 3600_000,
    );
    const held = await store.getSession('tuesday-crew', 'first-six-1');
    expect(held).toMatchObject({
      status: 'held',
      hostId: 'm-ada',
      presentIds: ['m-ada', 'm-chiara', 'm-dmitri', 'm-eun-ji'],
      awayIds: ['m-bashir'],
    });
    expect(question).toMatchObject({
      sessionId: 'first-six-2',
      sessionIndex: 2,
      hostId: 'm-bashir',
    });
    expect(question?.candidates.map((c) => c.name)).toEqual([
      'Ada',
      'Bashir',
      'Chiara',
      'Dmitri',
      'Eun-ji',
    ]);

    // Ending twice (the call left, then the tab closed) changes nothing more.
    const again = await endCall(
      store,
      { crewId: 'tuesday-crew', sessionId: 'first-six-1', presentIds: [] },
      SESSION_1 + 3700_000,
    );
    expect(await store.getSession('tuesday-crew', 'first-six-1')).toEqual(held);
    expect(again?.sessionId).toBe('first-six-2');
  });

  it('gives the session to whoever ran it when the planned host was absent', async () => {
    const store = await demoStore();
    await endCall(
      store,
      {
        crewId: 'tuesday-crew',
        sessionId: 'first-six-1',
        presentIds: ['m-bashir', 'm-chiara'],
        selfId: 'm-chiara',
      },
      SESSION_1,
    );
    expect((await store.getSession('tuesday-crew', 'first-six-1'))?.hostId).toBe('m-chiara');
  });

  it('does not close a session days away from the call', async () => {
    const store = await demoStore();
    const question = await endCall(
      store,
      { crewId: 'tuesday-crew', sessionId: 'first-six-1', presentIds: ['m-ada'] },
      SESSION_1 - 3 * 24 * 3600_000,
    );
    expect((await store.getSession('tuesday-crew', 'first-six-1'))?.status).toBe('planned');
    expect(question?.sessionId).toBe('first-six-1');
  });

  it('pins the confirmed next host, and ignores someone who is not a member', async () => {
    const store = await demoStore();
    await confirmNextHost(store, {
      crewId: 'tuesday-crew',
      sessionId: 'first-six-2',
      hostId: 'm-dmitri',
    });
    expect((await store.getSession('tuesday-crew', 'first-six-2'))?.pinnedHostId).toBe('m-dmitri');
    await confirmNextHost(store, {
      crewId: 'tuesday-crew',
      sessionId: 'first-six-3',
      hostId: 'intruder',
    });
    expect((await store.getSession('tuesday-crew', 'first-six-3'))?.pinnedHostId).toBeUndefined();
  });
});
