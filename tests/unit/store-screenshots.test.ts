// Issue 11, store listings: the committed screenshots are what both stores take (exactly
// 1280×800 PNG) and small enough to upload and keep in the repository (< 300 KB each), in English
// and German. Remade by `node scripts/store-screenshots.mjs` (store/README.md).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const PNG_SIGNATURE = '89504e470d0a1a0a';

function pngSize(path: string): { width: number; height: number } {
  const bytes = readFileSync(path);
  expect(bytes.subarray(0, 8).toString('hex'), `${path} is a PNG`).toBe(PNG_SIGNATURE);
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe.each(['en', 'de'])('store screenshots (%s)', (language) => {
  const dir = join('store/screenshots', language);
  const files = readdirSync(dir).filter((name) => name.endsWith('.png'));

  it('has the five listing pictures, in the order the store shows them', () => {
    expect(files.map((name) => name.split('-')[0])).toEqual(['1', '2', '3', '4', '5']);
  });

  it.each(files)('%s is 1280×800 and under 300 KB', (name) => {
    const path = join(dir, name);
    expect(pngSize(path)).toEqual({ width: 1280, height: 800 });
    expect(statSync(path).size).toBeLessThan(300 * 1024);
  });
});
