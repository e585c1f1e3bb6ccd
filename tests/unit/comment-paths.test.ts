// A comment that names a file in the repository (lib/…, tests/…, docs/…) must name one that
// exists, so a citation can be followed and a move cannot leave a stale pointer behind.
import { existsSync, readdirSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { describe, expect, it } from 'vitest';
import { commentsOf, readSource, sourceFiles } from '../support/imports';

const PATH = /(?<![\w./-])(?:lib|tests|docs)\/[\w./<>*-]*[\w/*>]/g;

/**
 * A path under tests/ whose first folder is not one of ours names another project's file (the
 * Jitsi selectors cite jitsi-meet's tests/pageobjects/…); lib/ and docs/ are always ours.
 */
function isOurs(path: string): boolean {
  const [top, folder] = path.split('/');
  return top !== 'tests' || (folder !== undefined && existsSync(`tests/${folder}`));
}

/** A file or folder, or a pattern: `tests/bench/*.bench.ts`, `lib/sites/<site>/`. */
function exists(path: string): boolean {
  const cut = path.search(/[<*]/);
  if (cut === -1) return existsSync(path);
  const before = path.slice(0, cut);
  if (before.endsWith('/')) return existsSync(before);
  // `tests/bench/store*.ts`: some file in that folder starts so.
  const folder = dirname(`${before}x`);
  const start = basename(`${before}x`).slice(0, -1);
  return existsSync(folder) && readdirSync(folder).some((name) => name.startsWith(start));
}

function citedPaths(text: string): string[] {
  return commentsOf(text).flatMap((comment) =>
    [...comment.matchAll(PATH)].map((m) => m[0].replace(/[.)]+$/, '')),
  );
}

describe('paths named in comments', () => {
  it('finds the paths a comment names, patterns included', () => {
    const text = [
      '// See lib/core/held.ts (the rule).',
      '/* and tests/bench/*.bench.ts, docs/architecture.md. */',
      "const url = 'lib/not/a/comment.ts';",
    ].join('\n');
    expect(citedPaths(text)).toEqual([
      'lib/core/held.ts',
      'tests/bench/*.bench.ts',
      'docs/architecture.md',
    ]);
    expect(exists('lib/core/held.ts')).toBe(true);
    expect(exists('tests/bench/*.bench.ts')).toBe(true);
    expect(exists('lib/core/nowhere.ts')).toBe(false);
    expect(exists('lib/background/nowhere-*.ts')).toBe(false);
    expect(isOurs('tests/pageobjects/Filmstrip.ts')).toBe(false);
    expect(isOurs('tests/sites/nowhere.test.ts')).toBe(true);
  });

  it('every lib/, tests/ or docs/ path named in a comment exists', () => {
    const files = ['lib', 'entrypoints', 'tests', 'scripts'].flatMap((dir) =>
      sourceFiles(dir, { tests: true }),
    );
    const missing = files.flatMap((file) =>
      citedPaths(readSource(file))
        .filter((path) => isOurs(path) && !exists(path))
        .map((path) => `${file}: ${path}`),
    );
    expect(missing).toEqual([]);
  });
});
