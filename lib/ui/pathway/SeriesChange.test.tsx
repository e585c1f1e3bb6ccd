// @vitest-environment happy-dom
// "Change" at the end of a series (issue 10): rhythm, members and agenda edited in the
// retrospective form, then the next series planned with the rotation carried on.
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { freshStore } from '../../../tests/support/store';
import { crewOfFour, sessionsOf, starterSeries } from '../../core/pathway/test-data';
import { planRotation } from '../../core/rotation';
import { onStoreChanged } from '../../store/changes';
import { PathwayPage } from './PathwayPage';

const crew = crewOfFour();
const series = starterSeries(crew);
const AFTER_SERIES = Date.parse('2026-11-12T09:00:00.000Z');

async function openChange() {
  const store = await freshStore();
  await store.putCrew(crew);
  await store.putSeries(series);
  await store.putSessions(
    sessionsOf(
      crew,
      series,
      [0, 1, 2, 3, 0, 1].map((hostIndex) => ({ hostIndex })),
    ),
  );
  render(
    <PathwayPage
      store={store}
      now={() => AFTER_SERIES}
      subscribe={(onChange, signal) => onStoreChanged(onChange, signal, store.databaseName)}
    />,
  );
  fireEvent.click(await screen.findByRole('button', { name: /Record the retrospective of/ }));
  fireEvent.click(screen.getByLabelText('Change the rhythm, members or agenda, then continue'));
  return store;
}

afterEach(cleanup);

describe('changing the crew at the end of a series', () => {
  it('Kwame steps out, Lea joins, fortnightly, four open meetings: stored and planned so', async () => {
    const store = await openChange();
    fireEvent.change(screen.getByLabelText('New rhythm'), { target: { value: 'fortnightly' } });
    fireEvent.click(screen.getByRole('checkbox', { name: 'Kwame' }));
    fireEvent.input(screen.getByLabelText('New members'), { target: { value: 'Lea' } });
    fireEvent.click(screen.getByLabelText('Each meeting with check-in, open time and check-out'));
    fireEvent.input(screen.getByLabelText('How many meetings'), { target: { value: '4' } });
    fireEvent.click(screen.getByRole('button', { name: 'Record the decision' }));
    await screen.findByText('The crew decided to change and continue.');

    const saved = await store.getCrew(crew.id);
    expect(saved?.rhythm.kind).toBe('fortnightly');
    expect(saved?.members.map((m) => [m.name, m.leftAt !== undefined])).toEqual([
      ['Noor', false],
      ['Tomás', false],
      ['Ines', false],
      ['Kwame', true],
      ['Lea', false],
    ]);
    const [retro] = await store.listRetrospectives(crew.id);
    expect(retro?.decision).toBe('change');
    const next = (await store.listSeries(crew.id)).find((s) => s.id === retro?.nextSeriesId);
    expect(next).toMatchObject({ plannedSessions: 4 });
    expect(next?.templateId).toBeUndefined();
    const sessions = (await store.listSessions(crew.id))
      .filter((s) => s.seriesId === next?.id)
      .sort((a, b) => a.index - b.index);
    expect(sessions.map((s) => s.startsAt.slice(0, 10))).toEqual([
      '2026-11-24',
      '2026-12-08',
      '2026-12-22',
      '2027-01-05',
    ]);
    // The rotation carries on from Ines; Kwame is out, Lea follows in crew order.
    const hosts = planRotation({ crew: saved ?? crew, sessions, opensWithId: next?.opensWithId });
    expect(hosts.map((a) => saved?.members.find((m) => m.id === a.hostId)?.name)).toEqual([
      'Ines',
      'Lea',
      'Noor',
      'Tomás',
    ]);
  });

  it('says why, and records nothing, when the change would leave one person', async () => {
    const store = await openChange();
    for (const name of ['Tomás', 'Ines', 'Kwame']) {
      fireEvent.click(screen.getByRole('checkbox', { name }));
    }
    fireEvent.click(screen.getByRole('button', { name: 'Record the decision' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/at least/i);
    expect(await store.listRetrospectives(crew.id)).toEqual([]);
    expect((await store.getCrew(crew.id))?.members.every((m) => m.leftAt === undefined)).toBe(true);
  });
});
