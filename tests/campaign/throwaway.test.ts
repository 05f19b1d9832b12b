// Batch runs resolve each day in place on a state nobody keeps (autoplay's `throwaway`):
// over the campaign's whole course, with and without a player side, they must reach the very
// game a kept, frozen run reaches.
import { describe, expect, it } from 'vitest';
import { autoplay } from '../../src/engine';
import { scenario } from '../helpers';

const campaign = scenario();

describe('throwaway runs of the campaign', () => {
  it('reach the same final state, report and all, as kept runs', () => {
    for (let i = 0; i < 12; i++) {
      const seed = `thrown-${i}`;
      const setup = i % 3 === 0 ? { seed, roles: { revolutionaries: 'player' as const } } : { seed };
      const kept = autoplay(campaign, setup, { playerPolicy: 'adaptive' });
      const thrown = autoplay(campaign, setup, { playerPolicy: 'adaptive', throwaway: true });
      expect(thrown.final).toEqual(kept.final);
      expect(thrown.actions).toEqual(kept.actions);
    }
  });
});
