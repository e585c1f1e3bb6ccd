// Turns valibot issues into problems a person can act on: a code, the path, a sentence that names
// both, and the detail (expected what, found what, which limit) the options page puts in its own
// locale's sentence. Also validates single records for the store, with the same words.
import * as v from 'valibot';
import { checkRoundState } from './backup-round-state';
import { CHECK_RULES, RECORD_SCHEMAS, type RecordKind } from './backup-schema';
import type { BackupProblem, PathPart, ProblemDetail, ValueWords } from './backup-types';
import { pathText } from './backup-walk';

export { pathText };

function excerpt(value: unknown): string {
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return JSON.stringify(text.length > 40 ? `${text.slice(0, 40)}…` : text);
}

/** What a value is, as a sentence names it. */
export function valueWords(value: unknown): ValueWords {
  if (value === undefined) return { kind: 'type', type: 'nothing' };
  if (value === null) return { kind: 'type', type: 'null' };
  if (Array.isArray(value)) return { kind: 'type', type: 'list' };
  if (typeof value === 'string') {
    return { kind: 'text', text: value.length > 40 ? `${value.slice(0, 40)}…` : value };
  }
  if (typeof value === 'number') return { kind: 'number', number: value };
  if (typeof value === 'boolean') return { kind: 'literal', json: String(value) };
  return { kind: 'type', type: 'object' };
}

/** The English words for ValueWords, for `message`; the options page uses the locale's. */
export function englishWords(words: ValueWords): string {
  switch (words.kind) {
    case 'text':
      return `the text ${JSON.stringify(words.text)}`;
    case 'number':
      return `the number ${words.number}`;
    case 'literal':
      return words.json;
    case 'one-of':
      return `one of ${words.json.join(', ')}`;
    case 'type':
      return TYPE_WORDS[words.type];
  }
}

const TYPE_WORDS = {
  text: 'text',
  number: 'a number',
  boolean: 'true or false',
  object: 'an object',
  list: 'a list',
  null: 'null',
  nothing: 'nothing',
} as const;

/** valibot's `expected` for type issues ("string", "Object") and literals ("1", '"a" | "b"'). */
function expectedWords(issue: v.BaseIssue<unknown>): ValueWords {
  const expected = issue.expected ?? '';
  const types: Record<string, keyof typeof TYPE_WORDS> = {
    string: 'text',
    number: 'number',
    boolean: 'boolean',
    Object: 'object',
    Array: 'list',
  };
  const type = types[expected];
  if (type) return { kind: 'type', type };
  if (issue.type === 'picklist') {
    return { kind: 'one-of', json: expected.replace(/^\(|\)$/g, '').split(' | ') };
  }
  return { kind: 'literal', json: expected };
}

/** The limit or rule a pipe action checks; undefined for an issue without its own sentence. */
function ruleDetail(issue: v.BaseIssue<unknown>): ProblemDetail | undefined {
  const requirement = (issue as { requirement?: unknown }).requirement;
  switch (issue.type) {
    case 'max_length':
    case 'max_entries':
      return {
        rule: typeof issue.input === 'string' ? 'max-characters' : 'max-entries',
        limit: Number(requirement),
      };
    case 'min_value':
      return { rule: 'min-value', limit: Number(requirement) };
    case 'max_value':
      return { rule: 'max-value', limit: Number(requirement) };
    case 'integer':
      return { rule: 'whole-number' };
    case 'regex':
      return { rule: 'email' };
    case 'check': {
      const rule = CHECK_RULES.get(requirement);
      if (rule === 'markup') return { rule, text: String(issue.input).slice(0, 40) };
      return rule ? { rule } : undefined;
    }
  }
  return undefined;
}

export function recordProblems(
  issues: readonly v.BaseIssue<unknown>[],
  prefix: readonly PathPart[] = [],
): BackupProblem[] {
  return issues.map((issue): BackupProblem => {
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
    if (issue.kind === 'schema') {
      const detail = {
        rule: 'expected',
        expected: expectedWords(issue),
        found: valueWords(issue.input),
      } as const;
      const words = `expected ${englishWords(detail.expected)}, found ${englishWords(detail.found)}`;
      return issue.type !== 'literal' && issue.type !== 'picklist'
        ? { code: 'wrong-type', path, message: `Wrong type at ${path}: ${words}.`, detail }
        : { code: 'invalid-value', path, message: `Invalid value at ${path}: ${words}.`, detail };
    }
    const detail = ruleDetail(issue);
    if (detail?.rule === 'markup') {
      return {
        code: 'markup-in-text',
        path,
        message: `Markup in text at ${path}: ${excerpt(issue.input)}. Names, titles and agreements must be plain text; a backup carrying markup is treated as tampered.`,
        detail,
      };
    }
    return {
      code: 'invalid-value',
      path,
      message: `Invalid value at ${path}: ${issue.message}.`,
      ...(detail ? { detail } : {}),
    };
  });
}

/**
 * The store's check before each write, so a record it accepts always imports again. Paths start
 * with the kind, e.g. `crew.members[2].name`.
 */
export function validateRecord(kind: RecordKind, record: unknown): BackupProblem[] {
  const result = v.safeParse(RECORD_SCHEMAS[kind], record, { abortEarly: false });
  const problems = result.success ? [] : recordProblems(result.issues, [kind]);
  if (kind === 'round' && typeof record === 'object' && record !== null && 'state' in record) {
    problems.push(...checkRoundState(record.state, [kind, 'state']).problems);
  }
  return problems;
}
