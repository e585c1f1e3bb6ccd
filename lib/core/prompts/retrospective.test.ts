// The retrospective's questions speak the UI's language too (issue 11), under the same ids.
import { describe, expect, it } from 'vitest';
import { RETROSPECTIVE_PROMPTS, retrospectivePromptIn } from './retrospective.ts';

const prompts = Object.values(RETROSPECTIVE_PROMPTS).flat();

describe('the retrospective prompts', () => {
  it('have a German text for every prompt, in "du", with the same id and depth', () => {
    for (const prompt of prompts) {
      const german = retrospectivePromptIn(prompt, 'de');
      expect(german.id).toBe(prompt.id);
      expect(german.depth).toBe(prompt.depth);
      expect(german.text, prompt.id).not.toBe(prompt.text);
      expect(german.text.endsWith('?'), prompt.id).toBe(true);
      expect(german.text, prompt.id).not.toMatch(/\b(Sie|Ihnen|Ihre?)\b/);
    }
  });

  it('are returned as written in English', () => {
    for (const prompt of prompts) expect(retrospectivePromptIn(prompt, 'en')).toBe(prompt);
  });
});
