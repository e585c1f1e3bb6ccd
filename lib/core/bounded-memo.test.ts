import { describe, expect, it } from 'vitest';
import { boundedMemo } from './bounded-memo';

describe('boundedMemo', () => {
  it('computes each argument once, undefined answers included', () => {
    const calls: string[] = [];
    const parse = boundedMemo((text: string) => {
      calls.push(text);
      return text === '' ? undefined : text.length;
    });
    expect([parse('ab'), parse(''), parse('ab'), parse(''), parse('abc')]).toEqual([
      2,
      undefined,
      2,
      undefined,
      3,
    ]);
    expect(calls).toEqual(['ab', '', 'abc']);
  });

  it('keeps at most `max` arguments', () => {
    const calls: number[] = [];
    const double = boundedMemo((n: number) => {
      calls.push(n);
      return n * 2;
    }, 3);
    for (const n of [1, 2, 3]) double(n);
    expect(double(1)).toBe(2);
    expect(calls).toEqual([1, 2, 3]);
    // A fourth argument starts afresh: 1 is computed again afterwards.
    expect(double(4)).toBe(8);
    expect(double(1)).toBe(2);
    expect(calls).toEqual([1, 2, 3, 4, 1]);
  });
});
