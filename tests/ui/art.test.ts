// The art in assets/: the textures are what scripts/lib/art.ts makes (so they can be made
// again), the emblem is in the theme's colours, and every side has a symbol of its own
// shape (not only its colour).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { inkPng, paperPng } from '../../scripts/lib/art';
import { SYMBOL_CHARS, SYMBOL_FILES, symbolShape } from '../../src/ui/map/symbols';
import { COLOURS } from '../../src/ui/theme/tokens';
import { scenario } from '../helpers';

const ASSETS = join(import.meta.dirname, '../../assets');

describe('the art in assets/', () => {
  it('has the textures scripts/make-art.ts writes, byte for byte', () => {
    expect(Buffer.compare(readFileSync(join(ASSETS, 'paper.png')), paperPng())).toBe(0);
    expect(Buffer.compare(readFileSync(join(ASSETS, 'ink.png')), inkPng())).toBe(0);
  });

  it('draws the emblem, the tricolour with the arms cut out, in the theme’s colours', () => {
    const svg = readFileSync(join(ASSETS, 'emblem.svg'), 'utf8');
    for (const c of [COLOURS.flagRed, COLOURS.flagWhite, COLOURS.flagGreen, COLOURS.ink]) expect(svg.toLowerCase()).toContain(c.toLowerCase());
    expect(svg).toMatch(/clip-rule="evenodd"/);
  });

  it('gives every side a symbol file, each of a different shape', () => {
    const sides = scenario('campaign').sides;
    const files = Object.keys(SYMBOL_FILES);
    const shapes = new Set<string>();
    for (const side of sides) {
      const file = files.find((f) => SYMBOL_CHARS[f] === side.symbol);
      expect(file, `${side.id}'s symbol ${side.symbol}`).toBeDefined();
      const shape = symbolShape(side.symbol);
      expect(shape?.length, side.id).toBeGreaterThan(0);
      shapes.add(JSON.stringify(shape));
    }
    expect(shapes.size).toBe(sides.length);
  });
});
