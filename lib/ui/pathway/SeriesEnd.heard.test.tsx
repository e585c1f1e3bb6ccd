// @vitest-environment happy-dom
// The seam between a retrospective run as rounds (lib/ui/panel/PhaseNotes.tsx) and the series'
// end decision: what the host noted in the retrospective meeting fills the decision's fields.
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, expect, it } from 'vitest';
import { freshStore } from '../../../tests/support/store';
import { SCHEMA_VERSION } from '../../core/model';
import { crewOfFour, sessionsOf, starterSeries } from '../../core/pathway/test-data';
import { createAgendaRound } from '../../core/round';
import { onStoreChanged } from '../../store/changes';
import { PathwayPage } from './PathwayPage';

afterEach(cleanup);

it('starts the decision from what the retrospective rounds heard', async () => {
  const crew = crewOfFour();
  const series = starterSeries(crew);
  const store = await freshStore();
  await store.putCrew(crew);
  await store.putSeries(series);
  const held = [0, 1, 2, 3, 0, 1].map((hostIndex) => ({ hostIndex }));
  await store.putSessions(sessionsOf(crew, series, held));
  await store.putRound({
    v: SCHEMA_VERSION,
    id: 'retro-meeting',
    crewId: crew.id,
    sessionId: `${series.id}-6`,
    kind: 'agenda',
    createdAt: '2026-11-11T18:00:00.000Z',
    state: createAgendaRound({ id: 'retro-meeting', phases: [] }),
    notes: { liked: 'The stillness\nOur check-ins', improve: 'Start on time' },
  });
  render(
    <PathwayPage
      store={store}
      now={() => Date.parse('2026-11-12T09:00:00.000Z')}
      subscribe={(onChange, signal) => onStoreChanged(onChange, signal, store.databaseName)}
    />,
  );
  fireEvent.click(await screen.findByRole('button', { name: /Record the retrospective of/ }));
  const liked = screen.getByLabelText('What we liked (one per line)') as HTMLTextAreaElement;
  const change = screen.getByLabelText(
    'What we would improve (one per line)',
  ) as HTMLTextAreaElement;
  expect(liked.value).toBe('The stillness\nOur check-ins');
  expect(change.value).toBe('Start on time');
});
