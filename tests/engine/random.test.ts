// The engine's Tyche-i is seedrandom's, written out for speed: for any seed a stream
// can have, it gives the very numbers seedrandom's tychei.js gives (so no game changes).
import { describe, expect, it } from 'vitest';
import tychei from 'seedrandom/lib/tychei.js';
import { tycheI } from '../../src/engine/random';

describe('Tyche-i', () => {
  it('draws what seedrandom draws, for seeds across the 53-bit range', () => {
    const edges: [number, number][] = [[0, 0], [0, 1], [0, -1], [(1 << 21) - 1, -1], [(1 << 21) - 1, 0], [1, 0x7fffffff], [12345, -0x80000000]];
    let x = 0x9e3779b9;
    const pseudo = (): number => (x = (Math.imul(x, 0x2c1b3c6d) + 0x6d2b79f5) | 0);
    const seeds = [...edges, ...Array.from({ length: 500 }, (): [number, number] => [pseudo() >>> 11, pseudo()])];
    for (const [hi, lo] of seeds) {
      const ours = tycheI(hi, lo);
      const theirs = tychei(hi * 0x100000000 + (lo >>> 0));
      for (let i = 0; i < 12; i++) expect(ours.next(), `seed ${hi}:${lo}, draw ${i}`).toBe(theirs());
    }
  });
});
