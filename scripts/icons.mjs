// `node scripts/icons.mjs`: exports assets/icon.svg to the PNG sizes the stores and toolbars use.
// The PNGs are committed (the build only copies assets/); run this after changing the SVG.
// Needs rsvg-convert (Debian: `apt-get install librsvg2-bin`), librsvg's faithful SVG renderer.
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';

const SIZES = [16, 32, 48, 128];
mkdirSync('assets/icon', { recursive: true });
for (const size of SIZES) {
  const out = `assets/icon/${size}.png`;
  const result = spawnSync(
    'rsvg-convert',
    ['-w', `${size}`, '-h', `${size}`, 'assets/icon.svg', '-o', out],
    {
      stdio: 'inherit',
    },
  );
  if (result.error || result.status !== 0) {
    console.error('icons: rsvg-convert failed; install it with `apt-get install librsvg2-bin`.');
    process.exit(1);
  }
  console.log(`icons: ${out}`);
}
