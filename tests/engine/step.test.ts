import { describe, expect, it } from 'vitest';
import { newGame, stateHash, step, SetupError } from '../../src/engine';
import type { Action, GameState } from '../../src/engine';
import { scenario } from '../helpers';

const campaign = scenario();
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
  it('runs the campaign for 19 days, 23 October to 10 November, and ends with an outcome', () => {
    let s = newGame(campaign, { seed: 'flow' });
    expect(s.date).toBe('1956-10-23');
    expect(s.open).toContain('students-march');
    const dates: string[] = [];
    while (s.status === 'playing') {
      s = run(s, endTurn);
      dates.push(s.report!.date);
    }
    expect(dates).toHaveLength(19);
    expect(dates[0]).toBe('1956-10-23');
    expect(dates[18]).toBe('1956-11-10');
    expect(s.outcome).not.toBeNull();
    expect(campaign.outcomes.map((o) => o.id)).toContain(s.outcome!.id);
  });

  it('opens each day only the decisions dated that day whose conditions hold', () => {
    let s = newGame(campaign, { seed: 'open' });
    s = run(s, endTurn);
    expect(s.date).toBe('1956-10-24');
    for (const id of s.open) expect(campaign.decisions.find((d) => d.id === id)!.date).toBe('1956-10-24');
    // The Münnich branch is closed unless Moscow chose him.
    const days: GameState[] = [s];
    while (s.status === 'playing') days.push((s = run(s, endTurn)));
    expect(Object.keys(s.chosen)).not.toContain('nonexistent');
    expect(days.some((d) => d.open.includes('kadar-proclaims'))).toBe(true);
  });

  it('a player must decide before the day can end; the decision and its reason are kept', () => {
    let s = newGame(campaign, { seed: 'p', roles: { revolutionaries: 'player' } });
    const blocked = step(campaign, s, endTurn);
    expect(blocked.ok).toBe(false);
    if (!blocked.ok) expect(blocked.error.code).toBe('DECISIONS_PENDING');
    s = run(s, { type: 'decide', side: 'revolutionaries', decision: 'students-march', option: 'delegation', reason: '  Avoid  a pretext  ' }, endTurn);
    expect(s.chosen['students-march']).toMatchObject({ option: 'delegation', by: 'player', reason: 'Avoid a pretext' });
    expect(s.report!.decisions.find((d) => d.decision === 'students-march')).toMatchObject({ historical: false, by: 'player' });
  });

  it('standing orders are kept per side and area', () => {
    let s = newGame(campaign, { seed: 'o', roles: { soviet: 'player' } });
    s = run(s, { type: 'order', side: 'soviet', area: 'corvin', order: 'sov-withdraw' });
    expect(s.orders.soviet!.corvin).toBe('sov-withdraw');
    s = run(s, { type: 'order', side: 'soviet', area: 'corvin', order: null });
    expect(s.orders.soviet!.corvin).toBeUndefined();
  });
});

describe('rejections', () => {
  const base = newGame(campaign, { seed: 'r', roles: { revolutionaries: 'player' } });
  const cases: [string, Action, string][] = [
    ['unknown decision', { type: 'decide', side: 'revolutionaries', decision: 'nope', option: 'x' }, 'UNKNOWN_DECISION'],
    ['unknown side', { type: 'decide', side: 'martians', decision: 'students-march', option: 'march' }, 'UNKNOWN_SIDE'],
    ['wrong side', { type: 'decide', side: 'revolutionaries', decision: 'gero-speech', option: 'condemn' }, 'WRONG_SIDE'],
    ['not the player', { type: 'order', side: 'soviet', area: 'corvin', order: 'sov-hold' }, 'NOT_YOUR_SIDE'],
    ['not open today', { type: 'decide', side: 'revolutionaries', decision: 'republic-square', option: 'attack' }, 'NOT_OPEN_TODAY'],
    ['unknown option', { type: 'decide', side: 'revolutionaries', decision: 'students-march', option: 'fly' }, 'UNKNOWN_OPTION'],
    ['unknown area', { type: 'order', side: 'revolutionaries', area: 'vienna', order: 'rev-hold' }, 'UNKNOWN_AREA'],
    ['another side’s order', { type: 'order', side: 'revolutionaries', area: 'corvin', order: 'sov-hold' }, 'UNKNOWN_ORDER'],
    ['reason too long', { type: 'decide', side: 'revolutionaries', decision: 'students-march', option: 'march', reason: 'x'.repeat(201) }, 'REASON_TOO_LONG'],
    ['bad action', { type: 'fly' } as unknown as Action, 'BAD_ACTION'],
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
    const decide: Action = { type: 'decide', side: 'revolutionaries', decision: 'students-march', option: 'march' };
    const clean = run(base, decide, endTurn);
    let tried = base;
    for (const bad of cases.map((c) => c[1])) tried = step(campaign, tried, bad).state;
    expect(stateHash(run(tried, decide, endTurn))).toBe(stateHash(clean));
  });

  it('already decided, and game over', () => {
    const decided = run(base, { type: 'decide', side: 'revolutionaries', decision: 'students-march', option: 'march' });
    const again = step(campaign, decided, { type: 'decide', side: 'revolutionaries', decision: 'students-march', option: 'postpone' });
    expect(again.ok || again.error.code).toBe('ALREADY_DECIDED');
    let s = newGame(campaign, { seed: 'end' });
    while (s.status === 'playing') s = run(s, endTurn);
    const over = step(campaign, s, endTurn);
    expect(over.ok || over.error.code).toBe('GAME_OVER');
  });

  it('a forced decision cannot be taken another way', () => {
    const s = newGame(campaign, { seed: 'f', roles: { revolutionaries: 'player' }, forced: { 'students-march': 'postpone' } });
    const r = step(campaign, s, { type: 'decide', side: 'revolutionaries', decision: 'students-march', option: 'march' });
    expect(r.ok).toBe(false);
    // ...and the day can end without the player, the forced option being taken.
    const next = run(s, endTurn);
    expect(next.chosen['students-march']).toMatchObject({ option: 'postpone', by: 'forced' });
  });

  it('bad setups are refused with a clear error', () => {
    expect(() => newGame(campaign, { seed: '' })).toThrow(SetupError);
    expect(() => newGame(campaign, { seed: 'x', roles: { martians: 'player' } })).toThrow(/unknown side/);
    expect(() => newGame(scenario('nagy-cabinet'), { seed: 'x', roles: { army: 'player' } })).toThrow(/not a role in "nagy-cabinet"/);
    expect(() => newGame(campaign, { seed: 'x', forced: { 'students-march': 'fly' } })).toThrow(/no option/);
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
    expect(Object.isFrozen(next.areas.corvin!.forces)).toBe(true);
    expect(Object.isFrozen(next.report!.areas[0])).toBe(true);
    expect(() => {
      (next.metrics as Record<string, number>).hungarianDead = -1;
    }).toThrow();
  });
});

describe('conditional effects', () => {
  it('an effect with `when` applies only if its conditions hold as the day resolves, after the day’s earlier decisions', () => {
    const day3 = (choices: Record<string, string>): GameState => {
      let s = newGame(campaign, { seed: 'cond', roles: { revolutionaries: 'player' } });
      while (s.date < '1956-10-26') {
        for (const id of s.open) {
          const d = campaign.decisions.find((x) => x.id === id)!;
          if (d.actor !== 'revolutionaries') continue;
          s = run(s, { type: 'decide', side: d.actor, decision: id, option: choices[id] ?? d.options.find((o) => o.historical)!.id });
        }
        s = run(s, endTurn);
      }
      return s;
    };
    const marched = day3({}).report!.clashes.map((c) => c.label);
    const stayed = day3({ 'astoria-march': 'barricades' }).report!.clashes.map((c) => c.label);
    expect(marched).toContain('Shooting at Kossuth Square');
    expect(stayed).toContain('Shots over a thinner crowd at Kossuth Square');
    expect(stayed).not.toContain('Shooting at Kossuth Square');
  });
});
