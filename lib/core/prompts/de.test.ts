// Issue 11: in a German UI the built-in decks speak German, under the same prompt ids.
import { describe, expect, it } from 'vitest';
import type { Deck } from '../model.ts';
import { PROMPT_TEXT_DE } from './de.ts';
import {
  BUILTIN_DECKS,
  builtinDecks,
  promptIn,
  promptLanguage,
  withBuiltinDecks,
} from './decks.ts';
import { pickPrompt } from './picker.ts';

const english = BUILTIN_DECKS.flatMap((deck) => deck.prompts);

describe('the built-in decks in German', () => {
  it('has a German text for every built-in prompt, and none for a prompt that does not exist', () => {
    const ids = english.map((prompt) => prompt.id).sort();
    expect(Object.keys(PROMPT_TEXT_DE).sort()).toEqual(ids);
    for (const prompt of english) {
      const german = PROMPT_TEXT_DE[prompt.id] ?? '';
      expect(german.trim(), prompt.id).not.toBe('');
      expect(german, prompt.id).not.toBe(prompt.text);
    }
  });

  it('asks questions in German too: each ends as its English text does, in “du”', () => {
    for (const prompt of english) {
      const german = PROMPT_TEXT_DE[prompt.id] ?? '';
      expect(german.endsWith('?') || german.endsWith('.'), prompt.id).toBe(true);
      expect(german, prompt.id).not.toMatch(/\b(Sie|Ihnen|Ihre?)\b/);
    }
  });

  it('keeps ids, depths and order: usage recorded in one language counts in the other', () => {
    const german = builtinDecks('de');
    expect(german.map((deck) => [deck.id, deck.kind])).toEqual(
      BUILTIN_DECKS.map((deck) => [deck.id, deck.kind]),
    );
    german.forEach((deck, d) => {
      const source = BUILTIN_DECKS[d] as Deck;
      expect(deck.prompts.map((p) => [p.id, p.depth])).toEqual(
        source.prompts.map((p) => [p.id, p.depth]),
      );
    });
    expect(german.find((deck) => deck.kind === 'reflection')?.title).toBe('Reflexion');
    expect(builtinDecks('en')).toBe(BUILTIN_DECKS);
  });

  it('picks the same prompt in either language, worded in the language asked for', () => {
    const request = {
      kind: 'check-in' as const,
      usage: undefined,
      seriesProgress: 0,
      random: () => 0.42,
    };
    const en = pickPrompt({ ...request, decks: withBuiltinDecks([]) });
    const de = pickPrompt({ ...request, decks: withBuiltinDecks([], 'de') });
    expect(de?.prompt.id).toBe(en?.prompt.id);
    expect(de?.prompt.text).toBe(PROMPT_TEXT_DE[en?.prompt.id ?? '']);
  });

  it('leaves a crew’s own prompts as written', () => {
    const own = { id: 'own-1', depth: 1 as const, text: 'Wie war der Garten?' };
    expect(promptIn(own, 'de')).toBe(own);
    expect(promptIn({ id: 'ci-02', text: 'How are you arriving here right now?' }, 'de').text).toBe(
      'Wie kommst du gerade hier an?',
    );
  });

  it('chooses the deck language from the locale tag', () => {
    expect(promptLanguage('de')).toBe('de');
    expect(promptLanguage('de-AT')).toBe('de');
    expect(promptLanguage('de_CH')).toBe('de');
    expect(promptLanguage('en-GB')).toBe('en');
    expect(promptLanguage('fr')).toBe('en');
    expect(promptLanguage(undefined)).toBe('en');
  });
});
