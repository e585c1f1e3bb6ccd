// @vitest-environment happy-dom
// The feature runner (lib/features/feature.ts) and the rule that every feature module is in its
// site's feature list (CONVENTIONS.md 13), so a new feature cannot be written and never started.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { type PageFeature, runFeatures } from '../../lib/features/feature';

const tick = () => new Promise((resolve) => setTimeout(resolve, 30));
let controller = new AbortController();
afterEach(() => controller.abort());

function recorder(name: string, include: (url: string) => boolean, log: string[]): PageFeature {
  return {
    name,
    include,
    init(signal) {
      log.push(`start ${name}`);
      signal.addEventListener('abort', () => log.push(`stop ${name}`));
    },
  };
}

describe('runFeatures', () => {
  test('re-checks include on every in-page navigation and ends the previous one', async () => {
    let url = 'https://calendar.google.com/calendar/u/0/r/week';
    const log: string[] = [];
    controller = new AbortController();
    runFeatures(
      [
        recorder('week', (u) => u.includes('/r/week'), log),
        recorder('any', () => true, log),
        { ...recorder('not-settings', () => true, log), exclude: (u) => u.includes('settings') },
      ],
      undefined,
      { signal: controller.signal, getUrl: () => url, urlPollMs: 5 },
    );
    expect(log).toEqual(['start week', 'start any', 'start not-settings']);
    log.length = 0;
    url = 'https://calendar.google.com/calendar/u/0/r/week?hash=1#top';
    await tick();
    expect(log).toEqual([]); // query and hash are not a navigation
    url = 'https://calendar.google.com/calendar/u/0/r/settings';
    await tick();
    expect(log).toEqual(['stop week', 'stop any', 'stop not-settings', 'start any']);
    log.length = 0;
    controller.abort();
    expect(log).toEqual(['stop any']);
  });

  test('one failing feature, synchronous or not, never stops another', async () => {
    const started: string[] = [];
    controller = new AbortController();
    const errors = vi.spyOn(console, 'error');
    runFeatures(
      [
        {
          name: 'throws',
          include: () => true,
          init: () => {
            throw new Error('bug');
          },
        },
        {
          name: 'bad-include',
          include: () => {
            throw new Error('bug');
          },
          init: () => {},
        },
        { name: 'rejects', include: () => true, init: () => Promise.reject(new Error('bug')) },
        {
          name: 'ok',
          include: () => true,
          init: (_signal, deps: string) => {
            started.push(deps);
          },
        },
      ],
      'deps',
      { signal: controller.signal, getUrl: () => 'https://meet.google.com/abc-defg-hij' },
    );
    await tick();
    expect(started).toEqual(['deps']);
    expect(errors).not.toHaveBeenCalled();
    errors.mockRestore();
  });
});

// Feature modules: files under lib/features that declare a PageFeature export.
const FEATURES_DIR = join(process.cwd(), 'lib/features');
const DECLARES_FEATURE = /export const (\w+)\s*:\s*PageFeature\b/g;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

describe('feature registration', () => {
  test('every feature module appears in a site feature list (lib/features/<site>/index.ts)', async () => {
    const declared = sourceFiles(FEATURES_DIR).flatMap((path) =>
      [...readFileSync(path, 'utf8').matchAll(DECLARES_FEATURE)].map((match) => ({
        path,
        exportName: match[1] ?? '',
      })),
    );
    expect(declared.length).toBeGreaterThan(0);
    // Site lists: arrays of features exported by each lib/features/<site>/index.ts.
    const registered = new Set<unknown>();
    for (const entry of readdirSync(FEATURES_DIR, { withFileTypes: true })) {
      if (!entry.isDirectory()) continue;
      const index = sourceFiles(join(FEATURES_DIR, entry.name)).find((p) =>
        /\/index\.tsx?$/.test(p),
      );
      if (!index) continue;
      const exports = (await import(index)) as Record<string, unknown>;
      for (const value of Object.values(exports)) {
        if (Array.isArray(value)) for (const feature of value) registered.add(feature);
      }
    }
    const unregistered: string[] = [];
    for (const { path, exportName } of declared) {
      const module = (await import(path)) as Record<string, unknown>;
      if (!registered.has(module[exportName])) {
        unregistered.push(`${relative(process.cwd(), path)}: ${exportName}`);
      }
    }
    expect(unregistered).toEqual([]);
  });
});
