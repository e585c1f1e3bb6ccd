import { describe, expect, it } from 'vitest';
import { createTalkTally, keptEstimate } from './talk-time';

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
