// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { afterEach, describe, expect, it } from 'vitest';
import { applyRoundEvent, type RoundEvent, type RoundState } from '../../core/round';
import { FacilitationPanel } from './FacilitationPanel';
import type { RoundSetupResult, SetupSource } from './types';

const START = Date.parse('2026-11-26T18:00:00.000Z');
const SETTINGS = { chimeVolume: 0, warnBeforeEndSeconds: 30, autoAdvance: false };

/**
 * A clock the test moves by hand. A jump is what a page resumed after a freeze sees, so it fires
 * the Page Lifecycle `resume` event the countdown listens for, instead of waiting for its timer.
 */
function manualClock() {
  let at = START;
  return {
    now: () => at,
    advance: (ms: number) => {
      at += ms;
      document.dispatchEvent(new Event('resume'));
    },
  };
}

function Host({
  clock,
  setup,
  onSetup,
}: {
  clock: ReturnType<typeof manualClock>;
  setup: SetupSource;
  onSetup?: (result: RoundSetupResult) => void;
}) {
  const [round, setRound] = useState<RoundState | null>(null);
  const dispatch = (event: RoundEvent) =>
    setRound((state) => (state ? applyRoundEvent(state, event, clock.now()) : state));
  return (
    <FacilitationPanel
      round={round}
      now={clock.now}
      dispatch={dispatch}
      context={{ agreements: ['We listen without fixing'] }}
      prompt={{ text: 'What is alive for you right now?' }}
      settings={SETTINGS}
      setup={setup}
      onStartRound={(result) => {
        onSetup?.(result);
        setRound(result.state);
      }}
      onNewRound={() => setRound(null)}
      newId={() => 'round-1'}
      random={() => 0.5}
    />
  );
}

const quick: SetupSource = { quickRoundNames: ['Ada', 'Bashir', 'Chiara'] };
const timer = () => screen.getByRole('timer');
const liveRegion = () => document.querySelector('[aria-live="polite"]') as HTMLElement;
const click = (name: string | RegExp) => fireEvent.click(screen.getByRole('button', { name }));
const speaker = () => screen.getByTestId('current-speaker').textContent;

async function startQuickRound(clock: ReturnType<typeof manualClock>) {
  let result: RoundSetupResult | undefined;
  render(<Host clock={clock} setup={quick} onSetup={(r) => (result = r)} />);
  click('Show the order');
  await screen.findByText('Ada starts');
  click('Start round');
  await waitFor(() => expect(timer().textContent).toBe('3:00'));
  return () => result;
}

describe('FacilitationPanel', () => {
  afterEach(cleanup);

  it('runs a quick round: countdown, next speaker announced politely, remembered names', async () => {
    const clock = manualClock();
    const setupResult = await startQuickRound(clock);
    expect(setupResult()?.quickRoundNames).toEqual(['Ada', 'Bashir', 'Chiara']);
    expect(speaker()).toBe('Ada');
    expect(liveRegion().textContent).toBe('Now speaking: Ada, 3:00.');
    expect(screen.getByText('What is alive for you right now?')).toBeTruthy();

    clock.advance(65_000);
    await waitFor(() => expect(timer().textContent).toBe('1:55'));
    // The live region does not tick with the countdown.
    expect(liveRegion().textContent).toBe('Now speaking: Ada, 3:00.');

    click('Next');
    await waitFor(() => expect(liveRegion().textContent).toBe('Now speaking: Bashir, 3:00.'));
    expect(speaker()).toBe('Bashir');
    expect(timer().textContent).toBe('3:00');
    const current = screen.getByRole('listitem', { current: true });
    expect(current.textContent).toContain('Bashir');
    expect(screen.getByRole('list', { name: 'Speaking order' }).textContent).toContain('1:05');
  });

  it('pass moves the speaker to the end; pause holds the clock; +30 s adds time', async () => {
    const clock = manualClock();
    await startQuickRound(clock);
    click('Pass');
    await waitFor(() => expect(speaker()).toBe('Bashir'));
    const items = screen.getAllByRole('listitem').map((item) => item.textContent);
    expect(items.at(-1)).toContain('Ada');
    expect(items.at(-1)).toContain('speaks at the end');

    clock.advance(10_000);
    await waitFor(() => expect(timer().textContent).toBe('2:50'));
    click('Pause');
    expect(screen.getByText('paused')).toBeTruthy();
    clock.advance(60_000);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(timer().textContent).toBe('2:50');

    click('Resume');
    click(/add 30 seconds/);
    await waitFor(() => expect(timer().textContent).toBe('3:20'));
  });

  it('counts overtime up with words and an icon, and announces the end of the turn once', async () => {
    const clock = manualClock();
    await startQuickRound(clock);
    clock.advance(180_000 + 12_400);
    await waitFor(() => expect(timer().textContent).toBe('+0:12 over'));
    expect(timer().querySelector('svg')).not.toBeNull();
    expect(screen.getByText("time's up — no rush")).toBeTruthy();
    await waitFor(() => expect(liveRegion().textContent).toBe('Ada: time is up.'));
  });

  it('ends with each person’s time, private to this device', async () => {
    const clock = manualClock();
    await startQuickRound(clock);
    clock.advance(90_000);
    click('Next');
    clock.advance(30_000);
    click('End round');
    await screen.findByText('Round complete');
    const rows = screen.getAllByRole('row').map((row) => row.textContent);
    expect(rows).toContain('Ada1:30');
    expect(rows).toContain('Bashir0:30');
    expect(screen.getByText(/private to this device/)).toBeTruthy();
    await waitFor(() => expect(liveRegion().textContent).toBe('The round has ended.'));
  });

  it('asks for at least two names before a quick round', async () => {
    const clock = manualClock();
    render(<Host clock={clock} setup={{ quickRoundNames: [] }} />);
    fireEvent.input(screen.getByLabelText('Names'), { target: { value: 'Ada\n  \n' } });
    click('Show the order');
    expect((await screen.findByRole('alert')).textContent).toBe('A round needs at least 2 people.');
    expect(screen.queryByRole('button', { name: 'Start round' })).toBeNull();
  });
});
