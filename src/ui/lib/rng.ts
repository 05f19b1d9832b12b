// The interface's own random numbers, for animation jitter and the paper's grain. They
// never touch the game's keyed streams (nor Math.random): a game plays the same whatever
// the screen shows, and the map looks the same on every visit.

/** mulberry32: a tiny, fast 32-bit generator. */
export function uiRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A seed from a string (FNV-1a), to give each area or day a look of its own. */
export function seedOf(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}
