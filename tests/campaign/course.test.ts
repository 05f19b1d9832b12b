// The course of the campaign can turn: every ending in the data is reached by some line of
// play, the end names the choices that led there, each main side decides nearly every day,
// and the morning says why a decision of history is not asked.
import { describe, expect, it } from 'vitest';
import { autoplay, rulesFor, unaskedDecisions } from '../../src/engine';
import { pathToOutcome } from '../../src/history';
import { scenario } from '../helpers';

const campaign = scenario();

/** A line of play for each ending: choices forced, the rest of the world reacting. */
const LINES: Record<string, Record<string, string>> = {
  suppressed: {},
  'resistance-continues': { resistance: 'resist', 'nagy-last': 'call-arms', 'last-holdouts': 'hold', mecsek: 'fight', dunaujvaros: 'contain', 'last-assault': 'terms' },
  'old-guard': { 'kadar-moscow': 'munnich' },
  'crushed-early': { 'presidium-line': 'military', 'nagy-appointed': 'keep' },
  'neutral-hungary': { whirlwind: 'stand-down' },
  'polish-path': { neutrality: 'stay' },
  standoff: { 'nagy-appointed': 'keep', 'presidium-line': 'political', 'nagy-programme': 'limited' },
};

describe('the course can turn', () => {
  it('lists a line of play for every ending in the data', () => {
    expect(Object.keys(LINES).sort()).toEqual(campaign.outcomes.map((o) => o.id).sort());
  });

  it.each(Object.entries(LINES))('%s is reached by its line of play, and the end names the choices that led there', (outcome, forced) => {
    let found = false;
    for (let i = 0; i < 60 && !found; i++) {
      const g = autoplay(campaign, { seed: `reach-${i}`, forced }, { keepStates: true });
      if (g.final.outcome!.id !== outcome) continue;
      found = true;
      const path = pathToOutcome(campaign, g.states.slice(1));
      if (outcome !== 'standoff') expect(path.length, outcome).toBeGreaterThan(0);
      for (const step of path) {
        expect(g.final.chosen[step.decision]?.option).toBe(step.option);
        expect(step.because.length).toBeGreaterThan(3);
        if (step.by !== 'player' && step.by !== 'forced') expect(step.chance).toBeGreaterThan(0);
      }
      // A forced choice that made the ending is named as forced.
      for (const step of path) if (step.decision in forced) expect(step.by).toBe('forced');
    }
    expect(found, `no game of 60 reached ${outcome}`).toBe(true);
  });

  it('history’s ending names Whirlwind and Kádár’s proclamation among its causes', () => {
    for (let i = 0; i < 40; i++) {
      const g = autoplay(campaign, { seed: `path-${i}` }, { keepStates: true });
      if (g.final.outcome!.id !== 'suppressed') continue;
      const ids = pathToOutcome(campaign, g.states.slice(1)).map((s) => s.decision);
      expect(ids).toContain('whirlwind');
      expect(ids).toContain('kadar-proclaims');
      return;
    }
    throw new Error('no suppressed game in 40 seeds');
  });
});

describe('a decision every day', () => {
  it('the revolutionaries, the government and the Soviet side each decide on at least 16 of the 19 days', () => {
    for (const seed of ['day-1', 'day-2', 'day-3']) {
      const g = autoplay(campaign, { seed, defaultPolicy: 'historical' }, { keepStates: true });
      const days: Record<string, Set<string>> = { revolutionaries: new Set(), government: new Set(), soviet: new Set() };
      for (const s of g.states.slice(1)) for (const d of s.report!.decisions) days[d.side]?.add(s.report!.date);
      for (const [side, set] of Object.entries(days)) expect(set.size, `${side} on ${seed}`).toBeGreaterThanOrEqual(16);
    }
  });

  it('with every side reacting, each of them still decides on at least 16 of the 19 days in most games', () => {
    // The world departs from history (no second intervention, an occupation without holdouts, troops that
    // never left their bases), and each departure has its own decisions; before them, about half the
    // games left a side without a decision on four days or more.
    const seeds = Array.from({ length: 80 }, (_, i) => `every-day-${i}`);
    const short: Record<string, number> = { revolutionaries: 0, government: 0, soviet: 0 };
    for (const seed of seeds) {
      const g = autoplay(campaign, { seed }, { keepStates: true });
      const days: Record<string, Set<string>> = { revolutionaries: new Set(), government: new Set(), soviet: new Set() };
      for (const s of g.states.slice(1)) for (const d of s.report!.decisions) days[d.side]?.add(s.report!.date);
      for (const side of Object.keys(short)) if (days[side]!.size < 16) short[side]!++;
    }
    for (const [side, n] of Object.entries(short)) expect(n / seeds.length, `${side}: ${n} of ${seeds.length} games under 16 days`).toBeLessThanOrEqual(0.3);
  });

  it('a decision of history that does not come is explained in one line', () => {
    const rules = rulesFor(campaign);
    const g = autoplay(campaign, { seed: 'unasked', forced: { 'gero-speech': 'concede' } }, { keepStates: true });
    const morning = g.states.find((s) => s.date === '1956-10-24' && s.status === 'playing')!;
    expect(morning.open).not.toContain('nagy-appointed');
    expect(unaskedDecisions(rules, morning).find((u) => u.decision === 'nagy-appointed')?.why).toMatch(/Because Gerő already brought Imre Nagy back/);
  });
});
