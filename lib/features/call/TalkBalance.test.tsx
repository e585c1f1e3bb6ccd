// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { KeepTalkEstimate } from '../../messaging/protocol';
import type { RosterEntry } from '../../sites/adapter';
import { TalkAtCallEnd, TalkBalance } from './TalkBalance';
import { useTalkEstimate } from './useTalkEstimate';

const ROSTER: RosterEntry[] = [
  { id: 'spaces/s/devices/1', name: 'Ada Lovelace', isSelf: true },
  { id: 'spaces/s/devices/2', name: 'Zed Visitor', isSelf: false },
];
const MEMBERS = [
  { id: 'm-ada', name: 'Ada Lovelace' },
  { id: 'm-ben', name: 'Ben Okafor' },
];

function Panel(props: {
  roster: RosterEntry[];
  ended: boolean;
  send: (request: KeepTalkEstimate) => Promise<boolean>;
}) {
  const talk = useTalkEstimate({
    keepTalkEstimate: props.send,
    crewId: 'crew',
    sessionId: 'session-1',
    roster: props.roster,
    members: MEMBERS,
    ended: props.ended,
  });
  return props.ended ? (
    <TalkAtCallEnd talk={talk} />
  ) : (
    <TalkBalance roster={props.roster} talk={talk} />
  );
}

/** Meet's tiles with their voice rings (reference/google-meet-dom.md, "Who is speaking"). */
function tiles(): void {
  document.body.innerHTML = ROSTER.map(
    (r) => `<div data-participant-id="${r.id}"><div jsname="QgSmzd" class="a"></div></div>`,
  ).join('');
}
/** The ring of `who` animates for `ms`, as Meet's does while they talk. */
async function speak(who: number, ms: number) {
  const ring = document.querySelectorAll('[jsname="QgSmzd"]')[who] as HTMLElement;
  for (let t = 0; t < ms; t += 100) {
    ring.className = ring.className === 'a' ? 'b' : 'a';
    await act(() => {
      vi.advanceTimersByTime(100);
    });
  }
}
/** Lets the background's answer (a resolved promise) reach the panel. */
const answered = () =>
  act(async () => {
    for (let i = 0; i < 5; i++) await Promise.resolve();
  });
const rows = () => screen.queryAllByTestId('talk-row').map((row) => row.textContent);
const keepBox = () => screen.getByRole('checkbox', { name: 'Keep this estimate with the session' });

beforeEach(() => {
  vi.useFakeTimers({
    toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'performance', 'Date'],
  });
  tiles();
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
  document.body.innerHTML = '';
});

describe('the talk-time estimate in the call panel', () => {
  it('shows bars with numbers as text, offers keeping (off), and forgets it all on closing', async () => {
    const send = vi.fn(async () => true);
    const { unmount } = render(<Panel roster={ROSTER} ended={false} send={send} />, {
      container: document.body.appendChild(document.createElement('div')),
    });
    expect(screen.getByText('Nobody heard yet.')).toBeTruthy();
    await speak(0, 3_000);
    await act(() => {
      vi.advanceTimersByTime(1_000);
    });
    expect(rows()).toEqual([expect.stringMatching(/^Ada Lovelace 0:03 · 100 %$/)]);
    expect((keepBox() as HTMLInputElement).checked).toBe(false);

    unmount();
    // Never chosen: nothing left the panel, and a new panel starts from nothing.
    expect(send).not.toHaveBeenCalled();
    render(<Panel roster={ROSTER} ended={false} send={send} />, {
      container: document.body.appendChild(document.createElement('div')),
    });
    expect(screen.getByText('Nobody heard yet.')).toBeTruthy();
    expect(send).not.toHaveBeenCalled();
  });

  it('kept: sends members by id and guests as a total, then the final numbers at the end', async () => {
    const send = vi.fn(async (_request: KeepTalkEstimate) => true);
    const container = document.body.appendChild(document.createElement('div'));
    const { rerender } = render(<Panel roster={ROSTER} ended={false} send={send} />, {
      container,
    });
    await speak(0, 2_000);
    await speak(1, 1_000);
    await act(() => {
      vi.advanceTimersByTime(1_000);
    });
    await act(async () => {
      fireEvent.click(keepBox());
    });
    await answered();
    expect(send).toHaveBeenCalledTimes(1);
    const first = send.mock.calls[0]?.[0];
    expect(first).toMatchObject({ crewId: 'crew', sessionId: 'session-1' });
    expect(first?.estimate?.kind).toBe('estimate');
    expect(first?.estimate?.members.map((m) => m.memberId)).toEqual(['m-ada']);
    expect(first?.estimate?.guests?.ms).toBeGreaterThan(0);
    expect(JSON.stringify(first)).not.toContain('Zed');
    expect(screen.getByText('Kept with this session, on this device.')).toBeTruthy();

    // The call ends: the roster is gone, the numbers and the choice stay until the panel closes.
    await act(async () => rerender(<Panel roster={[]} ended={true} send={send} />));
    expect(rows()[0]).toMatch(/^Ada Lovelace /);
    expect(rows()[1]).toMatch(/^Zed Visitor /);
    expect((keepBox() as HTMLInputElement).checked).toBe(true);
    expect(send).toHaveBeenCalledTimes(2);

    // Changing one's mind forgets it on the session.
    await act(async () => {
      fireEvent.click(keepBox());
    });
    // Every send of this panel names the same run, so the background replaces its part.
    const runId = first?.runId;
    expect(runId).toMatch(/^[0-9a-f-]{36}$/);
    expect(send.mock.calls[1]?.[0]?.runId).toBe(runId);
    expect(send.mock.calls[2]?.[0]).toEqual({
      crewId: 'crew',
      sessionId: 'session-1',
      runId,
      estimate: null,
    });
  });

  it('a panel opened again is a new run: what it keeps adds to what the first kept', async () => {
    const send = vi.fn(async (_request: KeepTalkEstimate) => true);
    const keepOnce = async () => {
      const container = document.body.appendChild(document.createElement('div'));
      const { unmount } = render(<Panel roster={ROSTER} ended={false} send={send} />, {
        container,
      });
      await speak(0, 1_000);
      await act(async () => {
        fireEvent.click(keepBox());
      });
      await answered();
      // Closing the panel sends the numbers so far once more, as the same run.
      await act(() => {
        unmount();
      });
      container.remove();
    };
    await keepOnce();
    await keepOnce();
    const runs = send.mock.calls.map(([request]) => request.runId);
    expect(runs).toHaveLength(4);
    expect(runs[1]).toBe(runs[0]);
    expect(runs[3]).toBe(runs[2]);
    expect(runs[2]).not.toBe(runs[0]);
  });

  it('writes its numbers in place, once a second at most', async () => {
    const send = vi.fn(async () => true);
    render(<Panel roster={ROSTER} ended={false} send={send} />, {
      container: document.body.appendChild(document.createElement('div')),
    });
    await speak(0, 2_000);
    expect(rows()).toEqual([expect.stringMatching(/^Ada Lovelace 0:0\d · 100 %$/)]);
    const [adaRow] = screen.getAllByTestId('talk-row');

    // Zed talks longer: the two swap places by their texts, no element is added or moved.
    await speak(1, 4_000);
    const after = screen.getAllByTestId('talk-row');
    expect(after[0]).toBe(adaRow);
    expect(rows()[0]).toMatch(/^Zed Visitor 0:0\d · \d\d %$/);
    expect(rows()[1]).toMatch(/^Ada Lovelace 0:0\d · \d\d %$/);
    const fills = [...document.querySelectorAll<HTMLElement>('.ck-talk__fill')];
    const scales = fills.map((fill) => Number(fill.style.transform.match(/scaleX\((.*)\)/)?.[1]));
    expect(scales[0]).toBeGreaterThan(scales[1] ?? 1);
    expect((scales[0] ?? 0) + (scales[1] ?? 0)).toBeCloseTo(1, 1);
    // A name is the page's text: shown as text, never as markup.
    expect(document.querySelector('.ck-talk__name *')).toBeNull();

    // Looks come ten times a second; what is shown changes once a second at most.
    const shown: string[] = [];
    for (let step = 0; step < 30; step++) {
      await speak(step % 2, 100);
      const now = rows().join(' | ');
      if (shown.at(-1) !== now) shown.push(now);
    }
    expect(shown.length).toBeGreaterThan(1);
    expect(shown.length).toBeLessThanOrEqual(4);
  });

  it('says so when the background refuses (the call is not one of the sessions)', async () => {
    const send = vi.fn(async () => false);
    render(<Panel roster={ROSTER} ended={false} send={send} />, {
      container: document.body.appendChild(document.createElement('div')),
    });
    await speak(0, 1_000);
    await act(async () => {
      fireEvent.click(keepBox());
    });
    await answered();
    expect(
      screen.getByText(
        "This call is not one of the crew's sessions, so the estimate was not kept.",
      ),
    ).toBeTruthy();
  });
});
