import { describe, expect, it } from 'vitest';
import { autoplay, newGame, stateHash, step, SetupError } from '../../src/engine';
import type { Action, GameState } from '../../src/engine';
import { scenario, toy } from '../helpers';

// The rules on a tiny made-up scenario (tests/fixtures/toy): four places, three days.
const campaign = toy();
const endTurn: Action = { type: 'endTurn' };

function run(state: GameState, ...actions: Action[]): GameState {
  for (const a of actions) {
    const r = step(campaign, state, a);
    if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
    state = r.state;
  }
  return state;
}

describe('turn flow', () => {
  it('runs one turn a day from the start to the end and ends with an outcome', () => {
    let s = newGame(campaign, { seed: 'flow' });
    expect(s.date).toBe('1956-10-23');
    expect(s.open).toContain('march');
    const dates: string[] = [];
    while (s.status === 'playing') {
      s = run(s, endTurn);
      dates.push(s.report!.date);
    }
    expect(dates).toEqual(['1956-10-23', '1956-10-24', '1956-10-25']);
    expect(s.outcome).not.toBeNull();
    expect(campaign.outcomes.map((o) => o.id)).toContain(s.outcome!.id);
  });

  it('opens each day only the decisions dated that day whose conditions hold', () => {
    let s = newGame(campaign, { seed: 'open' });
    s = run(s, endTurn);
    expect(s.date).toBe('1956-10-24');
    for (const id of s.open) expect(campaign.decisions.find((d) => d.id === id)!.date).toBe('1956-10-24');
    // The troops enter only when called: a decision whose condition fails is not opened.
    expect(s.open).toContain('enter');
    let talked = newGame(campaign, { seed: 'open', forced: { 'call-troops': 'talk' } });
    talked = run(talked, endTurn);
    expect(talked.open).not.toContain('enter');
  });

  it('a player must decide before the day can end; the decision and its reason are kept', () => {
    let s = newGame(campaign, { seed: 'p', roles: { revolutionaries: 'player' } });
    const blocked = step(campaign, s, endTurn);
    expect(blocked.ok).toBe(false);
    if (!blocked.ok) expect(blocked.error.code).toBe('DECISIONS_PENDING');
    s = run(s, { type: 'decide', side: 'revolutionaries', decision: 'march', option: 'stay', reason: '  Avoid  a pretext  ' }, endTurn);
    expect(s.chosen.march).toMatchObject({ option: 'stay', by: 'player', reason: 'Avoid a pretext' });
    expect(s.report!.decisions.find((d) => d.decision === 'march')).toMatchObject({ historical: false, by: 'player' });
  });

  it('standing orders are kept per side and area', () => {
    let s = newGame(campaign, { seed: 'o', roles: { soviet: 'player' } });
    s = run(s, { type: 'order', side: 'soviet', area: 'works', order: 'sov-hold' });
    expect(s.orders.soviet!.works).toBe('sov-hold');
    s = run(s, { type: 'order', side: 'soviet', area: 'works', order: null });
    expect(s.orders.soviet!.works).toBeUndefined();
  });
});

describe('rejections', () => {
  const base = newGame(campaign, { seed: 'r', roles: { revolutionaries: 'player' } });
  const cases: [string, Action, string][] = [
    ['unknown decision', { type: 'decide', side: 'revolutionaries', decision: 'nope', option: 'x' }, 'UNKNOWN_DECISION'],
    ['unknown side', { type: 'decide', side: 'martians', decision: 'march', option: 'march' }, 'UNKNOWN_SIDE'],
    ['wrong side', { type: 'decide', side: 'revolutionaries', decision: 'call-troops', option: 'talk' }, 'WRONG_SIDE'],
    ['not the player', { type: 'order', side: 'soviet', area: 'works', order: 'sov-hold' }, 'NOT_YOUR_SIDE'],
    ['not open today', { type: 'decide', side: 'revolutionaries', decision: 'truce', option: 'accept' }, 'NOT_OPEN_TODAY'],
    ['unknown option', { type: 'decide', side: 'revolutionaries', decision: 'march', option: 'fly' }, 'UNKNOWN_OPTION'],
    ['unknown area', { type: 'order', side: 'revolutionaries', area: 'vienna', order: 'rev-hold' }, 'UNKNOWN_AREA'],
    ['another side’s order', { type: 'order', side: 'revolutionaries', area: 'works', order: 'sov-hold' }, 'UNKNOWN_ORDER'],
    ['reason too long', { type: 'decide', side: 'revolutionaries', decision: 'march', option: 'march', reason: 'x'.repeat(201) }, 'REASON_TOO_LONG'],
    ['bad action', { type: 'fly' } as unknown as Action, 'BAD_ACTION'],
    ['an action with a field it does not have', { type: 'endTurn', extra: 1 } as unknown as Action, 'BAD_ACTION'],
    ['a decision without an option', { type: 'decide', side: 'revolutionaries', decision: 'march' } as unknown as Action, 'BAD_ACTION'],
  ];
  for (const [name, action, code] of cases) {
    it(`${name}: ${code}, the same state object, nothing drawn`, () => {
      const before = stateHash(base);
      const r = step(campaign, base, action);
      expect(r.ok).toBe(false);
      if (r.ok) return;
      expect(r.error.code).toBe(code);
      expect(r.error.message.length).toBeGreaterThan(5);
      expect(r.state).toBe(base);
      expect(stateHash(r.state)).toBe(before);
    });
  }

  it('a rejected action leaves the game exactly as if it had never been tried', () => {
    const decide: Action = { type: 'decide', side: 'revolutionaries', decision: 'march', option: 'march' };
    const clean = run(base, decide, endTurn);
    let tried = base;
    for (const bad of cases.map((c) => c[1])) tried = step(campaign, tried, bad).state;
    expect(stateHash(run(tried, decide, endTurn))).toBe(stateHash(clean));
  });

  it('already decided, and game over', () => {
    const decided = run(base, { type: 'decide', side: 'revolutionaries', decision: 'march', option: 'march' });
    const again = step(campaign, decided, { type: 'decide', side: 'revolutionaries', decision: 'march', option: 'stay' });
    expect(again.ok || again.error.code).toBe('ALREADY_DECIDED');
    let s = newGame(campaign, { seed: 'end' });
    while (s.status === 'playing') s = run(s, endTurn);
    const over = step(campaign, s, endTurn);
    expect(over.ok || over.error.code).toBe('GAME_OVER');
  });

  it('a forced decision cannot be taken another way', () => {
    const s = newGame(campaign, { seed: 'f', roles: { revolutionaries: 'player' }, forced: { march: 'stay' } });
    const r = step(campaign, s, { type: 'decide', side: 'revolutionaries', decision: 'march', option: 'march' });
    expect(r.ok).toBe(false);
    // ...and the day can end without the player, the forced option being taken.
    const next = run(s, endTurn);
    expect(next.chosen.march).toMatchObject({ option: 'stay', by: 'forced' });
  });

  it('bad setups are refused with a clear error', () => {
    expect(() => newGame(campaign, { seed: '' })).toThrow(SetupError);
    expect(() => newGame(campaign, { seed: 'x', roles: { martians: 'player' } })).toThrow(/unknown side/);
    expect(() => newGame(scenario('nagy-cabinet'), { seed: 'x', roles: { army: 'player' } })).toThrow(/not a role in "nagy-cabinet"/);
    expect(() => newGame(campaign, { seed: 'x', forced: { march: 'fly' } })).toThrow(/no option/);
    expect(() => newGame(campaign, { seed: 'x'.repeat(65) })).toThrow(/1 to 64/);
    expect(() => newGame(campaign, { seed: 'x', defaultPolicy: 'clever' as never })).toThrow(/unknown policy/);
  });
});

describe('immutability', () => {
  it('states are deeply frozen and a step never changes the state it was given', () => {
    const s = newGame(campaign, { seed: 'i' });
    const snapshot = JSON.stringify(s);
    const next = run(s, endTurn);
    expect(JSON.stringify(s)).toBe(snapshot);
    expect(Object.isFrozen(next)).toBe(true);
    expect(Object.isFrozen(next.areas.square!.forces)).toBe(true);
    expect(Object.isFrozen(next.report!.areas[0])).toBe(true);
    expect(() => {
      (next.metrics as Record<string, number>).hungarianDead = -1;
    }).toThrow();
  });
});

describe('every state a game keeps is frozen all through', () => {
  // The day's result is frozen by its known shape (step.ts freezeDay): a part added to the
  // state later must not escape it.
  const unfrozen = (value: unknown, path: string, out: string[]): void => {
    if (value === null || typeof value !== 'object') return;
    if (!Object.isFrozen(value)) out.push(path);
    for (const [k, v] of Object.entries(value)) unfrozen(v, `${path}.${k}`, out);
  };
  it('in the campaign, every side reacting, each day of three seeds', () => {
    for (const seed of ['frozen-1', 'frozen-2', 'frozen-3']) {
      const game = autoplay(scenario('campaign'), { seed, roles: { revolutionaries: 'player' } }, { keepStates: true });
      const out: string[] = [];
      game.states.forEach((s, i) => unfrozen(s, `states[${i}]`, out));
      expect(out.slice(0, 5), seed).toEqual([]);
    }
  });
});

describe('conditional effects', () => {
  it('an effect with `when` applies only if its conditions hold as the day resolves, after the day’s earlier decisions', () => {
    const day1 = (march: string): string[] => {
      let s = newGame(campaign, { seed: 'cond', roles: { revolutionaries: 'player' }, defaultPolicy: 'historical' });
      s = run(s, { type: 'decide', side: 'revolutionaries', decision: 'march', option: march }, endTurn);
      return s.report!.clashes.map((c) => c.label);
    };
    expect(day1('march')).toEqual(['Shooting at the square']);
    expect(day1('stay')).toEqual(['Shots over an empty square']);
  });
});
