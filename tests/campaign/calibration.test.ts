// A smaller run of the calibration in docs/CALIBRATION.md (npm run calibrate), held to the
// targets with a margin for the fewer seeds: a side taking history's choices usually, not
// always, meets history's ending with history's figures; a side playing to its own aims
// often does not; and forcing one choice moves the game and draws an answer.
import { describe, expect, it } from 'vitest';
import { MAIN_SIDES, TARGETS, forcedEffect, historicalOutcome, mainSidePairs, runMany, seedList } from '../../scripts/lib/calibration';
import { scenario } from '../helpers';

const campaign = scenario();
const hist = historicalOutcome(campaign);
const seeds = seedList(120, 'unit');

describe('a main side taking history’s choices, the others reacting', () => {
  for (const side of MAIN_SIDES) {
    it(`${side}: history’s ending in about 55–85% of games, the figures in the accepted ranges`, () => {
      const r = runMany(campaign, { roles: { [side]: 'player' }, playerPolicy: 'historical' }, seeds);
      expect(r.outcomes[hist]).toBeGreaterThanOrEqual(0.48);
      expect(r.outcomes[hist]).toBeLessThanOrEqual(0.92);
      for (const [metric, t] of Object.entries(TARGETS)) {
        expect(r.medians[metric], metric).toBeGreaterThanOrEqual(t.low);
        expect(r.medians[metric], metric).toBeLessThanOrEqual(t.high);
      }
    });
  }
});

describe('a side playing to its own aims', () => {
  for (const side of ['revolutionaries', 'government']) {
    it(`${side}: another ending than history’s in at least 30% of games`, () => {
      const r = runMany(campaign, { roles: { [side]: 'player' }, playerPolicy: 'adaptive' }, seeds);
      expect(1 - (r.outcomes[hist] ?? 0)).toBeGreaterThanOrEqual(0.27);
    });
  }
});

describe('one forced choice', () => {
  it('moves the game and draws an answer from another side for most options, and never makes an ending certain', () => {
    const few = seedList(80, 'unit');
    const base = runMany(campaign, {}, few);
    const results = mainSidePairs(campaign).map((p) => forcedEffect(campaign, base, p.decision, p.option, few));
    const moved = results.filter((r) => r.moves).length / results.length;
    const answered = results.filter((r) => r.reactions.length).length / results.length;
    expect(moved).toBeGreaterThanOrEqual(MOVED_AT_LEAST);
    expect(answered).toBeGreaterThanOrEqual(0.45);
    for (const r of results) expect(r.topOutcome.share, `${r.decision}=${r.option}`).toBeLessThanOrEqual(0.97);
  }, 240_000);
});

/** The share of forced options that move the game, as calibrated (docs/CALIBRATION.md), less a margin for fewer seeds. */
const MOVED_AT_LEAST = 0.6;
