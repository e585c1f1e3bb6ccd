import { describe, expect, it } from 'vitest';
import { createTalkTally } from './talk-time';

describe('talk-time tally', () => {
  it('credits each speaker with the time since the previous sample', () => {
    const tally = createTalkTally();
    tally.sample([], 0);
    tally.sample(['ada'], 250);
    tally.sample(['ada'], 500);
    tally.sample(['ada', 'ben'], 750);
    tally.sample(['ben'], 1_000);
    expect(tally.shares()).toEqual([
      { id: 'ada', ms: 750, share: 0.6 },
      { id: 'ben', ms: 500, share: 0.4 },
    ]);
  });

  it('counts nothing across a long gap (hidden tab) or a clock that steps back', () => {
    const tally = createTalkTally(1_000);
    tally.sample(['ada'], 0);
    tally.sample(['ada'], 60_000);
    tally.sample(['ada'], 59_000);
    tally.sample(['ada'], 59_250);
    expect(tally.shares()).toEqual([{ id: 'ada', ms: 250, share: 1 }]);
  });

  it('is empty before anyone is heard, and a repeated id counts once', () => {
    const tally = createTalkTally();
    expect(tally.shares()).toEqual([]);
    tally.sample(['ada'], 0);
    tally.sample(['ada', 'ada'], 200);
    expect(tally.shares()).toEqual([{ id: 'ada', ms: 200, share: 1 }]);
  });
});
