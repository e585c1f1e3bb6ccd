// Walks parsed JSON once, iteratively, without copying paths: each value gets one small frame
// pointing at its parent, and a path is spelled out only for a value that is reported. A hostile
// file nested 100,000 levels deep therefore costs one pass (path-copying walkers were quadratic in
// depth and froze the options page for seconds; recursive ones overflowed the stack).
import type { BackupProblem, PathPart } from './backup-types';

/**
 * Deepest nesting a backup may have. Crewkit's own records reach 7 levels
 * (`rounds[0].state.entries[0].slot.name`); the cap leaves room for growth and keeps every later
 * step (schema checks, the sorted serializer, IndexedDB's structured clone) far from any stack limit.
 */
export const MAX_DEPTH = 32;

export interface JsonFrame {
  readonly value: unknown;
  readonly parent: JsonFrame | null;
  readonly key: PathPart | null;
  /** 0 for the root. */
  readonly depth: number;
}

/** The frame's path, after `prefix`. Costs its depth, so call it only for what is reported. */
export function pathOf(frame: JsonFrame, prefix: readonly PathPart[] = []): PathPart[] {
  const keys: PathPart[] = [];
  for (let at: JsonFrame | null = frame; at?.key != null; at = at.parent) keys.push(at.key);
  return [...prefix, ...keys.reverse()];
}

/** `crews[0].members[2].name`; keys that are not plain names are quoted: `usedByDeck["a b"]`. */
export function pathText(path: readonly PathPart[]): string {
  let text = '';
  for (const part of path) {
    if (typeof part === 'number') text += `[${part}]`;
    else if (/^[A-Za-z_$][\w$-]*$/.test(part)) text += text === '' ? part : `.${part}`;
    else text += `[${JSON.stringify(part)}]`;
  }
  return text;
}

/**
 * Visits every value once, in document order. `visit` returns false to skip a value's children.
 * Linear in the number of values whatever the depth.
 */
export function walkJson(root: unknown, visit: (frame: JsonFrame) => boolean | undefined): void {
  const stack: JsonFrame[] = [{ value: root, parent: null, key: null, depth: 0 }];
  for (let frame = stack.pop(); frame !== undefined; frame = stack.pop()) {
    if (visit(frame) === false) continue;
    const { value, depth } = frame;
    if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) {
        stack.push({ value: value[i], parent: frame, key: i, depth: depth + 1 });
      }
    } else if (typeof value === 'object' && value !== null) {
      const keys = Object.keys(value);
      for (let i = keys.length - 1; i >= 0; i--) {
        const key = keys[i] as string;
        const child = (value as Record<string, unknown>)[key];
        stack.push({ value: child, parent: frame, key, depth: depth + 1 });
      }
    }
  }
}

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * Before any schema sees the file: keys that could alter prototypes once spread into other objects
 * (JSON.parse makes `__proto__` an own key, so a walk over own keys finds it; Crewkit never writes
 * them), and nesting deeper than MAX_DEPTH anywhere.
 */
export function treeProblems(root: unknown): BackupProblem[] {
  const forbidden: BackupProblem[] = [];
  const deep: BackupProblem[] = [];
  walkJson(root, (frame) => {
    if (typeof frame.key === 'string' && FORBIDDEN_KEYS.has(frame.key)) {
      const path = pathText(pathOf(frame));
      forbidden.push({
        code: 'forbidden-key',
        path,
        message: `Forbidden key "${frame.key}" at ${path}: Crewkit never writes it, so the file was changed by something else.`,
      });
      return false;
    }
    if (frame.depth > MAX_DEPTH) {
      const path = pathText(pathOf(frame));
      deep.push({
        code: 'too-deep',
        path,
        message: `Nested too deeply at ${path}: a Crewkit backup is at most ${MAX_DEPTH} levels deep.`,
        detail: { rule: 'max-depth', limit: MAX_DEPTH },
      });
      return false;
    }
    return true;
  });
  forbidden.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return [...forbidden, ...deep];
}
