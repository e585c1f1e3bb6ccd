// @vitest-environment happy-dom
// The collapsed pill counts down like the panel (issue 8): each displayed second is written in
// place, on the second, and pausing or running over shows at once.
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { fakeTickTime as fakeTime } from '../../../tests/support/fake-tick-time';
import { applyRoundEvent, createTurnRound, type RoundState } from '../../core/round';
import { CallPill } from './CallPill';

const START = 1_000_000;

function running(ms = 180_000): RoundState {
  const ready = createTurnRound({
    id: 'r1',
    people: [
      { personId: 'ada', name: 'Ada' },
      { personId: 'bashir', name: 'Bashir' },
    ],
    budget: { kind: 'per-person', ms },
    warnBeforeEndMs: 0,
  });
  return applyRoundEvent(ready, { type: 'start' }, START);
}

const pill = () => screen.getByTestId('pill-time').textContent?.replace(/\s+/g, ' ').trim();

afterEach(cleanup);

describe('the collapsed pill', () => {
  it('counts down every second, woken once per second', () => {
    const time = fakeTime(START + 250);
    render(
      <CallPill
        round={running()}
        now={time.now}
        idle="Tuesday Crew"
        environment={time.environment}
      />,
    );
    expect(pill()).toBe('Ada 3:00');
    time.advance(1_000);
    expect(pill()).toBe('Ada 2:59');
    const before = time.scheduled();
    time.advance(4_000);
    expect(pill()).toBe('Ada 2:55');
    expect(time.scheduled() - before).toBe(4);
  });

  it('shows the overtime counting up once the turn is over', () => {
    const time = fakeTime(START + 250);
    render(
      <CallPill
        round={running(3_000)}
        now={time.now}
        idle="Tuesday Crew"
        environment={time.environment}
      />,
    );
    time.advance(5_000);
    expect(pill()).toMatch(/^Ada .*0:02/);
    time.advance(1_000);
    expect(pill()).toMatch(/^Ada .*0:03/);
  });

  it('says paused and stops waking while the turn is paused', () => {
    const time = fakeTime(START + 5_500);
    const paused = applyRoundEvent(running(), { type: 'pause' }, START + 5_000);
    render(
      <CallPill round={paused} now={time.now} idle="Tuesday Crew" environment={time.environment} />,
    );
    expect(pill()).toMatch(/^Ada 2:55 .*paused/i);
    const before = time.scheduled();
    time.advance(10_000);
    expect(pill()).toMatch(/^Ada 2:55/);
    expect(time.scheduled()).toBe(before);
  });

  it('names the crew when no turn is on the floor', () => {
    const time = fakeTime(START);
    render(
      <CallPill round={null} now={time.now} idle="Tuesday Crew" environment={time.environment} />,
    );
    expect(screen.getByText('Tuesday Crew')).toBeTruthy();
  });
});
