// Writes the map's raster textures to assets/ (scripts/lib/art.ts makes them from
// numbers; nothing is downloaded). Run after changing the generator or the colours:
//   npx tsx scripts/make-art.ts
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { inkPng, paperPng } from './lib/art';

const ROOT = resolve(import.meta.dirname, '..');

for (const [file, bytes] of [
  ['assets/paper.png', paperPng()],
  ['assets/ink.png', inkPng()],
] as const) {
  writeFileSync(join(ROOT, file), bytes);
  console.log(`${file}: ${(bytes.length / 1024).toFixed(1)} KB`);
}
