// @vitest-environment happy-dom
// The kickoff's "Schedule and hosting" phase in the panel (issue 10): the crew's agreed rhythm,
// next meeting and hosting order as fields, proposed from the series, kept with the meeting.
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { afterEach, describe, expect, it } from 'vitest';
import type { KickoffSchedule } from '../../core/pathway/kickoff-schedule';
import { type ScheduleProposal, scheduleProposal } from '../../core/pathway/schedule-proposal';
import { crewOfFour, sessionsOf, starterSeries } from '../../core/pathway/test-data';
import { applyRoundEvent, type RoundEvent, type RoundState } from '../../core/round';
import { STARTER_SERIES } from '../../core/starter-series';
import { FacilitationPanel } from './FacilitationPanel';

const START = Date.parse('2026-10-06T17:30:00.000Z');
const crew = crewOfFour('harbour', ['Ada', 'Bashir', 'Chiara', 'Dev']);
const [ada, bashir, chiara, dev] = crew.members.map((m) => m.id);
const members = crew.members.map((m) => ({ personId: m.id, name: m.name }));
// The kickoff on Tuesday 6 October 2026, then five sessions weekly at 17:30 UTC; the rotation has
// Bashir, Chiara, Dev, Ada and Bashir host them.
const sessions = sessionsOf(crew, starterSeries(crew), []);
const proposal = scheduleProposal(crew, sessions, sessions[0]?.id ?? '') as ScheduleProposal;

function Host({ kept }: { kept: KickoffSchedule[] }) {
  const [round, setRound] = useState<RoundState | null>(null);
  const [schedule, setSchedule] = useState<KickoffSchedule | undefined>();
  const dispatch = (event: RoundEvent) =>
    setRound((state) => (state ? applyRoundEvent(state, event, START) : state));
  return (
    <FacilitationPanel
      round={round}
      now={() => START}
      dispatch={dispatch}
      context={{ agreements: [] }}
      prompt={null}
      settings={{ chimeVolume: 0, warnBeforeEndSeconds: 30, autoAdvance: false }}
      setup={{ quickRoundNames: [], members, sessionAgenda: STARTER_SERIES.sessions[0]?.agenda }}
      onStartRound={(result) => setRound(result.state)}
      onNewRound={() => setRound(null)}
      inCall={members}
      scheduleProposal={proposal}
      schedule={schedule}
      onSchedule={(next) => {
        kept.push(next);
        setSchedule(next);
      }}
    />
  );
}

const click = (name: string | RegExp) => fireEvent.click(screen.getByRole('button', { name }));
const field = (label: string | RegExp) => screen.getByLabelText(label) as HTMLInputElement;
const place = () => screen.getByTestId('meeting-place').textContent ?? '';

async function atSchedulePhase(kept: KickoffSchedule[]) {
  render(<Host kept={kept} />);
  fireEvent.change(screen.getByLabelText('Kind of round'), { target: { value: 'session-agenda' } });
  click('Show the order');
  click('Start round');
  for (const title of ['Check-in round', 'Intentions', 'Agreements']) {
    expect(screen.queryByRole('heading', { name: 'The schedule the crew agrees' })).toBeNull();
    await waitFor(() => expect(place()).toMatch(new RegExp(`^${title}`)));
    click(`Skip ${title}`);
  }
  await waitFor(() => expect(place()).toMatch(/^Schedule and hosting/));
}

describe("the kickoff's schedule fields", () => {
  afterEach(cleanup);

  it('propose the series as planned and keep what the crew agrees', async () => {
    const kept: KickoffSchedule[] = [];
    await atSchedulePhase(kept);
    screen.getByRole('heading', { name: 'The schedule the crew agrees' });
    expect(field('Day').value).toBe('2');
    expect(field('Time (UTC)').value).toBe('17:30');
    expect(field('Every how many weeks').value).toBe('1');
    expect(field('Next meeting').value).toBe('2026-10-13');
    expect(field('Session 2').value).toBe(bashir);
    expect(field('Session 3').value).toBe(chiara);

    // Thursdays, every other week, at 19:00; Chiara hosts next.
    fireEvent.change(field('Day'), { target: { value: '4' } });
    expect(field('Next meeting').value).toBe('2026-10-15');
    fireEvent.input(field('Time (UTC)'), { target: { value: '19:00' } });
    fireEvent.input(field('Every how many weeks'), { target: { value: '2' } });
    fireEvent.change(field('Session 2'), { target: { value: chiara } });
    // The sessions after follow the rotation from there: Bashir, still waiting, hosts session 3.
    await waitFor(() => expect(field('Session 3').value).toBe(bashir));
    expect(screen.getByRole('status', { name: '' }).textContent).toBe('');
    click('Keep this schedule');
    expect(kept).toEqual([
      {
        nextDate: '2026-10-15',
        time: '19:00',
        everyWeeks: 2,
        timeZone: 'UTC',
        hostIds: [chiara, bashir, dev, ada, chiara],
      },
    ]);
    await waitFor(() =>
      screen.getByText('Kept with this meeting. When it ends, the series follows it.'),
    );
    // Changed again after keeping: not kept until the host says so.
    fireEvent.input(field('Next meeting'), { target: { value: '2026-10-22' } });
    expect(screen.queryByText(/When it ends, the series follows it/)).toBeNull();
  });

  it('go when the schedule phase is over', async () => {
    await atSchedulePhase([]);
    click('Skip Schedule and hosting');
    await waitFor(() => expect(place()).toMatch(/^Check-out round/));
    expect(screen.queryByRole('heading', { name: 'The schedule the crew agrees' })).toBeNull();
  });
});
