// A round record's state is the round engine's own JSON. It used to be the one free-form value in
// a backup (checked for markup only), so a file could carry anything there, thousands of levels
// deep. Now it must be a state the engine loads (`parseRoundState`, the same check the panel
// runs), and before that its size is capped, so the engine's schema never walks a huge value.
import { containsMarkup } from './backup-schema';
import type { BackupProblem, PathPart } from './backup-types';
import { pathOf, pathText, walkJson } from './backup-walk';
import { parseRoundState, type RoundState } from './round';

/**
 * A round state reaches 4 levels (`entries[0].slot.name`), a meeting's 8
 * (`entries[0].turns.entries[0].slot.name`); room for the engine to grow.
 */
export const MAX_STATE_DEPTH = 12;
/** A name, a phase title or an id in a round; Meet display names are far shorter. */
export const MAX_STATE_TEXT = 1000;
/** Slots in one round (people or agenda phases) and any other list in its state. */
export const MAX_STATE_ENTRIES = 1000;

function excerpt(text: string): string {
  return JSON.stringify(text.length > 40 ? `${text.slice(0, 40)}…` : text);
}

/**
 * Problems with one round's state, paths after `prefix` (e.g. `rounds[3].state`), and the state
 * as the engine reads it (unknown fields dropped) when there are none.
 */
export function checkRoundState(
  state: unknown,
  prefix: readonly PathPart[],
): { problems: BackupProblem[]; state: RoundState | null } {
  const problems: BackupProblem[] = [];
  walkJson(state, (frame) => {
    const { value } = frame;
    const at = () => pathText(pathOf(frame, prefix));
    if (frame.depth > MAX_STATE_DEPTH) {
      problems.push({
        code: 'too-deep',
        path: at(),
        message: `Nested too deeply at ${at()}: a round's state is at most ${MAX_STATE_DEPTH} levels deep.`,
        detail: { rule: 'max-depth', limit: MAX_STATE_DEPTH },
      });
      return false;
    }
    if (typeof value === 'string') {
      if (value.length > MAX_STATE_TEXT) {
        problems.push({
          code: 'invalid-value',
          path: at(),
          message: `Invalid value at ${at()}: must be at most ${MAX_STATE_TEXT} characters.`,
          detail: { rule: 'max-characters', limit: MAX_STATE_TEXT },
        });
      } else if (containsMarkup(value)) {
        problems.push({
          code: 'markup-in-text',
          path: at(),
          message: `Markup in text at ${at()}: ${excerpt(value)}. Names and prompts must be plain text; a backup carrying markup is treated as tampered.`,
          detail: { rule: 'markup', text: value.slice(0, 40) },
        });
      }
    } else if (Array.isArray(value) && value.length > MAX_STATE_ENTRIES) {
      problems.push({
        code: 'invalid-value',
        path: at(),
        message: `Invalid value at ${at()}: must have at most ${MAX_STATE_ENTRIES} entries.`,
        detail: { rule: 'max-entries', limit: MAX_STATE_ENTRIES },
      });
      return false;
    }
    return true;
  });
  if (problems.length > 0) return { problems, state: null };
  const parsed = parseRoundState(state);
  if (parsed === null) {
    const path = pathText(prefix);
    problems.push({
      code: 'invalid-value',
      path,
      message: `Invalid value at ${path}: not a round this Crewkit's round engine can load (damaged, or made by something else).`,
      detail: { rule: 'round-state' },
    });
  }
  return { problems, state: parsed };
}
