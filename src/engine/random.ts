// Keyed random streams. Each draw comes from a stream named by (seed, day, purpose,
// place), the day being its calendar date, never from one shared sequence: a changed
// choice cannot shift an unrelated draw, because no draw depends on how many draws
// came before it.
// Tyche-i (seedrandom's port of Neves and Araujo's generator): small state, quick to
// seed, which matters when every area of every day opens its own stream.
import tychei from 'seedrandom/lib/tychei.js';

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
  // A 53-bit integer seed: Tyche-i then skips its string parsing.
  const prng = tychei((a >>> 11) * 0x100000000 + (b >>> 0));
  return { next: prng };
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
