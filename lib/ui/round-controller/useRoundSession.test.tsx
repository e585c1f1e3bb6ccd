// @vitest-environment happy-dom
import { act, renderHook, waitFor } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import type { RoundRecord } from '../../core/model';
import { createTurnRound } from '../../core/round';
import type { RoundSetupResult } from '../panel/types';
import { type RoundSessionBackend, type RoundSessionOptions, useRoundSession } from './index';

const NOW = Date.parse('2026-12-01T10:00:00.000Z');

function fakeBackend(options: { failNames?: boolean } = {}) {
  const saved: RoundRecord[] = [];
  const deleted: string[] = [];
  const names: string[][] = [];
  const prompts: { kind: string; crewId?: string; excludeId?: string }[] = [];
  let promptCount = 0;
  const backend: RoundSessionBackend = {
    rounds: {
      save: async (record) => {
        saved.push(record);
      },
      load: async (_crewId, id) => saved.filter((r) => r.id === id).at(-1),
    },
    subscribe: () => {},
    choosePrompt: async (request) => {
      prompts.push(request);
      promptCount += 1;
      return {
        roundId: request.roundId,
        promptId: `p${promptCount}`,
        text: `Prompt ${promptCount}`,
        kind: request.kind,
      };
    },
    rememberQuickNames: async (list) => {
      if (options.failNames) throw new Error('quota');
      names.push(list);
    },
    deleteRound: async (_crewId, roundId) => {
      deleted.push(roundId);
    },
  };
  return { backend, saved, deleted, names, prompts };
}

function quickRound(kind: RoundSetupResult['kind'] = 'check-in'): RoundSetupResult {
  return {
    kind,
    state: createTurnRound({
      id: 'r1',
      people: [{ personId: 'ada', name: 'Ada' }],
      budget: { kind: 'per-person', ms: 60_000 },
    }),
    quickRoundNames: ['Ada'],
  };
}

function session(extra: Partial<RoundSessionOptions> & { backend: RoundSessionBackend }) {
  return renderHook(() =>
    useRoundSession({
      now: () => NOW,
      initial: null,
      quickRoundNames: [],
      seriesProgress: 0.5,
      ...extra,
    }),
  );
}

describe('one round session for the side panel and the call panel', () => {
  it('starts a round: saved where it belongs, names kept, a prompt chosen and kept with it', async () => {
    const fake = fakeBackend();
    const { result } = session({
      backend: fake.backend,
      crewId: 'crew-1',
      sessionId: 's1',
      meetCode: 'abc-defg-hij',
    });
    act(() => result.current.startRound(quickRound()));
    await waitFor(() => expect(result.current.prompt?.text).toBe('Prompt 1'));
    expect(fake.saved[0]).toMatchObject({
      crewId: 'crew-1',
      sessionId: 's1',
      meetCode: 'abc-defg-hij',
      kind: 'check-in',
    });
    expect(fake.saved.at(-1)?.prompt).toEqual({ id: 'p1', text: 'Prompt 1' });
    expect(fake.prompts[0]).toMatchObject({
      kind: 'check-in',
      crewId: 'crew-1',
      seriesProgress: 0.5,
    });
    expect(fake.names).toEqual([['Ada']]);
    expect(result.current.quickRoundNames).toEqual(['Ada']);

    act(() => result.current.anotherPrompt?.());
    await waitFor(() => expect(result.current.prompt?.text).toBe('Prompt 2'));
    expect(fake.prompts[1]).toMatchObject({ excludeId: 'p1' });
  });

  it('asks no prompt for rounds that have none, and a quick round has no session', async () => {
    const fake = fakeBackend();
    const { result } = session({ backend: fake.backend, sessionId: 's1' });
    act(() => result.current.startRound(quickRound('round')));
    await waitFor(() => expect(fake.saved.length).toBe(1));
    expect(fake.prompts).toEqual([]);
    expect(result.current.prompt).toBeNull();
    expect(result.current.anotherPrompt).toBeUndefined();
    expect(fake.saved[0]?.sessionId).toBeUndefined();
  });

  it('drops a round set up but never started; keeps one that ran', async () => {
    const fake = fakeBackend();
    const { result } = session({ backend: fake.backend });
    act(() => result.current.startRound(quickRound()));
    act(() => result.current.newRound());
    expect(result.current.round).toBeNull();
    await waitFor(() => expect(fake.deleted).toEqual(['r1']));

    act(() => result.current.startRound(quickRound()));
    act(() => result.current.dispatch({ type: 'start' }));
    act(() => result.current.newRound());
    expect(fake.deleted).toEqual(['r1']);
  });

  it('says so when the quick-round names could not be kept', async () => {
    const fake = fakeBackend({ failNames: true });
    const { result } = session({ backend: fake.backend });
    act(() => result.current.startRound(quickRound()));
    await waitFor(() => expect(result.current.saveFailed).toBe(true));
  });
});
