// The interface's small words: every way a choice can be made has a name (no policy id on
// screen), and short numbers are written as the language writes them.
import { describe, expect, it } from 'vitest';
import { POLICIES } from '../../src/engine';
import { BY_LABELS, compact, whoLabel } from '../../src/ui/lib/format';

describe('the interface’s small words', () => {
  it('names every way a choice is made, policies included, never by its id', () => {
    for (const by of ['player', 'forced', ...POLICIES]) {
      expect(whoLabel(by), by).not.toBe(by);
      expect(whoLabel(by)).toMatch(/\p{L}+\s\p{L}+/u);
      expect(BY_LABELS[by as keyof typeof BY_LABELS], by).toMatch(/\p{L}+\s\p{L}+/u);
    }
    // A report read from a file may name a way this game does not know: it is shown as it is.
    expect(whoLabel('oracle')).toBe('oracle');
  });

  it('writes short numbers for markers and axes', () => {
    expect([compact(999), compact(1234), compact(1700), compact(12_345), compact(100_000)]).toEqual(['999', '1.2k', '1.7k', '12k', '100k']);
  });
});
