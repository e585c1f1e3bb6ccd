// @vitest-environment happy-dom
import { act, cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { fakeTickTime as fakeTime } from '../../../tests/support/fake-tick-time';
import { applyRoundEvent, createTurnRound, type RoundState, roundView } from '../../core/round';
import { formatRemaining } from './format';
import { useCountdownTick, useRoundTick } from './useDisplayTick';

let renders = 0;
function Shown({ round, time }: { round: RoundState; time: ReturnType<typeof fakeTime> }) {
  useRoundTick(round, time.now, time.environment);
  renders += 1;
  return <p data-testid="shown">{formatRemaining(roundView(round, time.now()).remainingMs)}</p>;
}

const START = 1_000_000;
function running(): RoundState {
  const ready = createTurnRound({
    id: 'r1',
    people: [{ personId: 'ada', name: 'Ada' }],
    budget: { kind: 'per-person', ms: 180_000 },
    warnBeforeEndMs: 0,
  });
  return applyRoundEvent(ready, { type: 'start' }, START);
}

afterEach(() => {
  cleanup();
  renders = 0;
});
const shown = () => screen.getByTestId('shown').textContent;

describe('the countdown tick', () => {
  it('wakes once per displayed second, on the second, and re-renders only then', () => {
    const time = fakeTime(START + 250);
    render(<Shown round={running()} time={time} />);
    expect(shown()).toBe('3:00');
    const rendersBefore = renders;
    const scheduledBefore = time.scheduled();
    time.advance(10_000);
    expect(shown()).toBe('2:50');
    // Ten displayed seconds: ten re-renders and about one timer each (not 600 frames).
    expect(renders - rendersBefore).toBe(10);
    expect(time.scheduled() - scheduledBefore).toBeLessThanOrEqual(21);
    expect(time.pending()).toBe(1);
    // The first wake came at the rollover, 750 ms after mounting, not a second later.
    time.advance(749);
    expect(shown()).toBe('2:50');
    time.advance(1);
    expect(shown()).toBe('2:49');
  });

  it('shows the right time at once when a frozen page resumes or is shown again', () => {
    const time = fakeTime(START);
    render(<Shown round={running()} time={time} />);
    time.freeze(25_400);
    act(() => {
      time.page.dispatchEvent(new Event('resume'));
    });
    expect(shown()).toBe('2:35');
    time.freeze(10_000);
    act(() => {
      time.page.dispatchEvent(new Event('visibilitychange'));
    });
    expect(shown()).toBe('2:25');
    expect(time.pending()).toBe(1);
  });

  it('sleeps while paused: no timer at all', () => {
    const time = fakeTime(START + 5_000);
    render(
      <Shown round={applyRoundEvent(running(), { type: 'pause' }, START + 5_000)} time={time} />,
    );
    expect(time.pending()).toBe(0);
    time.advance(60_000);
    expect(shown()).toBe('2:55');
  });

  it('the large countdown paints each second into the page and renders only on a change of shape', () => {
    const time = fakeTime(START + 250);
    const painted: string[] = [];
    let countdownRenders = 0;
    function Painted({ round }: { round: RoundState }) {
      useCountdownTick(
        round,
        time.now,
        (at) => painted.push(formatRemaining(roundView(round, at).remainingMs)),
        time.environment,
      );
      countdownRenders += 1;
      return null;
    }
    const { rerender } = render(<Painted round={running()} />);
    time.advance(3_000);
    expect(painted).toEqual(['3:00', '2:59', '2:58', '2:57']);
    expect(countdownRenders).toBe(1);
    // An event renders, and the render paints at once (the text is never left to Preact).
    const before = painted.length;
    rerender(<Painted round={applyRoundEvent(running(), { type: 'pause' }, START + 3_500)} />);
    expect(painted.length).toBe(before + 1);
    expect(painted.at(-1)).toBe('2:57');
    expect(time.pending()).toBe(0);
  });
});
