// Reads the imports of a TypeScript source (static, `export … from`, side-effect and dynamic
// `import()`), without a TypeScript parser: comments are blanked by a small scanner that knows
// strings, template literals and regular expression literals, then the specifiers are matched.
// Used by tests/unit/layers.test.ts and tests/unit/comment-paths.test.ts.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';

/** The source with comments replaced by spaces (line breaks kept, so positions still match). */
export function withoutComments(text: string): string {
  return splitComments(text).code;
}

/** The comments of a source, each with its text. */
export function commentsOf(text: string): string[] {
  return splitComments(text).comments;
}

const REGEX_AFTER = new Set([
  '',
  '(',
  ',',
  '=',
  ':',
  '[',
  '!',
  '&',
  '|',
  '?',
  '{',
  '}',
  ';',
  '+',
  '-',
  '*',
  '%',
  '<',
  '>',
  '~',
  '^',
]);

const KEYWORDS_BEFORE_REGEX = new Set(['return', 'typeof', 'case', 'in', 'of', 'yield', 'await']);

function splitComments(text: string): { code: string; comments: string[] } {
  const out: string[] = [];
  const comments: string[] = [];
  let i = 0;
  let last = ''; // last significant code character, to tell a regex literal from a division
  let word = ''; // the identifier or keyword that ended at `last`
  const blank = (s: string) => s.replace(/[^\n]/g, ' ');
  while (i < text.length) {
    const c = text[i] as string;
    const next = text[i + 1];
    if (c === '/' && next === '/') {
      const end = text.indexOf('\n', i);
      const stop = end === -1 ? text.length : end;
      comments.push(text.slice(i + 2, stop));
      out.push(blank(text.slice(i, stop)));
      i = stop;
    } else if (c === '/' && next === '*') {
      const end = text.indexOf('*/', i + 2);
      const stop = end === -1 ? text.length : end + 2;
      comments.push(text.slice(i + 2, stop - 2));
      out.push(blank(text.slice(i, stop)));
      i = stop;
    } else if (c === '"' || c === "'" || c === '`') {
      let j = i + 1;
      while (j < text.length && text[j] !== c) {
        if (text[j] === '\\') j += 1;
        else if (c !== '`' && text[j] === '\n') break;
        j += 1;
      }
      out.push(text.slice(i, j + 1));
      i = j + 1;
      last = c;
      word = '';
    } else if (c === '/' && (REGEX_AFTER.has(last) || KEYWORDS_BEFORE_REGEX.has(word))) {
      let j = i + 1;
      let inClass = false;
      while (j < text.length && text[j] !== '\n') {
        const d = text[j];
        if (d === '\\') j += 1;
        else if (d === '[') inClass = true;
        else if (d === ']') inClass = false;
        else if (d === '/' && !inClass) break;
        j += 1;
      }
      out.push(text.slice(i, j + 1));
      i = j + 1;
      last = '/';
      word = '';
    } else {
      out.push(c);
      if (/[\w$]/.test(c)) {
        word = last === 'x' ? word + c : c;
        last = 'x';
      } else if (!/\s/.test(c)) {
        last = /[)\].]/.test(c) ? ')' : c;
        word = '';
      }
      i += 1;
    }
  }
  return { code: out.join(''), comments };
}

/** Every module specifier the source imports or re-exports, dynamic ones included. */
export function specifiersOf(text: string): string[] {
  const code = withoutComments(text);
  const found: string[] = [];
  const patterns = [
    // import x from '…', import { a } from '…', import type …, export { a } from '…', export * from '…'
    /\b(?:import|export)\s+(?:type\s+)?[\w*{}\s,$]*?\bfrom\s*(['"])([^'"]+)\1/g,
    // import '…' (side effects, e.g. CSS)
    /\bimport\s*(['"])([^'"]+)\1/g,
    // import('…')
    /\bimport\s*\(\s*(['"])([^'"]+)\1\s*\)/g,
  ];
  for (const pattern of patterns) {
    for (const match of code.matchAll(pattern)) found.push(match[2] as string);
  }
  return [...new Set(found)];
}

/** Source files under `dir` (ts, tsx), tests included only when asked. */
export function sourceFiles(dir: string, options: { tests?: boolean } = {}): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path, options);
    if (!/\.(ts|tsx)$/.test(name) || name.endsWith('.d.ts')) return [];
    return options.tests || !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

const EXTENSIONS = ['', '.ts', '.tsx', '/index.ts', '/index.tsx'];

/** The repository file a relative specifier names, or undefined for a package or a missing file. */
export function resolveImport(fromFile: string, specifier: string): string | undefined {
  if (!specifier.startsWith('.')) return undefined;
  const base = normalize(join(dirname(fromFile), specifier));
  for (const ext of EXTENSIONS) {
    const candidate = base + ext;
    if (existsSync(candidate) && statSync(candidate).isFile()) return relative('.', candidate);
  }
  return undefined;
}

export function readSource(file: string): string {
  return readFileSync(file, 'utf8');
}
