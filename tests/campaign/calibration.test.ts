// A smaller run of the calibration in docs/CALIBRATION.md: history's choices usually
// lead where history went, the figures land near the text's, and choices matter.
import { describe, expect, it } from 'vitest';
import { autoplay } from '../../src/engine';
import { scenario } from '../helpers';

const campaign = scenario();
const SEEDS = Array.from({ length: 60 }, (_, i) => `unit-${i}`);
const median = (v: number[]): number => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)]!;

function run(forced: Record<string, string> = {}): { medians: Record<string, number>; historical: number } {
  const values: Record<string, number[]> = {};
  let historical = 0;
  for (const seed of SEEDS) {
    const g = autoplay(campaign, { seed, forced }, { hashes: false });
    for (const [k, v] of Object.entries(g.final.metrics)) (values[k] ??= []).push(v);
    if (g.final.outcome!.historical) historical++;
  }
  return { medians: Object.fromEntries(Object.entries(values).map(([k, v]) => [k, median(v)])), historical: historical / SEEDS.length };
}

const history = run();

describe('calibrated against history', () => {
  // The accepted ranges; the text's own figures are in docs/CALIBRATION.md.
  const RANGES: [string, number, number][] = [
    ['hungarianDead', 1800, 3300],
    ['hungarianWounded', 10000, 25000],
    ['sovietDead', 500, 950],
    ['sovietWounded', 1000, 2000],
    ['prisonersFreed', 5000, 11000],
    ['councils', 1500, 2700],
  ];
  it.each(RANGES)('median %s at 10 November lies between %i and %i', (metric, low, high) => {
    expect(history.medians[metric]).toBeGreaterThanOrEqual(low);
    expect(history.medians[metric]).toBeLessThanOrEqual(high);
  });

  it('history’s outcome comes usually, not always', () => {
    expect(history.historical).toBeGreaterThanOrEqual(0.6);
    expect(history.historical).toBeLessThan(1);
  });

  it('choices matter: other options move the outcome mix or a headline figure by 10% or more', () => {
    const moved = (forced: Record<string, string>): boolean => {
      const r = run(forced);
      if (Math.abs(r.historical - history.historical) >= 0.1) return true;
      return ['hungarianDead', 'sovietDead', 'councils', 'refugees', 'prisonersFreed'].some((k) => Math.abs(r.medians[k]! - history.medians[k]!) / history.medians[k]! >= 0.1);
    };
    const tried: Record<string, string>[] = [
      { 'presidium-reverses': 'hold' },
      { 'nagy-programme': 'limited' },
      { 'kossuth-square': 'let-be' },
      { resistance: 'lay-down' },
      { 'presidium-line': 'military' },
      { 'kadar-proclaims': 'refuse' },
    ];
    for (const forced of tried) expect(moved(forced), JSON.stringify(forced)).toBe(true);
  });
});
