// Turns valibot issues into problems a person can act on: a code, the path, and a sentence that
// names both. Also validates single records for the store, with the same words.
import * as v from 'valibot';
import { containsMarkup, MARKUP_CHECK, RECORD_SCHEMAS, type RecordKind } from './backup-schema';
import type { BackupProblem } from './backup-types';

type PathPart = string | number;

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

function excerpt(value: unknown): string {
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return JSON.stringify(text.length > 40 ? `${text.slice(0, 40)}…` : text);
}

function describeType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return `text ${excerpt(value)}`;
  if (typeof value === 'number') return `the number ${value}`;
  if (typeof value === 'boolean') return `${value}`;
  return typeof value === 'object' ? 'an object' : typeof value;
}

const EXPECTED: Record<string, string> = {
  string: 'text',
  number: 'a number',
  boolean: 'true or false',
  Object: 'an object',
  Array: 'a list',
};

export function recordProblems(
  issues: readonly v.BaseIssue<unknown>[],
  prefix: readonly PathPart[] = [],
): BackupProblem[] {
  return issues.map((issue) => {
    const parts = [...prefix, ...(issue.path ?? []).map((item) => item.key as PathPart)];
    const path = pathText(parts);
    const key = parts[parts.length - 1];
    if (issue.type === 'strict_object' && issue.expected === 'never') {
      return {
        code: 'unknown-field',
        path,
        message: `Unknown field at ${path}: Crewkit records have no field "${key}".`,
      };
    }
    if (issue.type === 'strict_object' && issue.input === undefined) {
      return {
        code: 'missing-field',
        path,
        message: `Missing field at ${path}: "${key}" is required.`,
      };
    }
    if (issue.type === 'check' && (issue as v.CheckIssue<string>).requirement === MARKUP_CHECK) {
      return {
        code: 'markup-in-text',
        path,
        message: `Markup in text at ${path}: ${excerpt(issue.input)}. Names, titles and agreements must be plain text; a backup carrying markup is treated as tampered.`,
      };
    }
    if (issue.kind === 'schema' && issue.type !== 'literal' && issue.type !== 'picklist') {
      const expected = EXPECTED[issue.expected ?? ''] ?? issue.expected;
      return {
        code: 'wrong-type',
        path,
        message: `Wrong type at ${path}: expected ${expected}, found ${describeType(issue.input)}.`,
      };
    }
    const detail =
      issue.kind === 'schema'
        ? `expected ${issue.expected}, found ${describeType(issue.input)}`
        : issue.message;
    return { code: 'invalid-value', path, message: `Invalid value at ${path}: ${detail}.` };
  });
}

/** Markup anywhere in free-form JSON (a round's engine state), found without recursion. */
export function stringsWithMarkup(root: unknown, prefix: readonly PathPart[]): BackupProblem[] {
  const problems: BackupProblem[] = [];
  const stack: [unknown, PathPart[]][] = [[root, [...prefix]]];
  while (stack.length > 0) {
    const [value, path] = stack.pop() as [unknown, PathPart[]];
    if (typeof value === 'string' && containsMarkup(value)) {
      problems.push({
        code: 'markup-in-text',
        path: pathText(path),
        message: `Markup in text at ${pathText(path)}: ${excerpt(value)}. Names and prompts must be plain text; a backup carrying markup is treated as tampered.`,
      });
    } else if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) stack.push([value[i], [...path, i]]);
    } else if (typeof value === 'object' && value !== null) {
      for (const key of Object.keys(value).reverse()) {
        stack.push([(value as Record<string, unknown>)[key], [...path, key]]);
      }
    }
  }
  return problems;
}

/**
 * The store's check before each write, so a record it accepts always imports again. Paths start
 * with the kind, e.g. `crew.members[2].name`.
 */
export function validateRecord(kind: RecordKind, record: unknown): BackupProblem[] {
  const result = v.safeParse(RECORD_SCHEMAS[kind], record, { abortEarly: false });
  const problems = result.success ? [] : recordProblems(result.issues, [kind]);
  if (kind === 'round' && typeof record === 'object' && record !== null && 'state' in record) {
    problems.push(...stringsWithMarkup(record.state, [kind, 'state']));
  }
  return problems;
}

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * JSON.parse makes `__proto__` an own key, so a walk over own keys finds it; such keys are never
 * written by Crewkit and could alter prototypes once spread into other objects.
 */
export function forbiddenKeyProblems(root: unknown): BackupProblem[] {
  const problems: BackupProblem[] = [];
  const stack: [unknown, (string | number)[]][] = [[root, []]];
  while (stack.length > 0) {
    const [value, path] = stack.pop() as [unknown, (string | number)[]];
    if (typeof value !== 'object' || value === null) continue;
    if (Array.isArray(value)) {
      value.forEach((item, i) => {
        stack.push([item, [...path, i]]);
      });
      continue;
    }
    for (const key of Object.keys(value)) {
      const at = [...path, key];
      if (FORBIDDEN_KEYS.has(key)) {
        problems.push({
          code: 'forbidden-key',
          path: pathText(at),
          message: `Forbidden key "${key}" at ${pathText(at)}: Crewkit never writes it, so the file was changed by something else.`,
        });
      } else stack.push([(value as Record<string, unknown>)[key], at]);
    }
  }
  return problems.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
