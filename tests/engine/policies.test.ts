// The sides without a player, on the toy scenario: the reactive policy's chances, its one
// keyed draw, the options it may not take, and the decisions a game does not ask.
import { describe, expect, it } from 'vitest';
import { autoplay, newGame, optionChances, rulesFor, step, stream, unaskedDecisions } from '../../src/engine';
import type { Action, GameState } from '../../src/engine';
import { toy } from '../helpers';

const scenario = toy();
const rules = rulesFor(scenario);
const endTurn: Action = { type: 'endTurn' };
const decision = (id: string) => rules.decisions.get(id)!;

function run(state: GameState, ...actions: Action[]): GameState {
  for (const a of actions) {
    const r = step(scenario, state, a);
    if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
    state = r.state;
  }
  return state;
}

/** A copy of a frozen state to change by hand: the conditions a decision reads. */
const edit = (state: GameState, change: (s: GameState) => void): GameState => {
  const s = JSON.parse(JSON.stringify(state)) as GameState;
  change(s);
  return s;
};

describe('the reactive policy', () => {
  const morning2 = run(newGame(scenario, { seed: 'r', defaultPolicy: 'historical' }), endTurn);

  it('gives every open option a chance, none certain, summing to one', () => {
    const chances = optionChances(rules, morning2, decision('enter'));
    expect(chances.map((c) => c.option)).toEqual(['occupy', 'wait']);
    expect(chances.reduce((a, c) => a + c.chance, 0)).toBeCloseTo(1, 2);
    for (const c of chances) {
      expect(c.chance).toBeGreaterThanOrEqual(scenario.model.policyFloor.value);
      expect(c.chance).toBeLessThan(1);
    }
  });

  it('reads the world: the empire is likelier to occupy when the crowd marched and its resolve is high', () => {
    const occupy = (s: GameState): number => optionChances(rules, s, decision('enter')).find((c) => c.option === 'occupy')!.chance;
    const base = occupy(morning2);
    expect(occupy(edit(morning2, (s) => (s.national.flags.marched = false)))).toBeLessThan(base);
    expect(occupy(edit(morning2, (s) => (s.national.values.sovietResolve = 60)))).toBeGreaterThan(base);
  });

  it('never offers an option whose conditions fail, and offers it when they hold', () => {
    const day3 = run(morning2, endTurn);
    const options = (s: GameState): string[] => optionChances(rules, s, decision('withdraw')).map((c) => c.option);
    const fighting = edit(day3, (s) => (s.national.postures.revolutionaries = 'fighting'));
    const ceasefire = edit(day3, (s) => (s.national.postures.revolutionaries = 'ceasefire'));
    expect(options(fighting)).not.toContain('negotiate');
    expect(options(ceasefire)).toContain('negotiate');
    // Over many seeds the policy never takes it when it is closed.
    for (let i = 0; i < 60; i++) {
      const g = autoplay(scenario, { seed: `closed-${i}`, forced: { truce: 'fight', enter: 'occupy' } });
      if (g.final.chosen.withdraw) expect(g.final.chosen.withdraw.option).not.toBe('negotiate');
    }
  });

  it('draws one number from its own keyed stream: the choice is the chances read at that number', () => {
    for (let i = 0; i < 40; i++) {
      const seed = `draw-${i}`;
      const morning = run(newGame(scenario, { seed, defaultPolicy: 'historical', forced: { 'call-troops': 'request' } }), endTurn);
      const reactive = edit(morning, (s) => (s.config.roles.soviet = 'reactive'));
      const after = run(reactive, endTurn);
      const u = stream(seed, '1956-10-24', 'policy', 'enter').next();
      let acc = 0;
      const expected = optionChances(rules, reactive, decision('enter')).find((c) => (acc += c.chance) > u)!.option;
      expect(after.chosen.enter!.option).toBe(expected);
      expect(after.report!.decisions.find((d) => d.decision === 'enter')!.chance).toBeGreaterThan(0);
    }
  });

  it('is the same for the same seed, and keeps its luck when an unrelated choice changes', () => {
    const a = autoplay(scenario, { seed: 'same' });
    const b = autoplay(scenario, { seed: 'same' });
    expect(b.hashes).toEqual(a.hashes);
    // A player's different leaflets leave the empire's draw for the day after as it was.
    const setup = { seed: 'luck', roles: { government: 'player' as const }, forced: { 'call-troops': 'request' } };
    const x = autoplay(scenario, setup, { keepStates: true, choices: { leaflets: 'leaflets' } });
    const y = autoplay(scenario, setup, { keepStates: true, choices: { leaflets: 'ignore' } });
    expect(x.final.chosen.enter?.option).toBe(y.final.chosen.enter?.option);
  });

  it('spreads its choices over seeds, history’s option the likeliest where the world is history’s', () => {
    const counts: Record<string, number> = {};
    for (let i = 0; i < 200; i++) {
      const g = autoplay(scenario, { seed: `mix-${i}`, forced: { march: 'march', 'call-troops': 'request' } });
      const o = g.final.chosen.enter!.option;
      counts[o] = (counts[o] ?? 0) + 1;
    }
    expect(counts.occupy!).toBeGreaterThan(counts.wait ?? 0);
    expect(counts.wait ?? 0).toBeGreaterThan(0);
  });
});

describe('decisions a game does not ask', () => {
  it('the morning says why a decision of history is not asked', () => {
    const talked = run(newGame(scenario, { seed: 'u', forced: { 'call-troops': 'talk' } }), endTurn);
    expect(talked.open).not.toContain('enter');
    expect(unaskedDecisions(rules, talked)).toEqual([
      { decision: 'enter', side: 'soviet', title: 'Send the troops in?', why: 'Because the council asked for no troops, the empire has nothing to answer.' },
    ]);
  });

  it('a decision whose premise an earlier decision of the same day settled is dropped, with the reason in the report', () => {
    const stayed = run(newGame(scenario, { seed: 'd', roles: { revolutionaries: 'player' } }), { type: 'decide', side: 'revolutionaries', decision: 'march', option: 'stay' }, endTurn);
    expect(stayed.chosen.leaflets).toBeUndefined();
    expect(stayed.report!.dropped).toEqual([{ decision: 'leaflets', side: 'government', title: 'Answer the marchers?', why: 'Because the crowd stayed at home, there are no marchers to answer.' }]);
    const marched = run(newGame(scenario, { seed: 'd', roles: { revolutionaries: 'player' } }), { type: 'decide', side: 'revolutionaries', decision: 'march', option: 'march' }, endTurn);
    expect(marched.chosen.leaflets).toBeDefined();
    expect(marched.report!.dropped).toEqual([]);
  });
});

describe('the adaptive policy', () => {
  it('weighs what an option does for the side’s aims', () => {
    const day3 = edit(run(newGame(scenario, { seed: 'a', defaultPolicy: 'historical' }), endTurn, endTurn), (s) => (s.national.postures.soviet = 'intervening'));
    const stay = (policy: 'reactive' | 'adaptive'): number => optionChances(rules, day3, decision('withdraw'), policy).find((c) => c.option === 'stay')!.chance;
    // Staying raises the empire's resolve, which its aims want up.
    expect(stay('adaptive')).toBeGreaterThan(stay('reactive'));
  });
});
