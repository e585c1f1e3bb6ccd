// Tests that guard the conventions (CONVENTIONS.md 1, 3, 11, 13): lib/core stays pure, entry
// points stay thin, and nothing renders HTML from text. The layer table: ./layers.test.ts.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.(ts|tsx)$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

const importsOf = (file: string) =>
  [...readFileSync(file, 'utf8').matchAll(/^import[^'"]*['"]([^'"]+)['"]/gm)].map(
    (m) => m[1] as string,
  );

describe('conventions', () => {
  it('lib/core imports no browser, WXT, DOM-framework or storage module and touches no browser global', () => {
    const offenders = sources('lib/core').flatMap((file) => {
      const text = readFileSync(file, 'utf8');
      const badImports = importsOf(file).filter((spec) =>
        /^(wxt|#i18n|idb-keyval|preact|@webext-core|webextension-polyfill)|\/(store|ui|sites|messaging|features)\//.test(
          spec,
        ),
      );
      const badGlobals = /\b(browser|chrome|document|window|localStorage|indexedDB)\.[a-zA-Z]/.test(
        text.replace(/\/\/.*$|\/\*[\s\S]*?\*\//gm, ''),
      );
      return badImports.length || badGlobals ? [file] : [];
    });
    expect(offenders).toEqual([]);
  });

  it('no innerHTML, outerHTML, insertAdjacentHTML or dangerouslySetInnerHTML in shipped code', () => {
    const offenders = [...sources('lib'), ...sources('entrypoints')].filter((file) =>
      /\b(innerHTML|outerHTML|insertAdjacentHTML|dangerouslySetInnerHTML)\b/.test(
        readFileSync(file, 'utf8').replace(/\/\/.*$|\/\*[\s\S]*?\*\//gm, ''),
      ),
    );
    expect(offenders).toEqual([]);
  });

  it('entry points stay thin', () => {
    const files = sources('entrypoints');
    expect(files.length).toBeGreaterThan(5);
    for (const file of files) {
      expect(readFileSync(file, 'utf8').split('\n').length, file).toBeLessThan(90);
    }
  });

  it('every message to the background has a handler there, registered through receive', () => {
    const names = [
      ...readFileSync('lib/messaging/payload-schemas.ts', 'utf8').matchAll(/'((?:cs|page):\w+)'/g),
    ].map((m) => m[1] as string);
    expect(names.length).toBeGreaterThan(10);
    const background = sources('lib/background')
      .map((file) => readFileSync(file, 'utf8'))
      .join('\n');
    const unhandled = names.filter(
      (name) => !new RegExp(`\\b(on|fromTab|receive)\\('${name}'`).test(background),
    );
    expect(unhandled).toEqual([]);
  });
});
