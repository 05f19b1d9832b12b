// The campaign's own model, beyond its calibration: the same game in another process,
// forks that keep their luck, and an adaptive side that weighs the situation.
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { autoplay, stateHash } from '../../src/engine';
import { scenario } from '../helpers';

const campaign = scenario();

describe('the campaign model', () => {
  it('another process, started fresh, reaches the same final hash', () => {
    const here = autoplay(campaign, { seed: 'proc-7', defaultPolicy: 'adaptive' });
    const out = execFileSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'play', '--scenario', 'campaign', '--seed', 'proc-7', '--policy', 'adaptive', '--json'], { encoding: 'utf8' });
    const there = JSON.parse(out) as { turns: { hash: string }[]; final: { hash: string } };
    expect(there.turns.map((t) => t.hash)).toEqual(here.hashes);
    expect(there.final.hash).toBe(stateHash(here.final));
  });

  it('a fork of the Presidium’s reversal keeps every unrelated draw and changes the ending', () => {
    // Two games that differ only in the Presidium's choice of 31 October, taken by a player.
    const setup = { seed: 'fork', roles: { soviet: 'player' as const } };
    const base = autoplay(campaign, setup, { keepStates: true });
    const fork = autoplay(campaign, setup, { keepStates: true, choices: { 'presidium-reverses': 'hold' } });
    const changedDay = '1956-10-31';
    for (let i = 1; i < base.states.length; i++) {
      const a = base.states[i]!;
      const b = fork.states[i]!;
      if (a.report!.date < changedDay) expect(stateHash(b)).toBe(stateHash(a)); // identical before the choice
      // Every area's luck is the same on every day, before and after: only consequences differ.
      const rollsA = Object.fromEntries(a.report!.areas.map((r) => [r.area, r.roll]));
      for (const r of b.report!.areas) if (r.area in rollsA) expect(r.roll).toBe(rollsA[r.area]);
    }
    expect(fork.final.outcome!.id).not.toBe(base.final.outcome!.id);
  });

  it('the adaptive Presidium weighs the situation: it usually intervenes after neutrality, usually not without the reasons', () => {
    const seeds = Array.from({ length: 60 }, (_, i) => `ad-${i}`);
    const launched = (forced: Record<string, string>): number =>
      seeds.filter((seed) => autoplay(campaign, { seed, roles: { soviet: 'adaptive' }, forced }).final.chosen.whirlwind?.option === 'launch').length;
    const history = launched({});
    const calm = launched({ 'nagy-programme': 'limited', neutrality: 'stay', 'republic-square': 'surrender' });
    expect(history).toBeGreaterThan(calm);
  });
});
