// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { FreeSlotsAnswer, SeriesToInvite } from '../../messaging/protocol';
import { SeriesInvite } from './SeriesInvite';

const SERIES: SeriesToInvite = {
  crewId: 'tuesday-crew',
  seriesId: 'first-six',
  crewName: 'Tuesday Crew',
  title: 'First six',
  count: 6,
  startsAt: '2026-12-01T18:00:00.000Z',
};

function setup(answer: FreeSlotsAnswer | Error) {
  const findTimes = vi.fn(async () => {
    if (answer instanceof Error) throw answer;
    return answer;
  });
  const invite = vi.fn();
  render(
    <ul>
      <SeriesInvite series={SERIES} busy={false} findTimes={findTimes} invite={invite} />
    </ul>,
  );
  return { findTimes, invite };
}

const find = () =>
  fireEvent.click(screen.getByRole('button', { name: 'Find times that suit everyone' }));
const create = () =>
  fireEvent.click(
    screen.getByRole('button', {
      name: 'Create First six (6 sessions) in Google Calendar and invite the crew',
    }),
  );

afterEach(cleanup);

describe('the first invitation with free-slot proposals', () => {
  it('without asking, creates at the planned start', () => {
    const { findTimes, invite } = setup({ slots: [], asked: 0 });
    create();
    expect(findTimes).not.toHaveBeenCalled();
    expect(invite).toHaveBeenCalledWith(SERIES, undefined);
  });

  it('shows who is busy and who is unknown; the chosen time is the start', async () => {
    const { invite } = setup({
      asked: 4,
      slots: [
        {
          start: '2026-12-02T18:00:00.000Z',
          freeFor: 2,
          visible: 2,
          busy: [],
          unknown: ['Dmitri'],
        },
        {
          start: '2026-12-03T18:00:00.000Z',
          freeFor: 1,
          visible: 2,
          busy: ['Ada'],
          unknown: ['Dmitri'],
        },
      ],
    });
    find();
    const radios = await screen.findAllByRole('radio');
    expect(radios).toHaveLength(2);
    const labels = radios.map((r) => r.closest('p')?.textContent ?? '');
    expect(labels[0]).toMatch(/free: 2 of 2 · unknown: Dmitri$/);
    expect(labels[1]).toMatch(/free: 1 of 2 · busy: Ada · unknown: Dmitri$/);
    fireEvent.click(radios[1] as HTMLElement);
    create();
    expect(invite).toHaveBeenCalledWith(SERIES, '2026-12-03T18:00:00.000Z');
  });

  it.each([
    ['no-emails', /No one in this crew has an e-mail address yet/],
    ['refused', /Google did not allow Crewkit to see free and busy times/],
    ['failed', /could not be asked about free and busy times/],
  ] as const)('says why there are no proposals (%s)', async (problem, text) => {
    setup({ slots: [], asked: 0, problem });
    find();
    expect((await screen.findByRole('alert')).textContent).toMatch(text);
    expect(screen.queryAllByRole('radio')).toEqual([]);
  });

  it('a failed message is "failed", and none found is said plainly', async () => {
    setup(new Error('Could not establish connection'));
    find();
    expect((await screen.findByRole('alert')).textContent).toMatch(/could not be asked/);
    cleanup();
    setup({ slots: [], asked: 3 });
    find();
    expect((await screen.findByRole('status')).textContent).toMatch(/No time in the coming week/);
  });
});
