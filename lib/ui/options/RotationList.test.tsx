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

describe('RotationList: who is away', () => {
  afterEach(cleanup);

  /** Renders the list with saves the test settles by hand, as a slow store would. */
  function renderWithSlowSaves() {
    const saves: { awayIds: string[]; settle: (ok: boolean) => void }[] = [];
    const view = (shown: Session[]) => (
      <RotationList
        crew={crew}
        series={series}
        sessions={shown}
        now={() => Date.parse(series.startsAt)}
        onChange={(changed: Session[]) =>
          new Promise<void>((resolve, reject) => {
            saves.push({
              awayIds: changed[0]?.awayIds ?? [],
              settle: (ok) => (ok ? resolve() : reject(new Error('quota'))),
            });
          })
        }
        onPlanMore={() => {}}
      />
    );
    const result = render(view(sessions));
    const box = (name: string) =>
      screen.getAllByRole<HTMLInputElement>('checkbox', {
        name,
        hidden: true,
      })[1] as HTMLInputElement;
    return { saves, box, rerender: (shown: Session[]) => result.rerender(view(shown)) };
  }

  const withAway = (awayIds: string[]) =>
    sessions.map((s) => (s.index === 2 ? { ...s, awayIds } : { ...s }));
  const tomas = crew.members[1]?.id as string;
  const ines = crew.members[2]?.id as string;

  it('a tick stays ticked while a store read from before it lands, and a second builds on it', () => {
    const { saves, box, rerender } = renderWithSlowSaves();
    fireEvent.click(box('Tomás'));
    // A read that started before the tick: the same sessions, as new objects.
    rerender(withAway([]));
    expect(box('Tomás').checked).toBe(true);
    fireEvent.click(box('Ines'));
    expect(saves.map((s) => s.awayIds)).toEqual([[tomas], [tomas, ines]]);
    // The first save lands: Ines's tick is still on its way and stays shown.
    rerender(withAway([tomas]));
    expect([box('Tomás').checked, box('Ines').checked]).toEqual([true, true]);
    rerender(withAway([tomas, ines]));
    expect(screen.getAllByText('2 away')).toHaveLength(1);
  });

  it('a failed save shows what the store has, and another tab’s change wins', async () => {
    const { saves, box, rerender } = renderWithSlowSaves();
    fireEvent.click(box('Tomás'));
    saves[0]?.settle(false);
    await waitFor(() => expect(box('Tomás').checked).toBe(false));

    fireEvent.click(box('Tomás'));
    rerender(withAway([ines]));
    await waitFor(() => expect(box('Ines').checked).toBe(true));
    expect(box('Tomás').checked).toBe(false);
  });
});
