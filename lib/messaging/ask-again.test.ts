import { afterEach, describe, expect, it, vi } from 'vitest';
import { askAgainOnFailure } from './ask-again';

afterEach(() => {
  vi.useRealTimers();
});

describe('askAgainOnFailure', () => {
  it('asks again after each delay until an answer comes', async () => {
    vi.useFakeTimers();
    let calls = 0;
    const ask = async () => {
      calls++;
      if (calls < 3) throw new Error('Receiving end does not exist');
      return 'state';
    };
    const answer = askAgainOnFailure(ask, new AbortController().signal, [250, 1000]);
    await vi.advanceTimersByTimeAsync(249);
    expect(calls).toBe(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(calls).toBe(2);
    await vi.advanceTimersByTimeAsync(1000);
    await expect(answer).resolves.toBe('state');
    expect(calls).toBe(3);
  });

  it('gives up with the last failure once the delays are spent, or when aborted', async () => {
    vi.useFakeTimers();
    let calls = 0;
    const failing = async () => {
      calls++;
      throw new Error(`failure ${calls}`);
    };
    const spent = askAgainOnFailure(failing, new AbortController().signal, [10]);
    const settled = expect(spent).rejects.toThrow('failure 2');
    await vi.advanceTimersByTimeAsync(10);
    await settled;

    const controller = new AbortController();
    const aborted = askAgainOnFailure(failing, controller.signal, [10, 10]);
    const stopped = expect(aborted).rejects.toThrow('failure 3');
    controller.abort();
    await vi.advanceTimersByTimeAsync(10);
    await stopped;
    expect(calls).toBe(3);
  });
});
