import { describe, expect, it } from 'vitest';
import {
  type Deck,
  type Prompt,
  type PromptDepth,
  type PromptUsage,
  SCHEMA_VERSION,
} from '../model.ts';
import { mulberry32 } from '../round/order.ts';
import { BUILTIN_CHECK_IN_DECK_ID, BUILTIN_DECKS, withBuiltinDecks } from './decks.ts';
import {
  type PickPromptRequest,
  pickPrompt,
  preferredDepth,
  progressThroughSeries,
} from './picker.ts';

const prompt = (id: string, depth: PromptDepth): Prompt => ({ id, depth, text: `Prompt ${id}?` });

const builtinLike: Deck = {
  v: SCHEMA_VERSION,
  id: 'builtin-test',
  kind: 'check-in',
  title: 'Test',
  prompts: [prompt('a1', 1), prompt('a2', 1), prompt('b1', 2), prompt('c1', 3)],
};
const crewDeck: Deck = {
  v: SCHEMA_VERSION,
  id: 'crew-deck',
  crewId: 'crew-1',
  kind: 'check-in',
  title: 'Ours',
  prompts: [prompt('x1', 1)],
};
const crewCheckOut: Deck = {
  ...crewDeck,
  id: 'crew-out',
  kind: 'check-out',
  prompts: [prompt('o1', 1)],
};

/** A random source that returns the given values in turn, for exact outcomes. */
function sequence(...values: number[]): () => number {
  let i = 0;
  return () => values[i++ % values.length] ?? 0;
}

function request(overrides: Partial<PickPromptRequest> = {}): PickPromptRequest {
  return {
    decks: [builtinLike],
    usage: undefined,
    kind: 'check-in',
    seriesProgress: 0,
    random: sequence(0),
    crewId: 'crew-1',
    ...overrides,
  };
}

/** Picks `count` prompts in a row, carrying the usage forward as the panel would. */
function pickInTurn(count: number, overrides: Partial<PickPromptRequest> = {}) {
  let usage: PromptUsage | undefined = overrides.usage;
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const picked = pickPrompt(request({ ...overrides, usage }));
    if (!picked) break;
    ids.push(picked.prompt.id);
    usage = picked.usage;
  }
  return { ids, usage };
}

describe('pickPrompt', () => {
  it('offers light prompts early in a series and deep ones late', () => {
    expect(pickPrompt(request({ random: sequence(0.99) }))?.prompt.id).toBe('a2');
    expect(pickPrompt(request({ seriesProgress: 0.5 }))?.prompt.id).toBe('b1');
    expect(pickPrompt(request({ seriesProgress: 1 }))?.prompt.id).toBe('c1');
  });

  it('records the pick for the crew', () => {
    expect(pickPrompt(request())?.usage).toEqual({
      v: SCHEMA_VERSION,
      crewId: 'crew-1',
      usedByDeck: { 'builtin-test': ['a1'] },
    });
  });

  it('repeats nothing until the deck is used up, then starts the deck afresh', () => {
    const { ids, usage } = pickInTurn(5);
    // Light first; once the light ones are used, the nearest depth with prompts left.
    expect(ids).toEqual(['a1', 'a2', 'b1', 'c1', 'a1']);
    expect(usage?.usedByDeck).toEqual({ 'builtin-test': ['a1'] });
  });

  it('falls back to the lighter depth when two are equally near', () => {
    const usage: PromptUsage = {
      v: SCHEMA_VERSION,
      crewId: 'crew-1',
      usedByDeck: { 'builtin-test': ['b1'] },
    };
    expect(pickPrompt(request({ usage, seriesProgress: 0.5 }))?.prompt.id).toBe('a1');
  });

  it('gives another prompt without marking the skipped one used', () => {
    const first = pickPrompt(request());
    expect(first?.prompt.id).toBe('a1');
    const another = pickPrompt(request({ usage: first?.usage, excludeId: 'a1' }));
    expect(another?.prompt.id).toBe('a2');
    expect(another?.usage.usedByDeck).toEqual({ 'builtin-test': ['a2'] });
  });

  it('when only the skipped prompt is left, starts afresh without it', () => {
    const usage: PromptUsage = {
      v: SCHEMA_VERSION,
      crewId: 'crew-1',
      usedByDeck: { 'builtin-test': ['a1', 'b1', 'c1'] },
    };
    const another = pickPrompt(request({ usage, excludeId: 'a2' }));
    expect(another?.prompt.id).toBe('a1');
    expect(another?.usage.usedByDeck).toEqual({ 'builtin-test': ['a1'] });
  });

  it('mixes a crew’s own deck of the same kind in with the built-in one', () => {
    const decks = [builtinLike, crewDeck, crewCheckOut];
    expect(pickPrompt(request({ decks, random: sequence(0.99) }))).toMatchObject({
      prompt: { id: 'x1' },
      deckId: 'crew-deck',
    });
    const checkOut = pickPrompt(request({ decks, kind: 'check-out' }));
    expect(checkOut?.prompt.id).toBe('o1');
  });

  it('leaves out decks the crew switched off', () => {
    const decks = [builtinLike, crewDeck];
    const picked = pickInTurn(3, { decks, disabledDeckIds: ['builtin-test'] });
    expect(picked.ids).toEqual(['x1', 'x1', 'x1']);
  });

  it('keeps the usage of other decks untouched', () => {
    const usage: PromptUsage = {
      v: SCHEMA_VERSION,
      crewId: 'crew-1',
      usedByDeck: { 'crew-out': ['o1'] },
    };
    expect(pickPrompt(request({ usage }))?.usage.usedByDeck).toEqual({
      'crew-out': ['o1'],
      'builtin-test': ['a1'],
    });
  });

  it('returns null when there is nothing to offer', () => {
    expect(pickPrompt(request({ decks: [] }))).toBeNull();
    expect(pickPrompt(request({ decks: [crewDeck], excludeId: 'x1' }))).toBeNull();
    expect(pickPrompt(request({ kind: 'reflection' }))).toBeNull();
  });

  it('goes through the whole built-in check-in deck, lightest first, before any repeat', () => {
    const deck = BUILTIN_DECKS.find((each) => each.id === BUILTIN_CHECK_IN_DECK_ID);
    const size = deck?.prompts.length ?? 0;
    const depthOf = new Map(deck?.prompts.map((p) => [p.id, p.depth]));
    const { ids } = pickInTurn(size + 1, {
      decks: withBuiltinDecks([]),
      random: mulberry32(2026),
    });
    const firstRun = ids.slice(0, size);
    expect(new Set(firstRun).size).toBe(size);
    const depths = firstRun.map((id) => depthOf.get(id));
    expect(depths).toEqual([...depths].sort());
    // Same seed, same prompts: a crew's order is reproducible in tests.
    const again = pickInTurn(size, { decks: withBuiltinDecks([]), random: mulberry32(2026) });
    expect(again.ids).toEqual(firstRun);
  });
});

describe('series progress', () => {
  it('runs from 0 at the first session to 1 at the last', () => {
    expect([1, 2, 4, 6].map((index) => progressThroughSeries(index, 6))).toEqual([0, 0.2, 0.6, 1]);
    expect(progressThroughSeries(1, 1)).toBe(0);
  });

  it('deepens over six sessions in an open-ended series', () => {
    expect([1, 6, 30].map((index) => progressThroughSeries(index))).toEqual([0, 1, 1]);
  });

  it('maps to depths by thirds', () => {
    expect([0, 0.2, 0.4, 0.6, 0.8, 1, Number.NaN, 7].map(preferredDepth)).toEqual([
      1, 1, 2, 2, 3, 3, 1, 3,
    ]);
  });
});
