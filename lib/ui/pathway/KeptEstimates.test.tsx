// @vitest-environment happy-dom
// A kept estimate can be removed where it is shown (issue 8): per session, after a question
// whose safe answer has the focus, and only that session's estimate goes.
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Session } from '../../core/model';
import { crewOfFour, sessionsOf, starterSeries } from '../../core/pathway/test-data';
import { KeptEstimates } from './KeptEstimates';

const crew = crewOfFour();
const held = sessionsOf(crew, starterSeries(crew), [
  { hostIndex: 0 },
  { hostIndex: 1 },
  { hostIndex: 2 },
]);
const estimate = {
  kind: 'estimate' as const,
  members: [{ memberId: 'harbour-m1', ms: 30_500, samples: 122 }],
};
const sessions: Session[] = held.map((s, i) => (i < 2 ? { ...s, talkEstimate: estimate } : s));

/** The store's two calls, over a map of sessions by id. */
function fakeStore(failWith?: string) {
  const saved = new Map(sessions.map((s) => [s.id, s]));
  return {
    saved,
    store: {
      getSession: vi.fn(async (_crewId: string, id: string) => saved.get(id)),
      putSession: vi.fn(async (session: Session) => {
        if (failWith) throw new Error(failWith);
        saved.set(session.id, session);
      }),
    },
  };
}

afterEach(cleanup);

describe('kept estimates on the pathway page', () => {
  it('lists the sessions that keep one, latest first, each with a labelled Remove', () => {
    render(<KeptEstimates store={fakeStore().store} sessions={sessions} />);
    expect(screen.getByRole('heading', { name: 'Estimates kept with sessions' })).toBeTruthy();
    const buttons = screen.getAllByRole('button', { name: /^Remove the speaking-time estimate/ });
    expect(buttons.map((b) => b.getAttribute('aria-label')?.match(/session \d/)?.[0])).toEqual([
      'session 2',
      'session 1',
    ]);
  });

  it('nothing shows when no session keeps one', () => {
    const { container } = render(<KeptEstimates store={fakeStore().store} sessions={held} />);
    expect(container.textContent).toBe('');
  });

  it('asks first; "Keep it" keeps it and gives the focus back', async () => {
    const { store, saved } = fakeStore();
    render(<KeptEstimates store={store} sessions={sessions} />);
    const remove = screen.getByRole('button', { name: /kept with session 1 / });
    fireEvent.click(remove);
    expect(screen.getByRole('alertdialog').textContent).toContain(
      'Remove the speaking-time estimate kept with session 1 (',
    );
    const keep = screen.getByRole('button', { name: 'Keep it' });
    expect(document.activeElement).toBe(keep);
    fireEvent.click(keep);
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(store.putSession).not.toHaveBeenCalled();
    expect(saved.get(held[0]?.id ?? '')?.talkEstimate).toEqual(estimate);
  });

  it('removes only that session’s estimate, keeping the rest of its record', async () => {
    const { store, saved } = fakeStore();
    render(<KeptEstimates store={store} sessions={sessions} />);
    fireEvent.click(screen.getByRole('button', { name: /kept with session 1 / }));
    fireEvent.click(screen.getByRole('button', { name: 'Remove estimate' }));
    const status = await screen.findByRole('status');
    const first = saved.get(held[0]?.id ?? '');
    expect(first && 'talkEstimate' in first).toBe(false);
    expect(first).toEqual((({ talkEstimate: _, ...rest }) => rest)(sessions[0] as Session));
    expect(saved.get(held[1]?.id ?? '')?.talkEstimate).toEqual(estimate);
    expect(status.textContent).toBe('The estimate kept with session 1 was removed.');
    await waitFor(() => expect(document.activeElement).toBe(status));
  });

  it('says why when the store refuses, and keeps the estimate listed', async () => {
    const { store } = fakeStore('The database is closed.');
    render(<KeptEstimates store={store} sessions={sessions} />);
    fireEvent.click(screen.getByRole('button', { name: /kept with session 2 / }));
    fireEvent.click(screen.getByRole('button', { name: 'Remove estimate' }));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'The estimate could not be removed: The database is closed.',
    );
    expect(screen.getByRole('button', { name: /kept with session 2 / })).toBeTruthy();
  });
});
