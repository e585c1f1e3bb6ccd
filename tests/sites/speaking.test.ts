// @vitest-environment happy-dom
import { expect, test } from 'vitest';
import { createSpeakingTracker, speakerOfClassChange } from '../../lib/sites/meet/speaking';
import { parseFixture } from './fixtures';

const doc = parseFixture('meet', 'in-call-5.html');
const tileOf = (n: number) =>
  doc.querySelector(`[data-participant-id="spaces/AAAAq2c9Xy0/devices/${n}"]`) as Element;
const ring = (n: number) => tileOf(n).querySelector('[jsname="QgSmzd"]') as Element;
const bar = (n: number) =>
  tileOf(n).querySelector('[data-use-tooltip] [jsname="QgSmzd"] div') as Element;
const ORDER = [1, 2, 3, 4, 5].map((n) => `spaces/AAAAq2c9Xy0/devices/${n}`);

test('only voice-level elements (ring, bars) count as speech, not other tile parts', () => {
  expect(speakerOfClassChange(ring(3))).toBe(ORDER[2]);
  expect(speakerOfClassChange(bar(4))).toBe(ORDER[3]);
  expect(speakerOfClassChange(tileOf(2).querySelector('video') as Element)).toBeNull();
  expect(speakerOfClassChange(doc.body)).toBeNull();
});

test('speakers are held for the hold time, in roster order, then fall silent', () => {
  const tracker = createSpeakingTracker(1_500);
  tracker.note([bar(4), ring(2)], 1_000);
  expect(tracker.speakingIds(1_000, ORDER)).toEqual([ORDER[1], ORDER[3]]);
  expect(tracker.nextExpiry(1_000)).toBe(2_500);
  tracker.note([ring(2)], 2_000);
  expect(tracker.speakingIds(2_499, ORDER)).toEqual([ORDER[1], ORDER[3]]);
  expect(tracker.speakingIds(2_500, ORDER)).toEqual([ORDER[1]]);
  expect(tracker.nextExpiry(2_500)).toBe(3_500);
  expect(tracker.speakingIds(3_500, ORDER)).toEqual([]);
  expect(tracker.nextExpiry(3_500)).toBeNull();
});
