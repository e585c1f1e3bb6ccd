// The sampler's looks reach the frame in batches of about a second, every look in order.
import { describe, expect, test } from 'vitest';
import { lookBatcher, SEND_LOOKS_EVERY_MS, type TalkLook } from './talk-batch';

describe('lookBatcher', () => {
  test('sends nothing until its first look is a second old, then every look since', () => {
    const sent: TalkLook[][] = [];
    const look = lookBatcher((batch) => sent.push(batch));
    look(['ada'], 0);
    look(['ada'], 400);
    look([], 800);
    expect(sent).toEqual([]);
    look(['bo'], SEND_LOOKS_EVERY_MS);
    expect(sent).toEqual([
      [
        { speaking: ['ada'], at: 0 },
        { speaking: ['ada'], at: 400 },
        { speaking: [], at: 800 },
        { speaking: ['bo'], at: 1000 },
      ],
    ]);
  });

  test('loses no look across batches, and a long pause sends at the next look', () => {
    const sent: TalkLook[][] = [];
    const look = lookBatcher((batch) => sent.push(batch), 1000);
    const times = [0, 300, 600, 900, 1200, 1500, 1800, 2100, 9000];
    for (const at of times) look(['ada'], at);
    expect(sent.map((batch) => batch.map((l) => l.at))).toEqual([
      [0, 300, 600, 900, 1200],
      [1500, 1800, 2100, 9000],
    ]);
    expect(sent.flat().map((l) => l.at)).toEqual(times);
  });
});
