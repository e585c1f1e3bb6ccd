// `node scripts/store-screenshots.mjs`: the store listings' screenshots, made from the pictures
// the e2e tests leave in test-results/ (run `npm run test:e2e` first). Both stores take 1280×800
// (Chrome Web Store: exactly 1280×800 or 640×400; Firefox Add-ons: any, 1280×800 recommended).
// The e2e viewport is 1280 wide; full-page shots are cropped to their top 800 px, shorter ones
// are placed on the page background. Needs rsvg-convert (Debian: `apt-get install librsvg2-bin`).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const WIDTH = 1280;
const HEIGHT = 800;
// In the order a store shows them: plan the crew, open the call, run the round, the end.
const SHOTS = [
  'options-rotation-light',
  'meet-panel-setup-light',
  'meet-panel-running',
  'meet-pill-running',
  'meet-panel-summary-dark',
];
const SETS = [
  { source: 'test-results/screenshots', out: 'store/screenshots/en' },
  { source: 'test-results/screenshots-de', out: 'store/screenshots/de' },
];

function pngSize(path) {
  const bytes = readFileSync(path);
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

let made = 0;
for (const set of SETS) {
  if (!existsSync(set.source)) {
    console.log(`store: no ${set.source}/ (run the e2e tests first); skipped`);
    continue;
  }
  mkdirSync(set.out, { recursive: true });
  SHOTS.forEach((name, index) => {
    const source = resolve(set.source, `${name}.png`);
    if (!existsSync(source)) {
      console.log(`store: ${set.source}/${name}.png missing; skipped`);
      return;
    }
    const { width, height } = pngSize(source);
    const scale = WIDTH / width;
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}">
  <rect width="${WIDTH}" height="${HEIGHT}" fill="#f6f5f1"/>
  <image x="0" y="0" width="${WIDTH}" height="${Math.round(height * scale)}" xlink:href="data:image/png;base64,${readFileSync(source).toString('base64')}"/>
</svg>`;
    const svgPath = join(set.out, '.frame.svg');
    writeFileSync(svgPath, svg);
    const out = join(set.out, `${index + 1}-${name}.png`);
    const result = spawnSync('rsvg-convert', [
      '-w',
      `${WIDTH}`,
      '-h',
      `${HEIGHT}`,
      svgPath,
      '-o',
      out,
    ]);
    if (result.error || result.status !== 0) {
      console.error('store: rsvg-convert failed; install it with `apt-get install librsvg2-bin`.');
      process.exit(1);
    }
    const size = pngSize(out);
    if (size.width !== WIDTH || size.height !== HEIGHT)
      throw new Error(`${out} is ${size.width}×${size.height}`);
    console.log(`store: ${out}`);
    made += 1;
  });
  spawnSync('rm', ['-f', join(set.out, '.frame.svg')]);
}
if (made === 0) process.exit(1);
