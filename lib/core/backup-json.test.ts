import { describe, expect, it } from 'vitest';
import { locateJsonError } from './backup-json';

describe('locateJsonError', () => {
  it('finds nothing wrong in valid JSON, whatever JSON.parse would say', () => {
    for (const text of [
      '{}',
      '[1, 2.5e-3, -0, "a\\u00e9\\n", true, false, null]',
      ' {"a": {"b": []}} ',
    ]) {
      expect(() => JSON.parse(text)).not.toThrow();
      expect(locateJsonError(text)).toBeNull();
    }
  });

  it('gives the line and column of a stray character', () => {
    const text = '{\n  "a": 1,\n  "b": }\n';
    expect(locateJsonError(text)).toEqual({ offset: 19, line: 3, column: 8, truncated: false });
  });

  it('reports a missing comma where the next value starts', () => {
    expect(locateJsonError('[1 2]')).toMatchObject({ line: 1, column: 4, truncated: false });
    expect(locateJsonError('{"a" 1}')).toMatchObject({ column: 6, truncated: false });
  });

  it('tells a file cut off mid-way from a wrong one', () => {
    for (const text of ['{"a": [1, 2', '{"a": "unfinished', '[tru', '{"a":', '[1.', '["\\u00']) {
      expect(locateJsonError(text), text).toMatchObject({ truncated: true, offset: text.length });
    }
    expect(locateJsonError('[1,]')?.truncated).toBe(false);
    expect(locateJsonError('{"a": 1}}')).toMatchObject({ column: 9, truncated: false });
  });

  it('refuses control characters and bad escapes inside strings', () => {
    expect(locateJsonError('["a\tb"]')).toMatchObject({ column: 4 });
    expect(locateJsonError('["\\x"]')).toMatchObject({ column: 3 });
  });

  it('walks deep nesting without overflowing the stack', () => {
    const deep = `${'['.repeat(200_000)}${']'.repeat(199_999)}`;
    expect(locateJsonError(deep)).toMatchObject({ truncated: true });
  });
});
