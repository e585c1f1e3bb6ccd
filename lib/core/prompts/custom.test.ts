import { expect, it } from 'vitest';
import { validateCustomPrompt } from './custom.ts';

it('accepts a prompt and trims it', () => {
  expect(validateCustomPrompt('  What are you bringing today?\n')).toEqual({
    ok: true,
    text: 'What are you bringing today?',
  });
});

it('refuses an empty or blank prompt', () => {
  expect(validateCustomPrompt('')).toEqual({ ok: false, reason: 'empty' });
  expect(validateCustomPrompt(' \n\t ')).toEqual({ ok: false, reason: 'empty' });
});

it('accepts 200 characters and refuses 201', () => {
  expect(validateCustomPrompt('a'.repeat(200)).ok).toBe(true);
  expect(validateCustomPrompt(` ${'a'.repeat(200)} `).ok).toBe(true);
  expect(validateCustomPrompt('a'.repeat(201))).toEqual({ ok: false, reason: 'too-long' });
});

it('counts an emoji as one character', () => {
  expect(validateCustomPrompt('🌱'.repeat(200)).ok).toBe(true);
});
