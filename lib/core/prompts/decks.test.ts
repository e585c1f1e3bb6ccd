import { describe, expect, it } from 'vitest';
import type { DeckKind } from '../model.ts';
import { BUILTIN_DECKS } from './decks.ts';

const MINIMUM_BY_KIND: Record<DeckKind, number> = {
  'check-in': 60,
  'check-out': 40,
  reflection: 30,
};

/** Words said to a crew that push someone to disclose, or dig where a check-in should not. */
const PRESSURING = [
  'must',
  'have to',
  'should',
  'need to',
  'trauma',
  'deepest',
  'secret',
  'confess',
  'admit',
  'tell us',
  'never told',
  'worst',
  'shame',
  'abuse',
];

const allPrompts = BUILTIN_DECKS.flatMap((deck) => deck.prompts);

function words(text: string): Set<string> {
  const normalised = text
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/[^a-z0-9' ]+/g, ' ');
  return new Set(normalised.split(/\s+/).filter(Boolean));
}

function jaccard(a: Set<string>, b: Set<string>): number {
  const shared = [...a].filter((word) => b.has(word)).length;
  return shared / (a.size + b.size - shared);
}

describe('built-in decks', () => {
  it('hold at least 130 prompts, with enough in each kind', () => {
    expect(allPrompts.length).toBeGreaterThanOrEqual(130);
    for (const [kind, minimum] of Object.entries(MINIMUM_BY_KIND)) {
      const deck = BUILTIN_DECKS.find((each) => each.kind === kind);
      expect(deck?.prompts.length ?? 0, kind).toBeGreaterThanOrEqual(minimum);
    }
  });

  it('are the fixed-id, crew-less decks the usage records point at', () => {
    expect(BUILTIN_DECKS.map((deck) => [deck.id, deck.crewId])).toEqual([
      ['builtin-check-in', undefined],
      ['builtin-check-out', undefined],
      ['builtin-reflection', undefined],
    ]);
  });

  it('give every prompt a unique id', () => {
    const ids = allPrompts.map((prompt) => prompt.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('represent every depth in each deck', () => {
    for (const deck of BUILTIN_DECKS) {
      expect(new Set(deck.prompts.map((prompt) => prompt.depth)), deck.id).toEqual(
        new Set([1, 2, 3]),
      );
    }
  });

  it('keep every prompt short and tidy', () => {
    for (const { id, text } of allPrompts) {
      expect(text.length, id).toBeLessThanOrEqual(140);
      expect(text, id).toBe(text.trim());
      expect(text, id).toMatch(/^[A-Z]/);
      expect(text, id).toMatch(/[?.]$/);
    }
  });

  it('contain no pressuring words', () => {
    for (const { id, text } of allPrompts) {
      for (const phrase of PRESSURING) {
        expect(new RegExp(`\\b${phrase}\\b`, 'i').test(text), `${id}: "${phrase}"`).toBe(false);
      }
    }
  });

  it('contain no duplicates or near-duplicates, in any deck', () => {
    const close: string[] = [];
    allPrompts.forEach((a, i) => {
      for (const b of allPrompts.slice(i + 1)) {
        const similarity = jaccard(words(a.text), words(b.text));
        if (similarity >= 0.7) close.push(`${a.id} ~ ${b.id} (${similarity.toFixed(2)})`);
      }
    });
    expect(close).toEqual([]);
  });
});

describe('the near-duplicate check', () => {
  it('catches a prompt reworded only in case and punctuation or by one word', () => {
    const original = words('What is alive for you right now, if you care to share?');
    expect(jaccard(original, words('what is alive for you right now if you care to share'))).toBe(
      1,
    );
    expect(
      jaccard(original, words('What is alive in you right now, if you care to share?')),
    ).toBeGreaterThanOrEqual(0.7);
  });
});
