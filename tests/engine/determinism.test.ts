import { describe, expect, it } from 'vitest';
import { autoplay, stateHash, stream } from '../../src/engine';
import type { GameState } from '../../src/engine';
import { toy } from '../helpers';

// The rules on the toy scenario (tests/fixtures/toy); the campaign's own model tests are in tests/campaign.
const campaign = toy();

describe('determinism', () => {
  it('the same seed and the same decisions give the same hash after every turn', () => {
    const a = autoplay(campaign, { seed: 'same', defaultPolicy: 'random' });
    const b = autoplay(campaign, { seed: 'same', defaultPolicy: 'random' });
    expect(a.hashes).toHaveLength(3);
    expect(b.hashes).toEqual(a.hashes);
    const c = autoplay(campaign, { seed: 'other', defaultPolicy: 'random' });
    expect(c.hashes).not.toEqual(a.hashes);
  });

  it('throwaway runs (no freeze, no hashes: batch) reach exactly the same game', () => {
    for (const seed of ['t1', 't2', 't3']) {
      const kept = autoplay(campaign, { seed, roles: { soviet: 'player' } }, { playerPolicy: 'adaptive' });
      const thrown = autoplay(campaign, { seed, roles: { soviet: 'player' } }, { playerPolicy: 'adaptive', throwaway: true });
      expect(stateHash(thrown.final)).toBe(stateHash(kept.final));
      expect(thrown.hashes).toEqual([]);
      expect(Object.isFrozen(kept.final)).toBe(true);
    }
  });

  it('a throwaway run with no player (each day resolved in place) reaches exactly the same game, report and all', () => {
    for (const seed of ['p1', 'p2', 'p3', 'p4']) {
      for (const defaultPolicy of ['reactive', 'random'] as const) {
        const kept = autoplay(campaign, { seed, defaultPolicy });
        const thrown = autoplay(campaign, { seed, defaultPolicy }, { throwaway: true });
        expect(Object.isFrozen(thrown.final)).toBe(false);
        expect(thrown.final).toEqual(kept.final);
        // The game's opening state is never written to.
        expect(thrown.states[0]).toEqual(kept.states[0]);
      }
    }
  });

  it('the state hash ignores key order but sees every value', () => {
    const s = autoplay(campaign, { seed: 'h' }, { keepStates: true }).states[2]!;
    // The same data built with every object's keys in reverse order.
    const reverse = (v: unknown): unknown =>
      Array.isArray(v) ? v.map(reverse) : v && typeof v === 'object' ? Object.fromEntries(Object.entries(v).reverse().map(([k, x]) => [k, reverse(x)])) : v;
    const reordered = reverse(s) as GameState;
    expect(Object.keys(reordered)[0]).not.toBe(Object.keys(s)[0]);
    expect(stateHash(reordered)).toBe(stateHash(s));
    const changed = JSON.parse(JSON.stringify(s)) as GameState;
    changed.areas.square!.unrest += 0.5;
    expect(stateHash(changed)).not.toBe(stateHash(s));
  });
});

describe('keyed random streams', () => {
  it('a stream depends only on its key, not on what was drawn before', () => {
    const first = stream('k', '1956-10-24', 'area', 'csepel');
    const a = [first.next(), first.next(), first.next()];
    // Draw heavily from other streams, then open the same key again.
    for (let i = 0; i < 50; i++) stream('k', '1956-10-24', 'area', `other-${i}`).next();
    const again = stream('k', '1956-10-24', 'area', 'csepel');
    expect([again.next(), again.next(), again.next()]).toEqual(a);
    // Any part of the key changes the stream.
    for (const other of [stream('j', '1956-10-24', 'area', 'csepel'), stream('k', '1956-10-25', 'area', 'csepel'), stream('k', '1956-10-24', 'clash', 'csepel'), stream('k', '1956-10-24', 'area', 'corvin')]) {
      expect(other.next()).not.toBe(a[0]);
    }
  });

  it('draws are uniform enough: mean near 0.5 over many keys', () => {
    let sum = 0;
    const n = 20000;
    for (let i = 0; i < n; i++) sum += stream('u', '1956-10-23', 'test', String(i)).next();
    expect(Math.abs(sum / n - 0.5)).toBeLessThan(0.01);
  });

  it('changing one decision leaves every unrelated draw as it was', () => {
    // Two games that differ only in the crowd's choice of the first day, taken by a player.
    const setup = { seed: 'fork', roles: { revolutionaries: 'player' as const } };
    const base = autoplay(campaign, setup, { keepStates: true });
    const fork = autoplay(campaign, setup, { keepStates: true, choices: { march: 'stay' } });
    let compared = 0;
    for (let i = 1; i < base.states.length; i++) {
      const rollsA = Object.fromEntries(base.states[i]!.report!.areas.map((r) => [r.area, r.roll]));
      for (const r of fork.states[i]!.report!.areas) {
        if (!(r.area in rollsA) || r.roll === null || rollsA[r.area] === null) continue;
        expect(r.roll).toBe(rollsA[r.area]);
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(0);
    expect(stateHash(fork.final)).not.toBe(stateHash(base.final));
  });
});

describe('policies', () => {
  it('historical takes history’s option; random and adaptive are seeded and reproducible', () => {
    const h = autoplay(campaign, { seed: 'pol', defaultPolicy: 'historical' });
    for (const [id, c] of Object.entries(h.final.chosen)) {
      expect(campaign.decisions.find((d) => d.id === id)!.options.find((o) => o.id === c.option)!.historical).toBe(true);
    }
    for (const policy of ['random', 'adaptive', 'reactive'] as const) {
      const a = autoplay(campaign, { seed: 'pol', defaultPolicy: policy });
      const b = autoplay(campaign, { seed: 'pol', defaultPolicy: policy });
      expect(b.hashes).toEqual(a.hashes);
    }
    // Random play leaves history somewhere in a handful of games.
    const left = ['1', '2', '3', '4', '5'].some((seed) => {
      const g = autoplay(campaign, { seed, defaultPolicy: 'random' });
      return Object.entries(g.final.chosen).some(([id, c]) => !campaign.decisions.find((d) => d.id === id)!.options.find((o) => o.id === c.option)!.historical);
    });
    expect(left).toBe(true);
  });
});
