// Renders scripts/icon.svg to public/icon/<size>.png (16, 32, 48, 96, 128) for WXT to pick up.
// Run with `npm run icons`.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Resvg } from '@resvg/resvg-js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const svg = readFileSync(join(root, 'scripts', 'icon.svg'), 'utf8');
const outDir = join(root, 'public', 'icon');
const sizes = [16, 32, 48, 96, 128];

mkdirSync(outDir, { recursive: true });

for (const size of sizes) {
  const png = new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render().asPng();
  const file = join(outDir, `${size}.png`);
  writeFileSync(file, png);
  console.log(`wrote ${file} (${png.length} bytes)`);
}
