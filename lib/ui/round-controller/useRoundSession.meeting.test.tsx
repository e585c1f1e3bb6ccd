// @vitest-environment happy-dom
// A meeting's prompts and notes in the round session (issue 10): each check-in or check-out phase
// gets its prompt from its own deck as it begins, kept with the record for a reload; the
// retrospective's rounds ask from the retrospective deck, and their notes are kept.
import { act, renderHook, waitFor } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import type { RoundRecord } from '../../core/model';
import { RETROSPECTIVE_PROMPTS } from '../../core/prompts/retrospective';
import { createAgendaRound } from '../../core/round';
import { STARTER_SERIES } from '../../core/starter-series';
import { type RoundSessionBackend, useRoundSession } from './index';

const NOW = Date.parse('2026-12-01T10:00:00.000Z');
const people = ['ada', 'ben', 'cleo'].map((id) => ({ personId: id, name: id }));

function fakeBackend() {
  const saved: RoundRecord[] = [];
  const asked: string[] = [];
  const backend: RoundSessionBackend = {
    rounds: {
      save: async (record) => {
        saved.push(record);
      },
      load: async (_crewId, id) => saved.filter((r) => r.id === id).at(-1),
    },
    subscribe: () => {},
    choosePrompt: async (request) => {
      asked.push(request.kind);
      return {
        roundId: request.roundId,
        promptId: `${request.kind}-${asked.length}`,
        text: `A ${request.kind} prompt`,
        kind: request.kind,
      };
    },
    rememberQuickNames: async () => {},
    deleteRound: async () => {},
  };
  return { backend, saved, asked };
}

function meetingSession(backend: RoundSessionBackend, sessionIndex: number) {
  const agenda = STARTER_SERIES.sessions[sessionIndex]?.agenda ?? [];
  const hook = renderHook(() =>
    useRoundSession({
      backend,
      now: () => NOW,
      initial: null,
      quickRoundNames: [],
      seriesProgress: 0,
    }),
  );
  act(() =>
    hook.result.current.startRound({
      kind: 'agenda',
      state: createAgendaRound({ id: 'meeting', phases: agenda, people }),
    }),
  );
  act(() => hook.result.current.dispatch({ type: 'start' }));
  return hook;
}

describe('a meeting in the round session', () => {
  it('asks the check-in deck as the check-in begins and the check-out deck as the check-out does', async () => {
    const { backend, saved, asked } = fakeBackend();
    const { result } = meetingSession(backend, 1);
    await waitFor(() => expect(result.current.prompt?.text).toBe('A check-in prompt'));
    expect(saved.at(-1)?.prompt).toMatchObject({ phaseId: 'check-in' });
    // Through the check-in's three turns and every Case Clinic phase, to the check-out.
    for (const _ of people) act(() => result.current.dispatch({ type: 'next' }));
    expect(result.current.prompt).toBeNull();
    for (let i = 0; i < 6; i += 1) {
      const phaseId = result.current.round?.state.entries[result.current.round.state.index]?.slot;
      act(() =>
        result.current.dispatch({
          type: 'skipPhase',
          phaseId: phaseId?.kind === 'phase' ? phaseId.phaseId : '',
        }),
      );
    }
    await waitFor(() => expect(result.current.prompt?.text).toBe('A check-out prompt'));
    expect(asked).toEqual(['check-in', 'check-out']);
    expect(saved.at(-1)?.prompt).toMatchObject({ phaseId: 'check-out' });
  });

  it('asks the retrospective questions in its rounds and keeps what the host noted', async () => {
    const { backend, saved } = fakeBackend();
    const { result } = meetingSession(backend, 5);
    for (const _ of people) act(() => result.current.dispatch({ type: 'next' }));
    const liked = RETROSPECTIVE_PROMPTS.liked.map((p) => p.text);
    expect(liked).toContain(result.current.prompt?.text);
    act(() => result.current.keepNote('liked', 'The check-ins\nMeeting on Tuesdays'));
    await waitFor(() =>
      expect(saved.at(-1)?.notes).toEqual({ liked: 'The check-ins\nMeeting on Tuesdays' }),
    );
    act(() => result.current.dispatch({ type: 'skipPhase', phaseId: 'liked' }));
    const change = RETROSPECTIVE_PROMPTS.change.map((p) => p.text);
    expect(change).toContain(result.current.prompt?.text);
  });
});
