// @vitest-environment happy-dom
// Issue 8, the flake of meet-watch.test.ts "speakers fall silent after the hold time": the
// watch read the clock once for who speaks and again for when the next one falls silent. A hold
// that ended between the two readings showed someone speaking with no silence ever scheduled,
// and they stayed "speaking" until the page changed again. The hints below move the clock past
// the hold exactly there, so the test fails every time on the old code, not one run in seven.
import { afterEach, expect, test, vi } from 'vitest';
import { type CallFacts, emptyFacts } from '../../lib/sites/adapter';
import { type SpeakingHints, watchFacts } from '../../lib/sites/watch-facts';

const ADA = 'spaces/x/devices/1';
const HOLD_ENDS_AT = 5;

let controller = new AbortController();
afterEach(() => controller.abort());

test('a hold that ends while the watch publishes still ends in silence', async () => {
  let clock = 0;
  const hints: SpeakingHints = {
    note: () => {},
    speakingIds: (at) => {
      const speaking = at < HOLD_ENDS_AT ? [ADA] : [];
      // Time passes while the facts are published: past the end of Ada's hold.
      clock = Math.max(clock, HOLD_ENDS_AT);
      return speaking;
    },
    nextExpiry: (at) => (at < HOLD_ENDS_AT ? HOLD_ENDS_AT : null),
  };
  const inCall: CallFacts = {
    ...emptyFacts('meet', 'abc-defg-hij'),
    callState: 'in-call',
    roster: [{ id: ADA, name: 'Ada', isSelf: false }],
  };
  const seen: string[][] = [];
  controller = new AbortController();
  watchFacts(
    document,
    (facts) => seen.push(facts.speakingIds),
    controller.signal,
    { site: 'meet', read: () => inCall, attributes: [], speaking: hints },
    { now: () => clock, getUrl: () => 'https://meet.google.com/abc-defg-hij', batchMs: 10 },
  );
  expect(seen).toEqual([[ADA]]);
  await vi.waitFor(() => expect(seen).toEqual([[ADA], []]), { timeout: 1_000, interval: 10 });
});
