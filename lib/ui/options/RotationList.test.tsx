// @vitest-environment happy-dom
// "Mark as held" hands the session on to what its meetings noted (issue 10): the same path as a
// call's end (lib/store/meeting-outcomes.ts), after the held session is saved.
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import type { Session } from '../../core/model';
import { crewOfFour, sessionsOf, starterSeries } from '../../core/pathway/test-data';
import { RotationList } from './RotationList';

const crew = crewOfFour();
const series = starterSeries(crew);
const sessions = sessionsOf(crew, series, []);

describe('RotationList', () => {
  afterEach(cleanup);

  it('"Mark as held" saves the session held, then passes it on', async () => {
    const calls: string[] = [];
    render(
      <RotationList
        crew={crew}
        series={series}
        sessions={sessions}
        now={() => Date.parse(series.startsAt)}
        onChange={async (changed: Session[]) => {
          calls.push(`saved ${changed.map((s) => `${s.index}:${s.status}`).join(',')}`);
        }}
        onHeld={(sessionId) => calls.push(`held ${sessionId}`)}
        onPlanMore={() => {}}
      />,
    );
    fireEvent.click(screen.getByRole('button', { name: /^Mark as held.*\b1 of 6/ }));
    await waitFor(() => expect(calls).toEqual(['saved 1:held', `held ${series.id}-1`]));
    fireEvent.click(screen.getByRole('button', { name: /^Skip.*\b2 of 6/ }));
    await waitFor(() => expect(calls).toHaveLength(3));
    expect(calls[2]).toBe('saved 2:skipped');
  });
});
