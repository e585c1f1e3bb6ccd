// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { crewOfFour, sessionsOf, starterSeries } from '../../core/pathway/test-data';
import { SeriesComing } from './SeriesComing';

const crew = crewOfFour();
const series = starterSeries(crew);

describe('SeriesComing', () => {
  afterEach(cleanup);

  it("lists the series' planned sessions with their hosts, a chosen host included", () => {
    const sessions = sessionsOf(crew, series, [{ hostIndex: 0 }, { hostIndex: 1 }]).map((s) =>
      s.index === 3 ? { ...s, pinnedHostId: `${crew.id}-m4` } : s,
    );
    render(<SeriesComing crew={crew} series={series} sessions={sessions} />);
    const rows = screen.getAllByRole('listitem').map((li) => li.textContent ?? '');
    expect(rows.map((row) => row.replace(/ · .* · /, ' · ')).join('\n')).toBe(
      [
        'Session 3 · Kwame hosts',
        'Session 4 · Ines hosts',
        'Session 5 · Noor hosts',
        'Session 6 · Tomás hosts',
      ].join('\n'),
    );
    screen.getByRole('list', { name: 'Coming sessions' });
  });

  it('shows nothing once every session is held', () => {
    const held = sessionsOf(
      crew,
      series,
      [0, 1, 2, 3, 0, 1].map((hostIndex) => ({ hostIndex })),
    );
    const { container } = render(<SeriesComing crew={crew} series={series} sessions={held} />);
    expect(container.textContent).toBe('');
  });
});
