// @vitest-environment happy-dom
// "Mark as held" hands the session on to what its meetings noted (issue 10): the same path as a
// call's end (lib/store/meeting-outcomes.ts), after the held session is saved.
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import type { Session } from '../../core/model';
import { crewOfFour, sessionsOf, starterSeries } from '../../core/pathway/test-data';
import { COMING_SHOWN, RotationList, shownWindow } from './RotationList';

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

describe('RotationList: a series planned far ahead', () => {
  afterEach(cleanup);

  // An open-ended series with 5 sessions held and 40 planned (a backup may hold 1,229: with every
  // row listing every other session in its swap menu, that froze the options page for a minute).
  const openEnded = { ...series, plannedSessions: undefined };
  const { id: _id, ...six } = sessions[0] as Session;
  const many: Session[] = Array.from({ length: 45 }, (_, i) => ({
    ...six,
    id: `${series.id}-${i + 1}`,
    index: i + 1,
    startsAt: new Date(Date.parse(series.startsAt) + i * 7 * 86_400_000).toISOString(),
    ...(i < 5
      ? { status: 'held' as const, hostId: crew.members[i % 4]?.id, presentIds: [] }
      : { status: 'planned' as const }),
  }));

  const renderMany = () =>
    render(
      <RotationList
        crew={crew}
        series={openEnded}
        sessions={many}
        now={() => Date.parse(series.startsAt)}
        onChange={() => {}}
        onPlanMore={() => {}}
      />,
    );
  const rows = () =>
    screen.getAllByRole('listitem').map((row) => row.querySelector('strong')?.textContent);

  it('shows the last sessions held and the next twelve, the rest a button away', () => {
    renderMany();
    expect(rows()).toEqual(Array.from({ length: 15 }, (_, i) => `Session ${i + 3}`));
    // Each swap menu lists the other sessions in sight, not all 39 others.
    const menu = screen.getByRole('combobox', { name: 'Swap the host of session 6 with' });
    expect(menu.querySelectorAll('option')).toHaveLength(1 + 11);
    fireEvent.click(screen.getByRole('button', { name: 'Show more sessions (28 not shown yet)' }));
    expect(rows()).toHaveLength(27);
    fireEvent.click(screen.getByRole('button', { name: 'Show the 2 earlier sessions' }));
    expect(rows()[0]).toBe('Session 1');
    expect(screen.queryByRole('button', { name: /earlier/ })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: /^Show more sessions/ }));
    fireEvent.click(screen.getByRole('button', { name: /^Show more sessions/ }));
    expect(rows()).toHaveLength(45);
    expect(screen.queryByRole('button', { name: /^Show (more|the last)/ })).toBeNull();
  });

  it('the window follows the sessions: marked held, the next coming one comes into sight', () => {
    const { rerender } = renderMany();
    expect(rows().at(-1)).toBe('Session 17');
    const held = many.map((s) => (s.index === 6 ? { ...s, status: 'held' as const } : s));
    rerender(
      <RotationList
        crew={crew}
        series={openEnded}
        sessions={held}
        now={() => Date.parse(series.startsAt)}
        onChange={() => {}}
        onPlanMore={() => {}}
      />,
    );
    expect(rows()[0]).toBe('Session 4');
    expect(rows().at(-1)).toBe('Session 18');
  });
});

describe('shownWindow', () => {
  const status = (list: string) =>
    [...list].map((c, i) => ({
      ...(sessions[0] as Session),
      id: String(i),
      index: i + 1,
      status:
        c === 'p' ? ('planned' as const) : c === 's' ? ('skipped' as const) : ('held' as const),
    }));
  const ids = (w: { shown: { id: string }[] }) => w.shown.map((s) => s.id).join('');

  it('a series that fits is shown whole, held or not; a longer one from its last three done', () => {
    expect(ids(shownWindow(status('hhhhhh'), COMING_SHOWN, false))).toBe('012345');
    expect(ids(shownWindow(status('hhpppp'), COMING_SHOWN, false))).toBe('012345');
    expect(shownWindow([], COMING_SHOWN, false)).toEqual({ shown: [], earlier: 0, later: 0 });
    // 17 sessions: 5 done, then the coming ones, a skipped one among them, counted in order.
    const long = status('hhhhhpspppppppppp');
    expect(shownWindow(long, COMING_SHOWN, false)).toMatchObject({ earlier: 2, later: 0 });
    expect(shownWindow(long, 3, false)).toMatchObject({ earlier: 2, later: 9 });
    expect(ids(shownWindow(long, 3, false))).toBe('234567');
    expect(ids(shownWindow(long, 3, true))).toBe('01234567');
    // Nothing planned any more: the last three done, the earlier ones on request.
    expect(shownWindow(status('h'.repeat(20)), COMING_SHOWN, false)).toMatchObject({
      earlier: 17,
      later: 0,
    });
  });
});
