// @vitest-environment happy-dom
// A session's agenda run as a meeting in the panel (issue 10): the check-in turn by turn among
// the people present, where the meeting is, and the host skipping, moving and lengthening phases.
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { afterEach, describe, expect, it } from 'vitest';
import { applyRoundEvent, type RoundEvent, type RoundState } from '../../core/round';
import { STARTER_SERIES } from '../../core/starter-series';
import { FacilitationPanel } from './FacilitationPanel';
import type { RoundSetupResult, SetupSource } from './types';

const START = Date.parse('2026-11-26T18:00:00.000Z');
const SETTINGS = { chimeVolume: 0, warnBeforeEndSeconds: 30, autoAdvance: false };

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

const members = [
  { personId: 'ada', name: 'Ada' },
  { personId: 'bashir', name: 'Bashir' },
  { personId: 'chiara', name: 'Chiara' },
  { personId: 'dev', name: 'Dev' },
];
const crewSetup: SetupSource = { quickRoundNames: [], members, hostId: 'ada' };

function Host({
  clock,
  setup,
  onNote,
}: {
  clock: ReturnType<typeof manualClock>;
  setup: SetupSource;
  onNote?: (phaseId: string, text: string) => void;
}) {
  const [round, setRound] = useState<RoundState | null>(null);
  const dispatch = (event: RoundEvent) =>
    setRound((state) => (state ? applyRoundEvent(state, event, clock.now()) : state));
  return (
    <FacilitationPanel
      round={round}
      now={clock.now}
      dispatch={dispatch}
      context={{ agreements: [] }}
      prompt={{ text: 'How are you arriving?' }}
      settings={SETTINGS}
      setup={setup}
      onStartRound={(result: RoundSetupResult) => setRound(result.state)}
      onNewRound={() => setRound(null)}
      newId={() => 'meeting-1'}
      random={() => 0.5}
      inCall={members}
      notes={{}}
      onNote={onNote}
    />
  );
}

const timer = () => screen.getByRole('timer');
const liveRegion = () => document.querySelector('[aria-live="polite"]') as HTMLElement;
const click = (name: string | RegExp) => fireEvent.click(screen.getByRole('button', { name }));
const speaker = () => screen.getByTestId('current-speaker').textContent;
const place = () => screen.getByTestId('meeting-place').textContent;
const agendaItems = () =>
  Array.from(screen.getByRole('list', { name: 'Agenda' }).querySelectorAll('li')).map(
    (item) => item.textContent,
  );

async function startMeeting(clock: ReturnType<typeof manualClock>) {
  render(<Host clock={clock} setup={crewSetup} />);
  fireEvent.change(screen.getByLabelText('Kind of round'), {
    target: { value: 'session-agenda' },
  });
  click('Show the order');
  await screen.findByText('First: Check-in round');
  click('Start round');
  await waitFor(() => expect(speaker()).toBe('Ada'));
}

describe('a session agenda run as a meeting', () => {
  afterEach(cleanup);

  it('runs the check-in turn by turn and says where the meeting is', async () => {
    const clock = manualClock();
    await startMeeting(clock);
    // 15 minutes of check-in shared by four: 3:45 each; 60 minutes in all.
    expect(timer().textContent).toBe('3:45');
    expect(place()).toBe('Check-in round · 1 of 4 speakers · 60 min left in the meeting');
    expect(screen.getByText('How are you arriving?')).toBeTruthy();
    expect(liveRegion().textContent).toBe('Check-in round begins. Now speaking: Ada, 3:45.');
    clock.advance(3 * 60_000);
    await waitFor(() => expect(timer().textContent).toBe('0:45'));
    click('Next');
    await waitFor(() => expect(speaker()).toBe('Bashir'));
    expect(place()).toBe('Check-in round · 2 of 4 speakers · 57 min left in the meeting');
    expect(screen.getByRole('list', { name: 'Speaking order' }).textContent).toContain('3:00');
    click('Pass');
    click('Next');
    click('Next');
    await waitFor(() => expect(speaker()).toBe('Bashir'));
    click('Next');
    await waitFor(() => expect(speaker()).toBe('Open time'));
    // The check-in ended early: what it did not use is not the meeting's any more.
    expect(place()).toBe('Open time · 45 min left in the meeting');
    expect(liveRegion().textContent).toBe('Now: Open time, 35:00.');
    expect(screen.queryByRole('list', { name: 'Speaking order' })).toBeNull();
    expect(screen.queryByText('How are you arriving?')).toBeNull();
  });

  it('lets the host add time to the phase on now, skip it, and move a phase to come', async () => {
    const clock = manualClock();
    await startMeeting(clock);
    click('+5 min: add 5 minutes to Check-in round');
    await waitFor(() => expect(place()).toContain('65 min left in the meeting'));
    expect(liveRegion().textContent).toBe('5 minutes added to Check-in round.');
    click('Move Check-out round earlier');
    await waitFor(() => expect(agendaItems()[1]).toContain('Check-out round'));
    expect(liveRegion().textContent).toBe('Check-out round is now number 1 of the phases to come.');
    click('Move Check-out round later');
    click('+5 min: add 5 minutes to Check-out round');
    await waitFor(() => expect(agendaItems()[2]).toContain('15 min'));
    expect(place()).toContain('70 min left in the meeting');
    click('Skip Open time');
    await waitFor(() => expect(agendaItems()[0]).toContain('skipped'));
    expect(place()).toContain('35 min left in the meeting');
    click('Skip Check-in round');
    await waitFor(() => expect(place()).toContain('Check-out round · 1 of 4 speakers'));
    expect(timer().textContent).toBe('3:45');
    click('End meeting');
    await screen.findByText('Meeting complete');
    // After a meeting the way on says so; "New round" is a round's.
    expect(screen.getByRole('button', { name: 'New meeting' })).toBeTruthy();
    const rows = screen.getAllByRole('row').map((row) => row.textContent);
    expect(rows).toContain('Open time0:00skipped');
    expect(rows.some((row) => row?.startsWith('Ada'))).toBe(true);
    await waitFor(() => expect(liveRegion().textContent).toBe('The meeting has ended.'));
  });

  it('offers a check-out round at the end of an agenda without one', async () => {
    const clock = manualClock();
    render(<Host clock={clock} setup={crewSetup} />);
    fireEvent.change(screen.getByLabelText('Kind of round'), { target: { value: 'case-clinic' } });
    click('Show the order');
    click('Start round');
    await waitFor(() => expect(speaker()).toBe('Set-up'));
    expect(screen.queryByRole('button', { name: 'Close with a check-out round' })).toBeNull();
    for (const name of ['Set-up', 'Intention statement', 'Stillness', 'Mirroring']) {
      click(`Skip ${name}`);
    }
    click('Skip Generative dialogue');
    await waitFor(() => expect(place()).toContain('Closing round · 1 of 4 speakers'));
    click('Close with a check-out round');
    await waitFor(() => expect(agendaItems().at(-1)).toContain('Check-out round'));
    expect(liveRegion().textContent).toBe('A check-out round closes the meeting.');
    expect(screen.queryByRole('button', { name: 'Close with a check-out round' })).toBeNull();
  });

  it('gives a phase to come one more minute too, its button naming the phase', async () => {
    const clock = manualClock();
    await startMeeting(clock);
    expect(agendaItems()[1]).toContain('35 min');
    click('+1 min: add 1 minute to Open time');
    await waitFor(() => expect(agendaItems()[1]).toContain('36 min'));
    expect(place()).toContain('61 min left in the meeting');
    expect(liveRegion().textContent).toBe('1 minute added to Open time.');
    // The phase on now has its own +1 on the bar; its row offers none.
    expect(
      screen.queryAllByRole('button', { name: '+1 min: add 1 minute to Check-in round' }),
    ).toHaveLength(1);
  });

  it('runs the retrospective as rounds and keeps what the host notes', async () => {
    const clock = manualClock();
    const noted: [string, string][] = [];
    const retrospective = STARTER_SERIES.sessions[5]?.agenda;
    render(
      <Host
        clock={clock}
        setup={{ ...crewSetup, sessionAgenda: retrospective }}
        onNote={(phaseId, text) => noted.push([phaseId, text])}
      />,
    );
    fireEvent.change(screen.getByLabelText('Kind of round'), {
      target: { value: 'session-agenda' },
    });
    click('Show the order');
    click('Start round');
    click('Skip Check-in round');
    await waitFor(() => expect(place()).toContain('What we liked · 1 of 4 speakers'));
    const field = screen.getByLabelText('What we liked: notes, one per line');
    fireEvent.input(field, { target: { value: 'The stillness' } });
    fireEvent.change(field, { target: { value: 'The stillness' } });
    expect(noted).toEqual([['liked', 'The stillness']]);
    click('Skip What we liked');
    await waitFor(() =>
      expect(screen.getByLabelText('What we would improve: notes, one per line')),
    );
  });

  it('keeps the focus on the control used, or on the meeting bar when that control went', async () => {
    const clock = manualClock();
    await startMeeting(clock);
    const later = screen.getByRole('button', { name: 'Move Open time later' });
    later.focus();
    fireEvent.click(later);
    await waitFor(() => expect(agendaItems()[2]).toContain('Open time'));
    const earlier = screen.getByRole('button', { name: 'Move Open time earlier' });
    expect(document.activeElement).toBe(earlier);
    const skip = screen.getByRole('button', { name: 'Skip Open time' });
    skip.focus();
    fireEvent.click(skip);
    await waitFor(() => expect(agendaItems()[0]).toContain('skipped'));
    expect(document.activeElement?.textContent).toBe('+1 min');
  });
});
