// The state hash identifies a state: every code unit of every string counts, NaN and
// ±Infinity are not null, and distinct states do not collide in practice.
import { describe, expect, it } from 'vitest';
import { autoplay, stateHash } from '../../src/engine';
import type { GameState } from '../../src/engine';
import { canonicalHash } from '../../src/lib/canonical-hash';
import { toy } from '../helpers';

const s = autoplay(toy(), { seed: 'hash' }, { keepStates: true }).states[1]!;
const withReason = (reason: string): GameState => {
  const copy = JSON.parse(JSON.stringify(s)) as GameState;
  copy.chosen = { ...copy.chosen, march: { option: 'march', side: 'revolutionaries', date: copy.date, by: 'player', reason } };
  return copy;
};

describe('the state hash', () => {
  it('tells apart two one-line reasons that the old 32-bit string digest took for one', () => {
    // Found by a birthday search on the old digest (FNV-1a of the string, 32 bits).
    const a = 'I chose this because of reason number 59285';
    const b = 'I chose this because of reason number 321039';
    expect(stateHash(withReason(a))).not.toBe(stateHash(withReason(b)));
  });

  it('counts every UTF-16 code unit, lone surrogates and all', () => {
    const texts = ['', 'a', 'b', 'ab', 'ba', 'a\u0000', '\u0000a', 'é', 'e\u0301', '\ud800', '\udc00', '\ud800\udc00', 'x'.repeat(49), 'x'.repeat(50)];
    const hashes = texts.map((t) => canonicalHash({ t }));
    expect(new Set(hashes).size).toBe(texts.length);
    // A key and its value are not confused, nor a string with a number or an array.
    const values: unknown[] = [{ a: 'b' }, { b: 'a' }, { ab: '' }, ['a', 'b'], ['ab'], '1', 1, [1], { 1: 1 }, [], {}, '', null, false, 0];
    expect(new Set(values.map(canonicalHash)).size).toBe(values.length);
  });

  it('NaN and ±Infinity hash neither like null nor like each other', () => {
    const values = [null, Number.NaN, Infinity, -Infinity, 0, 1e308, -1e308, Number.MIN_VALUE];
    expect(new Set(values.map((v) => canonicalHash({ v }))).size).toBe(values.length);
    expect(canonicalHash({ v: -0 })).toBe(canonicalHash({ v: 0 }));
    const nan = JSON.parse(JSON.stringify(s)) as GameState;
    nan.metrics.refugees = Number.NaN;
    const nul = JSON.parse(JSON.stringify(s)) as GameState;
    (nul.metrics as Record<string, unknown>).refugees = null;
    expect(stateHash(nan)).not.toBe(stateHash(nul));
  });

  it('gives distinct states distinct hashes: 10,000 states apart by one reason or one figure, 100,000 short texts', () => {
    const seen = new Set<string>();
    const base = withReason('');
    for (let i = 0; i < 5_000; i++) {
      (base.chosen.march as { reason: string }).reason = `reason ${i.toString(36)}`;
      seen.add(stateHash(base));
    }
    (base.chosen.march as { reason: string }).reason = 'fixed';
    for (let i = 0; i < 5_000; i++) {
      base.metrics.refugees = i + 0.5;
      seen.add(stateHash(base));
    }
    expect(seen.size).toBe(10_000);
    expect([...seen][0]).toMatch(/^[0-9a-f]{32}$/);
    const texts = new Set<string>();
    for (let i = 0; i < 100_000; i++) texts.add(canonicalHash({ reason: `I chose this because of reason number ${i}` }));
    expect(texts.size).toBe(100_000);
  });
});
