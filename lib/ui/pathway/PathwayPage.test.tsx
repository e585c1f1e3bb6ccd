// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { freshStore } from '../../../tests/support/store';
import { crewOfFour, sessionsOf, starterSeries } from '../../core/pathway/test-data';
import { planRotation } from '../../core/rotation';
import { onStoreChanged } from '../../store/changes';
import { PathwayPage } from './PathwayPage';

const crew = crewOfFour();
const series = starterSeries(crew);
const NOW = Date.parse('2026-10-14T09:00:00.000Z');
const AFTER_SERIES = Date.parse('2026-11-12T09:00:00.000Z');

async function setup(held: number[], now = NOW) {
  const store = await freshStore();
  await store.putCrew(crew);
  await store.putSeries(series);
  await store.putSessions(
    sessionsOf(
      crew,
      series,
      held.map((hostIndex) => ({ hostIndex })),
    ),
  );
  render(
    <PathwayPage
      store={store}
      now={() => now}
      subscribe={(onChange, signal) => onStoreChanged(onChange, signal, store.databaseName)}
    />,
  );
  await screen.findByText('Your crews together');
  return store;
}

afterEach(cleanup);

describe('the hosting pathway page', () => {
  it('shows the spread, who has not hosted yet and each crew with its next host', async () => {
    await setup([0, 1]);
    expect(
      screen.getByText(/2 of 4 people across your crews have hosted at least once \(50%\)/),
    ).toBeTruthy();
    expect(screen.getByText(/Not hosted yet: Ines, Kwame\./)).toBeTruthy();
    const row = screen.getByRole('row', { name: /Harbour Crew/ });
    expect(within(row).getByText('Ines')).toBeTruthy();
  });

  it("shows one person's ladder and next step in the practice's words", async () => {
    await setup([0, 1]);
    // Tomás hosted last, so his pathway opens first.
    expect((screen.getByLabelText('Whose pathway') as HTMLSelectElement).value).toBe('name:tomas');
    fireEvent.change(screen.getByLabelText('Whose pathway'), { target: { value: 'name:noor' } });
    expect(await screen.findByText(/Ask people who know you well/)).toBeTruthy();
    expect(screen.getByText('Harbour Crew, session 1: host · 4 people')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Whose pathway'), { target: { value: 'name:ines' } });
    expect(await screen.findByText(/Start with a crew, not alone and not in a pair/)).toBeTruthy();
  });

  it('keeps a reflection with the feedback pasted in', async () => {
    const store = await setup([0, 1]);
    fireEvent.input(screen.getByLabelText('What went the way you hoped?'), {
      target: { value: 'Everyone spoke.' },
    });
    fireEvent.input(screen.getByLabelText('Answers from your crewmates'), {
      target: { value: 'Ines: Keep the stillness.' },
    });
    expect(screen.getByText(/What skills do you think I should develop/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Save the reflection' }));
    await screen.findByText('Reflection saved.');
    const [saved] = await store.listReflections(crew.id);
    expect(saved?.answers.map((a) => a.text)).toEqual(['Everyone spoke.']);
    expect(saved?.feedback).toEqual([
      { from: 'Ines', text: 'Keep the stillness.', receivedAt: new Date(NOW).toISOString() },
    ]);
  });

  it('records "continue" at the end of the series and plans the next with the rotation carried on', async () => {
    const store = await setup([0, 1, 2, 3, 0, 1], AFTER_SERIES);
    fireEvent.click(screen.getByRole('button', { name: /Record the retrospective of/ }));
    fireEvent.input(screen.getByLabelText('What we liked (one per line)'), {
      target: { value: 'The stillness\nThe check-in' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Record the decision' }));
    await screen.findByText(/The crew decided to continue/);
    const [retro] = await store.listRetrospectives(crew.id);
    expect(retro).toMatchObject({ decision: 'continue', liked: ['The stillness', 'The check-in'] });
    const next = (await store.listSeries(crew.id)).find((s) => s.id === retro?.nextSeriesId);
    const sessions = (await store.listSessions(crew.id)).filter((s) => s.seriesId === next?.id);
    const first = planRotation({ crew, sessions, opensWithId: next?.opensWithId })[0];
    expect(crew.members.find((m) => m.id === first?.hostId)?.name).toBe('Ines');
  });

  it('offers every series as an .ics download, labelled with the series and crew', async () => {
    await setup([0]);
    expect(
      screen.getByRole('button', {
        name: 'Download .ics: Six one-hour meetings of Harbour Crew',
      }),
    ).toBeTruthy();
  });
});
