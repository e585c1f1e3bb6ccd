// The layer table of docs/architecture.md, checked on every import: each import (static,
// `export … from`, side-effect and dynamic `import()`) is resolved to a file, the file to its
// layer, and the edge must be in ALLOWED. No exceptions are listed; a failure prints the edge.
import { describe, expect, it } from 'vitest';
import {
  readSource,
  resolveImport,
  sourceFiles,
  specifiersOf,
  withoutComments,
} from '../support/imports';

type Layer =
  | 'entrypoints'
  | 'background'
  | 'features'
  | 'ui'
  | 'google'
  | 'messaging'
  | 'store'
  | 'sites'
  | 'core';

/** Which layers each layer may import (its own always). Dependencies point down only. */
const ALLOWED: Record<Layer, readonly Layer[]> = {
  entrypoints: ['background', 'features', 'ui', 'google', 'messaging', 'store', 'sites', 'core'],
  background: ['google', 'messaging', 'store', 'sites', 'core'],
  features: ['ui', 'messaging', 'sites', 'core'],
  ui: ['messaging', 'store', 'sites', 'core'],
  // The Calendar client and sync engine get fetch, clock and token injected (DESIGN.md).
  google: ['core'],
  messaging: ['core'],
  store: ['core'],
  sites: ['core'],
  core: [],
};

/** Modules that are browser extension APIs; WXT also offers `browser` as a global. */
const BROWSER_MODULES = /^(wxt\/browser|@wxt-dev\/browser|webextension-polyfill)(\/|$)/;
const BROWSER_GLOBAL = /(?<![\w$.])(browser|chrome)\.[a-zA-Z]/;

function layerOf(file: string): Layer | undefined {
  if (file.startsWith('entrypoints/')) return 'entrypoints';
  const top = /^lib\/([^/]+)\//.exec(file)?.[1];
  return top && top in ALLOWED ? (top as Layer) : undefined;
}

const shipped = [...sourceFiles('entrypoints'), ...sourceFiles('lib')];

interface Edge {
  from: string;
  to: string;
  specifier: string;
}

function edgesOf(file: string): Edge[] {
  return specifiersOf(readSource(file)).map((specifier) => ({
    from: file,
    to: resolveImport(file, specifier) ?? specifier,
    specifier,
  }));
}

const edges = shipped.flatMap(edgesOf);
const show = (e: Edge) => `${e.from} -> ${e.to}`;

describe('layers', () => {
  it('every shipped file is in a layer, and every relative import names a file', () => {
    expect(shipped.filter((file) => !layerOf(file))).toEqual([]);
    const missing = edges.filter((e) => e.specifier.startsWith('.') && e.to === e.specifier);
    expect(missing.map(show)).toEqual([]);
  });

  it('each import goes to its own layer or one the table allows', () => {
    const offending = edges.flatMap((e) => {
      const from = layerOf(e.from) as Layer;
      const to = layerOf(e.to);
      if (!to) {
        // Outside lib/ and entrypoints/: tests and scripts are never shipped code's business.
        return e.specifier.startsWith('.') ? [`${show(e)} (outside the layers)`] : [];
      }
      if (to === from) {
        // Entry points are separate bundles: one never reaches into another's folder.
        const folder = (f: string) => f.split('/').slice(0, 2).join('/');
        return from === 'entrypoints' && folder(e.from) !== folder(e.to)
          ? [`${show(e)} (another entry point)`]
          : [];
      }
      return ALLOWED[from].includes(to) ? [] : [`${show(e)} (${from} may not import ${to})`];
    });
    expect(offending).toEqual([]);
  });

  it('content-script code reaches no store, not even through another layer', () => {
    const contentRoots = shipped.filter(
      (f) => /^entrypoints\/[^/]+\.content\//.test(f) || /^lib\/(features|sites)\//.test(f),
    );
    expect(contentRoots.length).toBeGreaterThan(10);
    const bySource = new Map<string, Edge[]>();
    for (const e of edges) bySource.set(e.from, [...(bySource.get(e.from) ?? []), e]);
    const offending: string[] = [];
    for (const root of contentRoots) {
      // Breadth-first through relative imports, keeping the path for the message.
      const paths = new Map<string, string[]>([[root, [root]]]);
      const queue = [root];
      while (queue.length) {
        const file = queue.shift() as string;
        for (const e of bySource.get(file) ?? []) {
          const path = [...(paths.get(file) ?? []), e.to];
          if (layerOf(e.to) === 'store' || e.to === 'idb-keyval') {
            offending.push(path.join(' -> '));
            continue;
          }
          if (!paths.has(e.to) && layerOf(e.to)) {
            paths.set(e.to, path);
            queue.push(e.to);
          }
        }
      }
    }
    expect([...new Set(offending)]).toEqual([]);
  });

  it('lib/ui, lib/sites, lib/core and lib/google use no browser extension API', () => {
    const offending = shipped
      .filter((f) => /^lib\/(ui|sites|core|google)\//.test(f))
      .flatMap((file) => {
        const code = withoutComments(readSource(file));
        const imports = edgesOf(file).filter((e) => BROWSER_MODULES.test(e.specifier));
        return [
          ...imports.map(show),
          ...(BROWSER_GLOBAL.test(code.replace(/(['"`])(?:\\.|(?!\1)[^\\])*\1/g, '""'))
            ? [`${file} uses the browser global`]
            : []),
        ];
      });
    expect(offending).toEqual([]);
  });

  it('the checks see what they must: dynamic imports and re-exports count as edges', () => {
    const text = [
      "import type { A } from './a';",
      "export { b } from '../b';",
      "export * from './c';",
      "import './d.css';",
      "const e = () => import('./e');",
      "// import { f } from './f';",
      "const url = 'https://example.org/x'; import { g } from './g';",
      'const re = /[\'"]\\/\\//; import { h } from "./h";',
      "import {\n  i,\n  j,\n} from './ij';",
    ].join('\n');
    expect(specifiersOf(text).sort()).toEqual(
      ['../b', './a', './c', './d.css', './e', './g', './h', './ij'].sort(),
    );
    expect(layerOf('lib/google/client.ts')).toBe('google');
    expect(layerOf('lib/features/calendar/badge.ts')).toBe('features');
    expect(layerOf('lib/ui/pathway/Pathway.tsx')).toBe('ui');
    expect(layerOf('lib/sites/calendar/selectors.ts')).toBe('sites');
  });
});
