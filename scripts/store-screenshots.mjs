// `node scripts/store-screenshots.mjs`: the store listings' screenshots, made from the pictures
// the e2e tests leave in test-results/ (run `npm run test:e2e` first). Both stores take 1280×800
// (Chrome Web Store: exactly 1280×800 or 640×400; Firefox Add-ons: any, 1280×800 recommended).
// The e2e viewport is 1280 wide; full-page shots are cropped to their top 800 px, shorter ones
// are placed on the page background. The call page in the tests is a bare fixture (Meet's
// controls as plain HTML), so for call shots only the panel's column (the right 420 px) is
// kept, over a drawn call of four tiles: the panel is the real screenshot, the call a backdrop.
// Needs rsvg-convert (Debian: `apt-get install librsvg2-bin`). tests/unit/store-screenshots.test.ts
// checks the committed images (1280×800, small enough).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const WIDTH = 1280;
const HEIGHT = 800;
// In the order a store shows them: plan the crew, open the call, run the round, the end.
// Each entry: the names to look for, first found wins (the German pass names some by theme).
const SHOTS = [
  ['options-rotation-light'],
  ['meet-panel-setup-light'],
  ['meet-panel-running', 'meet-panel-running-light'],
  ['meet-pill-running'],
  ['meet-panel-summary-dark'],
];
const PANEL_COLUMN = 420;
const CALL_TILES = ['Ada', 'Bashir', 'Chiara', 'Dmitri'];

/** Four video tiles with initials, like a call seen from the side: the panel's backdrop. */
function callBackdrop() {
  const gap = 16;
  const left = 24;
  const top = 24;
  const w = (WIDTH - PANEL_COLUMN - left - gap - 16) / 2;
  const h = (HEIGHT - 2 * top - gap) / 2;
  const tiles = CALL_TILES.map((name, i) => {
    const x = left + (i % 2) * (w + gap);
    const y = top + Math.floor(i / 2) * (h + gap);
    return `<rect x="${x}" y="${y}" width="${w}" height="${h}" rx="14" fill="#3c4043"/>
  <circle cx="${x + w / 2}" cy="${y + h / 2}" r="52" fill="#5f6368"/>
  <text x="${x + w / 2}" y="${y + h / 2 + 18}" font-family="sans-serif" font-size="48" text-anchor="middle" fill="#e8eaed">${name[0]}</text>
  <text x="${x + 16}" y="${y + h - 16}" font-family="sans-serif" font-size="18" fill="#e8eaed">${name}</text>`;
  });
  return `<rect width="${WIDTH}" height="${HEIGHT}" fill="#202124"/>\n  ${tiles.join('\n  ')}`;
}
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
  SHOTS.forEach((names, index) => {
    const name = names.find((each) => existsSync(resolve(set.source, `${each}.png`)));
    if (!name) {
      console.log(`store: ${set.source}/${names[0]}.png missing; skipped`);
      return;
    }
    const source = resolve(set.source, `${name}.png`);
    const { width, height } = pngSize(source);
    const scale = WIDTH / width;
    const call = name.startsWith('meet-');
    const backdrop = call
      ? callBackdrop()
      : `<rect width="${WIDTH}" height="${HEIGHT}" fill="#f6f5f1"/>`;
    const clip = call
      ? `<clipPath id="panel"><rect x="${WIDTH - PANEL_COLUMN}" y="0" width="${PANEL_COLUMN}" height="${HEIGHT}"/></clipPath>`
      : '';
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}">
  ${clip}
  ${backdrop}
  <image x="0" y="0" width="${WIDTH}" height="${Math.round(height * scale)}"${call ? ' clip-path="url(#panel)"' : ''} xlink:href="data:image/png;base64,${readFileSync(source).toString('base64')}"/>
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
