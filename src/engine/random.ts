// Keyed random streams. Each draw comes from a stream named by (seed, day, purpose,
// place), the day being its calendar date, never from one shared sequence: a changed
// choice cannot shift an unrelated draw, because no draw depends on how many draws
// came before it.
// Tyche-i (Neves and Araujo's generator, as seedrandom's tychei.js has it): small state,
// quick to seed, which matters when every area of every day opens its own stream.

export interface Stream {
  /** Uniform in [0, 1). */
  next(): number;
}

function digest(text: string, a: number, b: number): [number, number] {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
    b ^= b >>> 13;
  }
  return [a, b];
}

// Every area of every day opens a stream, so the key is digested in two cached halves:
// (seed, day) once per day, (purpose, place) once per game's lifetime.
let lastSeed = '';
let lastDay = '';
let lastBase: [number, number] = [0, 0];
// purpose → place → digest: two lookups of short strings the data already holds, rather
// than a key glued together (and hashed afresh) on every draw.
const placeDigests = new Map<string, Map<string, [number, number]>>();
let cachedPlaces = 0;

function placeDigest(purpose: string, place: string): [number, number] {
  let byPlace = placeDigests.get(purpose);
  if (!byPlace) {
    byPlace = new Map();
    placeDigests.set(purpose, byPlace);
  }
  let pd = byPlace.get(place);
  if (!pd) {
    pd = digest(`${purpose}\u241f${place}`, 0x3c6ef372 | 0, 0x510e527f | 0);
    if (cachedPlaces < 10_000) {
      byPlace.set(place, pd);
      cachedPlaces++;
    }
  }
  return pd;
}

export function stream(seed: string, day: string, purpose: string, place = ''): Stream {
  if (seed !== lastSeed || day !== lastDay) {
    lastBase = digest(`${seed}\u241f${day}`, 0x811c9dc5 | 0, 0x6a09e667 | 0);
    lastSeed = seed;
    lastDay = day;
  }
  const pd = placeDigest(purpose, place);
  let a = lastBase[0] ^ pd[0];
  let b = lastBase[1] ^ Math.imul(pd[1], 0x9e3779b1);
  a ^= a >>> 16; a = Math.imul(a, 0x85ebca6b); a ^= a >>> 13; a = Math.imul(a, 0xc2b2ae35); a ^= a >>> 16;
  b ^= b >>> 15; b = Math.imul(b, 0x2c1b3c6d); b ^= b >>> 12; b = Math.imul(b, 0x297a2d39); b ^= b >>> 15;
  return tycheI(a >>> 11, b | 0);
}

/** A Tyche-i stream for the 53-bit integer seed `hi * 2^32 + (lo >>> 0)` (hi below 2^21). */
export const tycheI = (hi: number, lo: number): Stream => new TycheI(hi, lo);

/**
 * seedrandom's tychei.js for an integer seed, written out: the same
 * state, the same 20 discarded rounds, the same numbers (tests/engine/random.test.ts
 * checks it against seedrandom's own). Opening a stream makes one small object, not the
 * library's generator with its three closures: ~40 streams open every day.
 */
class TycheI implements Stream {
  private a: number;
  private b: number;
  private c = 2654435769 | 0;
  private d = 1367130551;
  constructor(hi: number, lo: number) {
    this.a = hi;
    this.b = lo;
    for (let k = 0; k < 20; k++) this.round();
  }
  private round(): number {
    let b = this.b, c = this.c, d = this.d, a = this.a;
    b = (b << 25) ^ (b >>> 7) ^ c;
    c = (c - d) | 0;
    d = (d << 24) ^ (d >>> 8) ^ a;
    a = (a - b) | 0;
    this.b = b = (b << 20) ^ (b >>> 12) ^ c;
    this.c = c = (c - d) | 0;
    this.d = (d << 16) ^ (c >>> 16) ^ a;
    return (this.a = (a - b) | 0);
  }
  next(): number {
    return (this.round() >>> 0) / 0x100000000;
  }
}

/** A multiplier around 1 with a log-normal spread: luck in a count of casualties. */
export function logNormal(u1: number, u2: number, sigma: number): number {
  // Box–Muller on two uniforms; 1 - u keeps log away from zero.
  const z = Math.sqrt(-2 * Math.log(1 - u1)) * Math.cos(2 * Math.PI * u2);
  return Math.exp(sigma * z - (sigma * sigma) / 2);
}

/** A value in [low, high], spread evenly on a log scale where the range is wide. */
export function inRange(u: number, low: number, high: number): number {
  if (low <= 0 || high / low < 3) return low + (high - low) * u;
  return Math.exp(Math.log(low) + (Math.log(high) - Math.log(low)) * u);
}
