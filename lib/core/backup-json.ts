// Finds where a JSON text stops being JSON. Engines word JSON.parse errors differently (V8 in
// Node 20 often gives no position at all, Firefox gives line and column), so the backup screen
// can only say "line 3, column 7" and "the file is cut off" reliably if we locate it ourselves.
// Runs only after JSON.parse has failed; iterative so a deeply nested file cannot overflow.

export interface JsonSyntaxError {
  /** 0-based offset in the text. */
  offset: number;
  /** 1-based. */
  line: number;
  /** 1-based, in UTF-16 code units. */
  column: number;
  /** The text ended while a value, string or bracket was still open. */
  truncated: boolean;
}

type Expect = 'value' | 'valueOrEnd' | 'keyOrEnd' | 'key' | 'colon' | 'commaOrEnd' | 'end';

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const LITERALS = ['true', 'false', 'null'];
const WHITESPACE = new Set([' ', '\t', '\n', '\r']);
const ESCAPES = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't']);

export function locateJsonError(text: string): JsonSyntaxError | null {
  const stack: string[] = [];
  let expect: Expect = 'value';
  let i = 0;
  const fail = (offset: number, truncated = false): JsonSyntaxError => ({
    ...lineAndColumn(text, offset),
    offset,
    truncated,
  });
  const afterValue = (): Expect => (stack.length === 0 ? 'end' : 'commaOrEnd');

  for (;;) {
    while (i < text.length && WHITESPACE.has(text.charAt(i))) i++;
    if (i >= text.length) return expect === 'end' ? null : fail(i, true);
    const c = text.charAt(i);
    switch (expect) {
      case 'end':
        return fail(i);
      case 'colon':
        if (c !== ':') return fail(i);
        i++;
        expect = 'value';
        continue;
      case 'commaOrEnd': {
        const top = stack[stack.length - 1];
        if (c === ',') {
          i++;
          expect = top === '{' ? 'key' : 'value';
        } else if ((c === '}' && top === '{') || (c === ']' && top === '[')) {
          i++;
          stack.pop();
          expect = afterValue();
        } else return fail(i);
        continue;
      }
      case 'keyOrEnd':
      case 'key':
        if (expect === 'keyOrEnd' && c === '}') {
          i++;
          stack.pop();
          expect = afterValue();
          continue;
        }
        if (c !== '"') return fail(i);
        i = skipString(text, i);
        if (i < 0) return fail(-i - 1, -i - 1 >= text.length);
        expect = 'colon';
        continue;
      case 'valueOrEnd':
        if (c === ']') {
          i++;
          stack.pop();
          expect = afterValue();
        } else expect = 'value';
        continue;
      case 'value': {
        if (c === '{' || c === '[') {
          stack.push(c);
          i++;
          expect = c === '{' ? 'keyOrEnd' : 'valueOrEnd';
          continue;
        }
        if (c === '"') {
          i = skipString(text, i);
          if (i < 0) return fail(-i - 1, -i - 1 >= text.length);
        } else {
          const end = skipScalar(text, i);
          if (end < 0) return fail(-end - 1, -end - 1 >= text.length);
          i = end;
        }
        expect = afterValue();
      }
    }
  }
}

/** Returns the offset after the closing quote, or -(offset of the fault) - 1. */
function skipString(text: string, start: number): number {
  let i = start + 1;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    if (code === 0x22) return i + 1;
    if (code < 0x20) return -i - 1;
    if (code === 0x5c) {
      const next = text.charAt(i + 1);
      if (next === 'u') {
        const hex = text.slice(i + 2, i + 6);
        if (!/^[0-9a-fA-F]{4}$/.test(hex)) {
          return i + 2 + hex.length >= text.length && /^[0-9a-fA-F]*$/.test(hex)
            ? -text.length - 1
            : -i - 1;
        }
        i += 6;
        continue;
      }
      if (next === '') return -text.length - 1;
      if (!ESCAPES.has(next)) return -i - 1;
      i += 2;
      continue;
    }
    i++;
  }
  return -text.length - 1;
}

function skipScalar(text: string, start: number): number {
  const rest = text.slice(start, start + 6);
  for (const literal of LITERALS) {
    if (rest.startsWith(literal)) return start + literal.length;
    if (start + rest.length === text.length && literal.startsWith(rest)) return -text.length - 1;
  }
  NUMBER.lastIndex = start;
  const match = NUMBER.exec(text);
  if (!match) return /^-$/.test(text.slice(start)) ? -text.length - 1 : -start - 1;
  const end = start + match[0].length;
  // "1." or "1e" at the very end is a number cut short, not a typo.
  if (end < text.length && /[.eE]/.test(text.charAt(end)) && end + 1 === text.length) {
    return -text.length - 1;
  }
  return end;
}

function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}
