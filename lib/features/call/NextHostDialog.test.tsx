// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { NextHostQuestion } from '../../messaging/protocol';
import type { CallBackend } from './backend';
import { NextHostDialog } from './NextHostDialog';

const QUESTION: NextHostQuestion = {
  crewId: 'c1',
  sessionId: 's2',
  sessionIndex: 2,
  hostId: 'm2',
  candidates: [
    { id: 'm1', name: 'Ada' },
    { id: 'm2', name: 'Bashir' },
  ],
  heldSessionId: 's1',
};

function fakeBackend() {
  return { confirmNextHost: vi.fn(), openReflection: vi.fn() };
}

describe('NextHostDialog', () => {
  afterEach(cleanup);

  it('after the next host is confirmed, offers a reflection on the session just held', () => {
    const backend = fakeBackend();
    render(<NextHostDialog question={QUESTION} backend={backend as unknown as CallBackend} />);
    expect(screen.queryByRole('button', { name: 'Reflect on hosting' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Confirm' }));
    expect(backend.confirmNextHost).toHaveBeenCalledWith({
      crewId: 'c1',
      sessionId: 's2',
      hostId: 'm2',
    });
    screen.getByText('Bashir hosts session 2.');
    fireEvent.click(screen.getByRole('button', { name: 'Reflect on hosting' }));
    // The held session (1), not the next one (2): the reflection looks back.
    expect(backend.openReflection).toHaveBeenCalledWith({ crewId: 'c1', sessionId: 's1' });
  });

  it('offers no reflection when the background did not say which session was held', () => {
    const { heldSessionId: _, ...older } = QUESTION;
    render(<NextHostDialog question={older} backend={fakeBackend() as unknown as CallBackend} />);
    fireEvent.click(screen.getByRole('button', { name: 'Confirm' }));
    expect(screen.queryByRole('button', { name: 'Reflect on hosting' })).toBeNull();
  });

  it("says the kickoff's schedule was saved to the series, only when it was", () => {
    render(
      <NextHostDialog
        question={{ ...QUESTION, scheduleSaved: true }}
        backend={fakeBackend() as unknown as CallBackend}
      />,
    );
    screen.getByText('Schedule saved to the series.');
    cleanup();
    render(
      <NextHostDialog question={QUESTION} backend={fakeBackend() as unknown as CallBackend} />,
    );
    expect(screen.queryByText('Schedule saved to the series.')).toBeNull();
  });
});
