// A crew's own prompts: only checked for length here; their words are the crew's.

export const MAX_CUSTOM_PROMPT_CHARS = 200;

export type CustomPromptCheck =
  | { ok: true; text: string }
  | { ok: false; reason: 'empty' | 'too-long' };

/** Trims, then accepts 1 to 200 characters (an emoji counts as one). */
export function validateCustomPrompt(text: string): CustomPromptCheck {
  const trimmed = text.trim();
  const length = [...trimmed].length;
  if (length === 0) return { ok: false, reason: 'empty' };
  if (length > MAX_CUSTOM_PROMPT_CHARS) return { ok: false, reason: 'too-long' };
  return { ok: true, text: trimmed };
}
