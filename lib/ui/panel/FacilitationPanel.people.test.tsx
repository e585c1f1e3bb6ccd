// @vitest-environment happy-dom
// Issue 8, "People trickle in": the setup ticks whoever arrives unless the host unticked them;
// during a round, an arrival can be added and a departure skipped, each with one click.
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { afterEach, describe, expect, it } from 'vitest';
import { applyRoundEvent, type RoundPerson, type RoundState } from '../../core/round';
import { FacilitationPanel } from './FacilitationPanel';

const START = Date.parse('2026-12-01T18:00:00.000Z');
const SETTINGS = { chimeVolume: 0, warnBeforeEndSeconds: 30, autoAdvance: false };
const ada = { personId: 'm-ada', name: 'Ada' };
const bashir = { personId: 'm-bashir', name: 'Bashir' };
const chiara = { personId: 'm-chiara', name: 'Chiara' };
const guest = { personId: 'guest-1', name: 'Eun-ji Park' };

/** The panel as the call mounts it: the people in the call are both the setup and `inCall`. */
function InCall({ here }: { here: RoundPerson[] }) {
  const [round, setRound] = useState<RoundState | null>(null);
  return (
    <FacilitationPanel
      round={round}
      now={() => START}
      dispatch={(event) => setRound((state) => state && applyRoundEvent(state, event, START))}
      context={{ agreements: [] }}
      prompt={null}
      settings={SETTINGS}
      setup={{ members: here, quickRoundNames: [] }}
      inCall={here}
      onStartRound={(result) => setRound(result.state)}
      onNewRound={() => setRound(null)}
      newId={() => 'r1'}
      random={() => 0.5}
    />
  );
}

const ticked = () =>
  screen
    .getAllByRole('checkbox')
    .map((box) => [box.parentElement?.textContent, (box as HTMLInputElement).checked]);
const order = () => screen.getByRole('list', { name: 'Speaking order' }).textContent ?? '';
const click = (name: string) => fireEvent.click(screen.getByRole('button', { name }));

afterEach(cleanup);

describe('people who arrive and leave', () => {
  it('the setup ticks whoever joins, crew or guest, but not someone the host unticked', async () => {
    const { rerender } = render(<InCall here={[ada, bashir]} />);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Bashir' }));
    rerender(<InCall here={[ada, bashir, chiara, guest]} />);
    await waitFor(() =>
      expect(ticked()).toEqual([
        ['Ada', true],
        ['Bashir', false],
        ['Chiara', true],
        ['Eun-ji Park', true],
      ]),
    );
    click('Show the order');
    await screen.findByText('Ada starts');
    expect(order()).not.toContain('Bashir');
    expect(order()).toContain('Eun-ji Park');
  });

  it('during a round: one click adds who arrived, one click skips who left', async () => {
    const { rerender } = render(<InCall here={[ada, bashir]} />);
    click('Show the order');
    click('Start round');
    await screen.findByRole('timer');

    rerender(<InCall here={[ada, bashir, guest]} />);
    await screen.findByText('Eun-ji Park joined the call.');
    expect(order()).not.toContain('Eun-ji Park');
    click('Add Eun-ji Park');
    await waitFor(() => expect(order()).toContain('Eun-ji Park'));
    expect(screen.queryByText('Eun-ji Park joined the call.')).toBeNull();

    rerender(<InCall here={[ada, guest]} />);
    await screen.findByText('Bashir left the call.');
    // Nothing is dropped silently: Bashir stays in the order until the host says so.
    expect(order()).toContain('Bashir');
    click('Skip Bashir');
    await waitFor(() => expect(order()).not.toContain('Bashir'));

    // The speaker on the floor leaves: skipping moves on to the next one.
    rerender(<InCall here={[guest]} />);
    await screen.findByText('Ada left the call.');
    click('Skip Ada');
    await waitFor(() =>
      expect(screen.getByTestId('current-speaker').textContent).toBe('Eun-ji Park'),
    );
  });
});
