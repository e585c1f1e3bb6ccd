// Every selector lives in its site's selectors.ts (CONVENTIONS.md 3, issue 7): a selector literal
// anywhere else in lib/sites is refused, and each selector of the call sites says when it was
// last seen on the real page.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';

const SITES = join(process.cwd(), 'lib/sites');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

/** A string literal handed to a DOM query where a selector goes. */
const SELECTOR_LITERAL = new RegExp(
  [
    String.raw`\.(?:querySelector|querySelectorAll|matches|closest)\(\s*['"\x60]`,
    String.raw`\bgetElementsBy(?:ClassName|TagName|Name)\(\s*['"\x60]`,
    String.raw`\b(?:observeElements|trackElements)\([^,()]+,\s*['"\x60]`,
  ].join('|'),
);

describe('selector literals', () => {
  test('none in lib/sites outside a selectors.ts', () => {
    const offending = sourceFiles(SITES)
      .filter((path) => !path.endsWith('/selectors.ts'))
      .flatMap((path) =>
        readFileSync(path, 'utf8')
          .split('\n')
          .flatMap((line, i) =>
            SELECTOR_LITERAL.test(line)
              ? [`${relative(process.cwd(), path)}:${i + 1}: ${line.trim()}`]
              : [],
          ),
      );
    expect(offending).toEqual([]);
  });

  test('the guard sees the forms it refuses', () => {
    for (const line of [
      `tile.querySelectorAll('[role="tooltip"]')`,
      'voice.closest("[data-participant-id]")',
      'doc.getElementsByTagName(`span`)',
      `observeElements(document, '.chip', onChip, { signal })`,
    ]) {
      expect(SELECTOR_LITERAL.test(line), line).toBe(true);
    }
    expect(SELECTOR_LITERAL.test('tile.querySelectorAll(meetSelectors.tileTooltip)')).toBe(false);
  });
});

describe('seen dates', () => {
  for (const site of ['meet', 'jitsi']) {
    test(`every ${site} selector's comment says when it was seen`, () => {
      const source = readFileSync(join(SITES, site, 'selectors.ts'), 'utf8');
      const body = source.slice(source.indexOf('Selectors = {'), source.indexOf('} as const;'));
      // Each entry: its doc comment, then `name: 'selector'`.
      const entries = [...body.matchAll(/\/\*\*([\s\S]*?)\*\/\s*(\w+):/g)];
      const names = [...body.matchAll(/^\s{2}(\w+):/gm)].map((match) => match[1]);
      expect(entries.map((match) => match[2])).toEqual(names);
      const undated = entries
        .filter(([, comment]) => !/\bseen (?:[\w\s,-]*?)?20\d\d(?:-\d\d)?/.test(comment ?? ''))
        .map((match) => match[2]);
      expect(undated).toEqual([]);
    });
  }
});
