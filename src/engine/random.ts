// Keyed random streams. Each draw comes from a stream named by (seed, day, purpose,
// place), the day being its calendar date, never from one shared sequence: a changed choice cannot shift an unrelated
// draw, because no draw depends on how many draws came before it.
import alea from 'seedrandom/lib/alea.js';

export interface Stream {
  /** Uniform in [0, 1). */
  next(): number;
}

export function stream(seed: string, day: string, purpose: string, place = ''): Stream {
  const prng = alea(`${seed}\u241f${day}\u241f${purpose}\u241f${place}`);
  return { next: () => prng() };
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
