// @vitest-environment happy-dom
import { cleanup, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import type { Session } from '../../core/model';
import { crewOfFour, sessionsOf, starterSeries } from '../../core/pathway/test-data';
import { TalkEstimateChart } from './TalkEstimateChart';

const crew = crewOfFour();
const series = starterSeries(crew);
const held = sessionsOf(crew, series, [{ hostIndex: 0 }, { hostIndex: 1 }]);

function withEstimates(): Session[] {
  return held.map((session, i) => {
    if (i === 0) {
      return {
        ...session,
        talkEstimate: {
          kind: 'estimate',
          members: [
            { memberId: 'harbour-m2', ms: 125_000, samples: 500 },
            { memberId: 'harbour-m1', ms: 60_000, samples: 240 },
            // Someone no longer in the crew: counted with the guests.
            { memberId: 'gone', ms: 5_000, samples: 20 },
          ],
          guests: { ms: 10_000, samples: 40 },
        },
      };
    }
    if (i === 1) {
      return {
        ...session,
        talkEstimate: {
          kind: 'estimate',
          members: [{ memberId: 'harbour-m1', ms: 30_500, samples: 122 }],
        },
      };
    }
    return session;
  });
}

afterEach(cleanup);

describe('kept talk-time estimates on the pathway page', () => {
  it('shows estimated speaking time per member as text, labelled an estimate', () => {
    render(<TalkEstimateChart crew={crew} sessions={withEstimates()} />);
    expect(screen.getByText("Estimated speaking time in Harbour Crew's calls")).toBeTruthy();
    expect(
      screen.getByText(
        'An estimate from the call panel, apart from the round timer (sessions kept: 2): Tomás seemed to speak longest (2:05).',
      ),
    ).toBeTruthy();
    const table = screen.getByRole('table');
    expect(
      within(table).getByRole('columnheader', { name: 'Estimated speaking time' }),
    ).toBeTruthy();
    const rows = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((row) => row.textContent);
    expect(rows).toEqual(['Noor1:31', 'Tomás2:05', 'Ines0:00', 'Kwame0:00', 'Guests0:15']);
  });

  it('shows nothing when no session kept an estimate', () => {
    const { container } = render(<TalkEstimateChart crew={crew} sessions={held} />);
    expect(container.textContent).toBe('');
  });
});
