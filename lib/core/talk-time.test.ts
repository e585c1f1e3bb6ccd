import { describe, expect, it } from 'vitest';
import { createTalkTally, EARLIER_RUN, keepRun, keptEstimate, MAX_RUNS } from './talk-time';

describe('talk-time tally', () => {
  it('credits each speaker with the time since the previous sample', () => {
    const tally = createTalkTally();
    tally.sample([], 0);
    tally.sample(['ada'], 250);
    tally.sample(['ada'], 500);
    tally.sample(['ada', 'ben'], 750);
    tally.sample(['ben'], 1_000);
    expect(tally.shares()).toEqual([
      { id: 'ada', ms: 750, samples: 3, share: 0.6 },
      { id: 'ben', ms: 500, samples: 2, share: 0.4 },
    ]);
  });

  it('counts nothing across a long gap (hidden tab) or a clock that steps back', () => {
    const tally = createTalkTally(1_000);
    tally.sample(['ada'], 0);
    tally.sample(['ada'], 60_000);
    tally.sample(['ada'], 59_000);
    tally.sample(['ada'], 59_250);
    expect(tally.shares()).toEqual([{ id: 'ada', ms: 250, samples: 1, share: 1 }]);
  });

  it('is empty before anyone is heard, and a repeated id counts once', () => {
    const tally = createTalkTally();
    expect(tally.shares()).toEqual([]);
    tally.sample(['ada'], 0);
    tally.sample(['ada', 'ada'], 200);
    expect(tally.shares()).toEqual([{ id: 'ada', ms: 200, samples: 1, share: 1 }]);
  });
});

describe('the estimate kept with a session', () => {
  const members = new Map([
    ['spaces/x/devices/1', 'm-ada'],
    ['spaces/x/devices/2', 'm-ben'],
    ['spaces/x/devices/3', 'm-ada'],
  ]);
  const memberOf = (id: string) => members.get(id);

  it('keeps crew members by id (one person across devices) and guests only as a total', () => {
    const tally = createTalkTally();
    tally.sample([], 0);
    tally.sample(['spaces/x/devices/1', 'spaces/x/devices/9'], 250);
    tally.sample(['spaces/x/devices/2'], 500);
    tally.sample(['spaces/x/devices/3', 'spaces/x/devices/8'], 750);
    tally.sample(['spaces/x/devices/3'], 1_000);
    expect(keptEstimate(tally.shares(), memberOf)).toEqual({
      kind: 'estimate',
      members: [
        { memberId: 'm-ada', ms: 750, samples: 3 },
        { memberId: 'm-ben', ms: 250, samples: 1 },
      ],
      guests: { ms: 500, samples: 2 },
    });
  });

  it('has no guests entry without guests, and is nothing when nobody was heard', () => {
    const tally = createTalkTally();
    expect(keptEstimate(tally.shares(), memberOf)).toBeNull();
    tally.sample([], 0);
    tally.sample(['spaces/x/devices/2'], 250);
    expect(keptEstimate(tally.shares(), memberOf)).toEqual({
      kind: 'estimate',
      members: [{ memberId: 'm-ben', ms: 250, samples: 1 }],
    });
  });
});

describe('one session kept from several panel runs (keepRun)', () => {
  const crew = new Set(['m-ada', 'm-ben']);
  const isMember = (id: string) => crew.has(id);
  const part = (ada: number, ben: number, guests = 0) => ({
    members: [
      { memberId: 'm-ada', ms: ada, samples: ada / 250 },
      { memberId: 'm-ben', ms: ben, samples: ben / 250 },
    ],
    ...(guests > 0 ? { guests: { ms: guests, samples: guests / 250 } } : {}),
  });
  const totals = (estimate: ReturnType<typeof keepRun>) =>
    typeof estimate === 'object'
      ? {
          members: estimate.members.map((m) => [m.memberId, m.ms, m.samples]),
          guests: estimate.guests,
          runs: estimate.runs?.map((r) => r.runId),
        }
      : estimate;

  it('sums the runs per member and for the guests, most first; a resend replaces its run', () => {
    const one = keepRun(undefined, 'r1', part(1_000, 500, 250), isMember);
    const two = keepRun(one === 'full' ? undefined : one, 'r2', part(250, 1_000), isMember);
    const again = keepRun(two === 'full' ? undefined : two, 'r2', part(500, 1_500), isMember);
    expect(totals(again)).toEqual({
      members: [
        ['m-ben', 2_000, 8],
        ['m-ada', 1_500, 6],
      ],
      guests: { ms: 250, samples: 1 },
      runs: ['r1', 'r2'],
    });
  });

  it('keeps someone not in the crew among the guests, by time only', () => {
    const stranger = { memberId: 'w-zed', ms: 750, samples: 3 };
    const kept = keepRun(
      undefined,
      'r1',
      { members: [stranger], guests: { ms: 250, samples: 1 } },
      isMember,
    );
    expect(totals(kept)).toEqual({ members: [], guests: { ms: 1_000, samples: 4 }, runs: ['r1'] });
  });

  it('an estimate kept as one part stays one part; taking every run back leaves nothing', () => {
    const before = { kind: 'estimate' as const, ...part(2_000, 0) };
    const added = keepRun(before, 'r1', part(500, 250), isMember);
    expect(totals(added)).toEqual({
      members: [
        ['m-ada', 2_500, 10],
        ['m-ben', 250, 1],
      ],
      guests: undefined,
      runs: [EARLIER_RUN, 'r1'],
    });
    const withoutR1 = keepRun(added === 'full' ? undefined : added, 'r1', null, isMember);
    expect(withoutR1 !== 'full' && withoutR1?.members.map((m) => m.ms)).toEqual([2_000, 0]);
    expect(keepRun(undefined, 'r1', null, isMember)).toBeUndefined();
  });

  it('caps the sums at a day and refuses a run past MAX_RUNS, not one already kept', () => {
    const day = 86_400_000;
    let estimate = keepRun(undefined, 'r0', part(day - 1_000, 0), isMember);
    for (let i = 1; i < MAX_RUNS; i += 1) {
      if (estimate === 'full' || estimate === undefined) throw new Error('refused too early');
      estimate = keepRun(estimate, `r${i}`, part(1_000, 0), isMember);
    }
    if (estimate === 'full' || estimate === undefined) throw new Error('refused too early');
    expect(estimate.members[0]?.ms).toBe(day);
    expect(keepRun(estimate, 'one-too-many', part(1, 0), isMember)).toBe('full');
    expect(keepRun(estimate, 'r3', part(1, 0), isMember)).not.toBe('full');
  });
});
