import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { fixtureText, freshStore } from '../../tests/support/store';
import { parseBackup } from '../core/backup';
import type { TalkEstimate } from '../core/model';
import { KeepTalkEstimateSchema } from '../messaging/talk-schemas';
import { keepTalkEstimate } from './talk-estimate';

// The demo crew (tests/fixtures/backups/README.md): Tuesday Crew, session 1 on 1 Dec 2026 18:00.
const SESSION_1 = Date.parse('2026-12-01T18:00:00.000Z');
const AFTER_CALL = SESSION_1 + 65 * 60_000;
const ESTIMATE: TalkEstimate = {
  kind: 'estimate',
  members: [
    { memberId: 'm-bashir', ms: 312_000, samples: 1_248 },
    { memberId: 'm-ada', ms: 95_250, samples: 381 },
  ],
  guests: { ms: 20_000, samples: 80 },
};
const where = { crewId: 'tuesday-crew', sessionId: 'first-six-1', runId: 'run-1' };
/** What the session keeps from the one run of ESTIMATE: its numbers, and it as that run's part. */
const KEPT_ONE_RUN: TalkEstimate = {
  ...ESTIMATE,
  runs: [{ runId: 'run-1', members: ESTIMATE.members, guests: { ms: 20_000, samples: 80 } }],
};

async function demoStore() {
  const store = await freshStore();
  expect((await store.importBackup(fixtureText('demo.json'), 'replace')).ok).toBe(true);
  return store;
}

describe('keeping the talk-time estimate with the session', () => {
  it('writes it on the call’s session, and it travels in the exported backup', async () => {
    const store = await demoStore();
    expect(await keepTalkEstimate(store, { ...where, estimate: ESTIMATE }, AFTER_CALL)).toBe(true);
    expect((await store.getSession('tuesday-crew', 'first-six-1'))?.talkEstimate).toEqual(
      KEPT_ONE_RUN,
    );
    const exported = await store.exportAll(new Date(AFTER_CALL));
    const parsed = parseBackup(exported);
    if (!parsed.ok) throw new Error('export refused');
    const session = parsed.backup.sessions.find((s) => s.id === 'first-six-1');
    expect(session?.talkEstimate).toEqual(KEPT_ONE_RUN);
    // The other sessions keep nothing.
    expect(parsed.backup.sessions.filter((s) => s.talkEstimate !== undefined)).toHaveLength(1);
  });

  it('forgets it again when the user unticks the choice', async () => {
    const store = await demoStore();
    await keepTalkEstimate(store, { ...where, estimate: ESTIMATE }, AFTER_CALL);
    expect(await keepTalkEstimate(store, { ...where, estimate: null }, AFTER_CALL)).toBe(true);
    const session = await store.getSession('tuesday-crew', 'first-six-1');
    expect(session && 'talkEstimate' in session).toBe(false);
    expect(await store.exportAll(new Date(AFTER_CALL))).not.toContain('talkEstimate');
  });

  it('refuses a session this call is not (another week, unknown, cancelled)', async () => {
    const store = await demoStore();
    const later = { ...where, sessionId: 'first-six-3' };
    expect(await keepTalkEstimate(store, { ...later, estimate: ESTIMATE }, AFTER_CALL)).toBe(false);
    const unknown = { ...where, sessionId: 'nope' };
    expect(await keepTalkEstimate(store, { ...unknown, estimate: ESTIMATE }, AFTER_CALL)).toBe(
      false,
    );
    const first = await store.getSession('tuesday-crew', 'first-six-1');
    if (!first) throw new Error('demo session missing');
    await store.putSession({ ...first, status: 'cancelled' });
    expect(await keepTalkEstimate(store, { ...where, estimate: ESTIMATE }, AFTER_CALL)).toBe(false);
    expect(await store.exportAll(new Date(AFTER_CALL))).not.toContain('talkEstimate');
  });

  it('keeps only the crew’s members by id: anyone else counts among the guests', async () => {
    const store = await demoStore();
    const stranger = { memberId: 'w-femi', ms: 10_000, samples: 40 };
    const estimate = { ...ESTIMATE, members: [...ESTIMATE.members, stranger] };
    await keepTalkEstimate(store, { ...where, estimate }, AFTER_CALL);
    const guests = { ms: 30_000, samples: 120 };
    expect((await store.getSession('tuesday-crew', 'first-six-1'))?.talkEstimate).toEqual({
      ...ESTIMATE,
      guests,
      runs: [{ runId: 'run-1', members: ESTIMATE.members, guests }],
    });
  });

  it('the message is checked: no names, no unknown fields, numbers within bounds', () => {
    const ok = { ...where, estimate: ESTIMATE };
    expect(v.safeParse(KeepTalkEstimateSchema, ok).success).toBe(true);
    expect(v.safeParse(KeepTalkEstimateSchema, { ...where, estimate: null }).success).toBe(true);
    const named = { ...ESTIMATE, members: [{ ...ESTIMATE.members[0], name: 'Bashir' }] };
    const negative = { ...ESTIMATE, guests: { ms: -1, samples: 0 } };
    const huge = { ...ESTIMATE, guests: { ms: 2 * 86_400_000, samples: 0 } };
    const unlabelled = { ...ESTIMATE, kind: 'measured' };
    // A panel sends its own part only: the runs are the background's to keep.
    const withRuns = KEPT_ONE_RUN;
    for (const estimate of [named, negative, huge, unlabelled, withRuns]) {
      expect(v.safeParse(KeepTalkEstimateSchema, { ...where, estimate }).success).toBe(false);
    }
  });
});

describe('a panel reopened mid-call (one session, several panel runs)', () => {
  const first = { ...where, runId: 'run-1' };
  const second = { ...where, runId: 'run-2' };
  const talk = (bashir: number, ada: number, guests: number): TalkEstimate => ({
    kind: 'estimate',
    members: [
      { memberId: 'm-bashir', ms: bashir * 1000, samples: bashir * 4 },
      { memberId: 'm-ada', ms: ada * 1000, samples: ada * 4 },
    ],
    guests: { ms: guests * 1000, samples: guests * 4 },
  });
  const shown = async (store: Awaited<ReturnType<typeof demoStore>>) => {
    const estimate = (await store.getSession('tuesday-crew', 'first-six-1'))?.talkEstimate;
    return (
      estimate && {
        members: estimate.members.map((m) => [m.memberId, m.ms / 1000]),
        guests: (estimate.guests?.ms ?? 0) / 1000,
      }
    );
  };

  it('adds the second run to what the first kept, per member and for the guests', async () => {
    const store = await demoStore();
    expect(
      await keepTalkEstimate(store, { ...first, estimate: talk(300, 60, 20) }, AFTER_CALL),
    ).toBe(true);
    expect(
      await keepTalkEstimate(store, { ...second, estimate: talk(10, 90, 5) }, AFTER_CALL),
    ).toBe(true);
    expect(await shown(store)).toEqual({
      members: [
        ['m-bashir', 310],
        ['m-ada', 150],
      ],
      guests: 25,
    });
  });

  it('a run sending its growing tally again replaces its own part: no second counted twice', async () => {
    const store = await demoStore();
    await keepTalkEstimate(store, { ...first, estimate: talk(300, 60, 20) }, AFTER_CALL);
    await keepTalkEstimate(store, { ...second, estimate: talk(10, 90, 5) }, AFTER_CALL);
    // The second panel's tally at the call's end, and again as the panel closes.
    await keepTalkEstimate(store, { ...second, estimate: talk(40, 100, 5) }, AFTER_CALL);
    await keepTalkEstimate(store, { ...second, estimate: talk(40, 100, 5) }, AFTER_CALL);
    expect(await shown(store)).toEqual({
      members: [
        ['m-bashir', 340],
        ['m-ada', 160],
      ],
      guests: 25,
    });
    // And it all exports and imports again.
    const exported = await store.exportAll(new Date(AFTER_CALL));
    expect(parseBackup(exported).ok).toBe(true);
  });

  it('unticking in the second panel takes back only what it kept', async () => {
    const store = await demoStore();
    await keepTalkEstimate(store, { ...first, estimate: talk(300, 60, 20) }, AFTER_CALL);
    await keepTalkEstimate(store, { ...second, estimate: talk(10, 90, 5) }, AFTER_CALL);
    await keepTalkEstimate(store, { ...second, estimate: null }, AFTER_CALL);
    expect(await shown(store)).toEqual({
      members: [
        ['m-bashir', 300],
        ['m-ada', 60],
      ],
      guests: 20,
    });
    await keepTalkEstimate(store, { ...first, estimate: null }, AFTER_CALL);
    expect(await shown(store)).toBeUndefined();
  });

  it('an estimate kept before runs were told apart stays as one part and is added to', async () => {
    const store = await demoStore();
    const session = await store.getSession('tuesday-crew', 'first-six-1');
    if (!session) throw new Error('demo session missing');
    await store.putSession({ ...session, talkEstimate: talk(300, 60, 20) });
    await keepTalkEstimate(store, { ...second, estimate: talk(10, 90, 0) }, AFTER_CALL);
    expect(await shown(store)).toEqual({
      members: [
        ['m-bashir', 310],
        ['m-ada', 150],
      ],
      guests: 20,
    });
  });

  it('refuses a run past the most a record keeps, and keeps what it had', async () => {
    const store = await demoStore();
    for (let run = 0; run < 30; run += 1) {
      const request = { ...where, runId: `run-${run}`, estimate: talk(1, 1, 0) };
      expect(await keepTalkEstimate(store, request, AFTER_CALL)).toBe(true);
    }
    const extra = { ...where, runId: 'run-30', estimate: talk(1, 1, 0) };
    expect(await keepTalkEstimate(store, extra, AFTER_CALL)).toBe(false);
    // A run already kept may still send its numbers again.
    const again = { ...where, runId: 'run-3', estimate: talk(2, 1, 0) };
    expect(await keepTalkEstimate(store, again, AFTER_CALL)).toBe(true);
    expect((await shown(store))?.members).toEqual([
      ['m-bashir', 31],
      ['m-ada', 30],
    ]);
  });
});

describe('a backup with a kept estimate', () => {
  const FIXTURE = fixtureText('v2-talk-estimate.json');

  it('imports and exports again byte for byte', async () => {
    const store = await freshStore();
    expect((await store.importBackup(FIXTURE, 'replace')).ok).toBe(true);
    const session = await store.getSession('c-harbour', 'se-2');
    expect(session?.talkEstimate?.kind).toBe('estimate');
    expect(session?.talkEstimate?.members.map((m) => m.memberId)).toEqual(['m2', 'm1', 'm4']);
    const parsed = parseBackup(FIXTURE);
    if (!parsed.ok) throw new Error('fixture refused');
    expect(await store.exportAll(new Date(parsed.backup.exportedAt))).toBe(FIXTURE);
  });

  it('refuses an estimate beyond its caps, saying where', () => {
    const raw = JSON.parse(FIXTURE);
    raw.sessions[1].talkEstimate.members = Array.from({ length: 101 }, (_, i) => ({
      memberId: `m${i}`,
      ms: 1,
      samples: 1,
    }));
    const parsed = parseBackup(JSON.stringify(raw, null, 2));
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.problems[0]?.path).toContain('talkEstimate.members');
  });
});
