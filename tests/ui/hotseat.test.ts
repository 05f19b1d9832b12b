// Several players on one device: the morning's turn order, passing the device on only
// once a side's decisions are taken, and resuming a saved game at the side whose turn
// it was (with today's guess for saves that do not say).
import { describe, expect, it } from 'vitest';
import { newGame, pendingDecisions, rulesFor, step } from '../../src/engine';
import type { GameState } from '../../src/engine';
import { HotSeat } from '../../src/ui/classroom/hotseat';
import type { Scenario } from '../../src/scenario/resolve';
import { scenario } from '../helpers';

const campaign = scenario('campaign');
const rules = rulesFor(campaign);
const players = (...sides: string[]): GameState => newGame(campaign, { seed: 'ui-hotseat-1956', roles: Object.fromEntries(sides.map((s) => [s, 'player' as const])) });
/** The player sides in the scenario's role order, as the game passes them to the hot seat. */
const inRoleOrder = (...sides: string[]): string[] => campaign.roles.map((r) => r.side).filter((s) => sides.includes(s));

/** History's option for each of a side's open decisions. */
function decideAll(state: GameState, side: string): GameState {
  for (const id of pendingDecisions(rules, state, side)) {
    const def = rules.decisions.get(id)!;
    const r = step(campaign, state, { type: 'decide', side, decision: id, option: def.options.find((o) => o.historical)!.id });
    if (!r.ok) throw new Error(r.error.message);
    state = r.state;
  }
  return state;
}

describe('the turn order', () => {
  it('takes the sides with a decision, in the order of the scenario’s roles', () => {
    const sides = inRoleOrder('army', 'government', 'revolutionaries');
    const state = players(...sides);
    // On 23 October the army has neither a decision nor orders to give.
    expect(pendingDecisions(rules, state, 'army')).toEqual([]);
    const seat = new HotSeat(rules, sides);
    seat.morning(state);
    expect(seat.turnOrder).toEqual(['revolutionaries', 'government']);
    expect([seat.current, seat.following, seat.previous, seat.turn]).toEqual(['revolutionaries', 'government', null, 1]);
    expect(seat.covered).toBe(true);
  });

  it('gives the day to the first player when no side has anything to do', () => {
    const sides = inRoleOrder('west', 'army');
    const seat = new HotSeat(rules, sides);
    seat.morning(players(...sides));
    expect(seat.turnOrder).toEqual([sides[0]]);
  });
});

describe('passing the device on', () => {
  it('is refused while the side at the keyboard has decisions open, naming them', () => {
    const sides = inRoleOrder('government', 'revolutionaries');
    let state = players(...sides);
    const seat = new HotSeat(rules, sides);
    seat.morning(state);
    seat.covered = false;
    const open = pendingDecisions(rules, state, 'revolutionaries');
    expect(open.length).toBeGreaterThan(0);
    const refusal = seat.tryPassOn(state);
    expect(refusal).toBe(`still to decide: ${open.map((id) => rules.decisions.get(id)!.title).join('; ')}`);
    expect(seat.current).toBe('revolutionaries');
    expect(seat.covered).toBe(false);

    state = decideAll(state, 'revolutionaries');
    expect(seat.tryPassOn(state)).toBeNull();
    expect([seat.current, seat.previous, seat.following, seat.turn]).toEqual(['government', 'revolutionaries', null, 2]);
    expect(seat.covered).toBe(true);
    // The last side passes to nobody: its "End turn" ends the day.
    state = decideAll(state, 'government');
    expect(seat.tryPassOn(state)).toBeNull();
    expect(seat.current).toBe('government');
  });
});

describe('resuming a saved game', () => {
  const sides = inRoleOrder('government', 'revolutionaries');

  it('goes to the saved side, even where the guess from the decisions would not', () => {
    // The revolutionaries decided but had not passed the device on when the game was saved.
    const state = decideAll(players(...sides), 'revolutionaries');
    const seat = new HotSeat(rules, sides);
    seat.morning(players(...sides));
    const saved = seat.saved;
    expect(saved).toEqual({ date: campaign.start, order: ['revolutionaries', 'government'], index: 0 });

    const resumed = new HotSeat(rules, sides);
    resumed.resume(state, JSON.parse(JSON.stringify(saved)));
    expect([resumed.current, resumed.turn, resumed.covered]).toEqual(['revolutionaries', 1, true]);

    // Without the saved turn (an older save), the first side with a decision open.
    const guessed = new HotSeat(rules, sides);
    guessed.resume(state, null);
    expect(guessed.current).toBe('government');
  });

  it('resumes after the device was passed on, and keeps the saved order', () => {
    let state = players(...sides);
    const seat = new HotSeat(rules, sides);
    seat.morning(state);
    state = decideAll(state, 'revolutionaries');
    seat.tryPassOn(state);
    const resumed = new HotSeat(rules, sides);
    resumed.resume(state, seat.saved);
    expect([resumed.current, resumed.previous, resumed.turnOrder]).toEqual(['government', 'revolutionaries', ['revolutionaries', 'government']]);
  });

  it('falls back to the guess for a turn saved on another morning or not of this game', () => {
    const state = decideAll(players(...sides), 'revolutionaries');
    const bad = [
      { date: '1956-10-24', order: ['revolutionaries', 'government'], index: 0 },
      { date: campaign.start, order: ['revolutionaries', 'soviet'], index: 0 },
      { date: campaign.start, order: ['revolutionaries', 'government'], index: 2 },
      { date: campaign.start, order: [], index: 0 },
    ];
    for (const saved of bad) {
      const seat = new HotSeat(rules, sides);
      seat.resume(state, saved);
      expect(seat.current, JSON.stringify(saved)).toBe('government');
    }
  });
});

describe('a whole exercise, every role a player', () => {
  /** Play an exercise as the hot seat runs it; each hand-over is [date, side, decisions open to it]. */
  function play(s: Scenario, seed: string): { handOvers: [string, string, number][]; uncovered: string[] } {
    const r = rulesFor(s);
    const sides = s.roles.map((x) => x.side);
    let state = newGame(s, { seed, roles: Object.fromEntries(sides.map((x) => [x, 'player' as const])) });
    const seat = new HotSeat(r, sides);
    const handOvers: [string, string, number][] = [];
    const uncovered: string[] = [];
    while (state.status === 'playing') {
      seat.morning(state);
      if (!seat.covered) uncovered.push(state.date);
      for (;;) {
        const side = seat.current!;
        if (seat.covered) handOvers.push([state.date, side, pendingDecisions(r, state, side).length]);
        seat.covered = false;
        for (const id of pendingDecisions(r, state, side)) {
          const def = r.decisions.get(id)!;
          const res = step(s, state, { type: 'decide', side, decision: id, option: def.options.find((o) => o.historical)!.id });
          if (!res.ok) throw new Error(res.error.message);
          state = res.state;
        }
        const before = seat.current;
        expect(seat.tryPassOn(state)).toBeNull();
        if (seat.current === before) break;
      }
      expect(pendingDecisions(r, state)).toEqual([]);
      const res = step(s, state, { type: 'endTurn' });
      if (!res.ok) throw new Error(res.error.message);
      state = res.state;
    }
    return { handOvers, uncovered };
  }

  it.each(['nagy-cabinet', 'presidium', 'radio-night', 'whirlwind'])('%s: nobody is handed the device with nothing to decide', (id) => {
    const s = scenario(id);
    for (const seed of ['seat-1', 'seat-2', 'seat-3']) {
      const { handOvers } = play(s, seed);
      expect(handOvers.length).toBeGreaterThan(0);
      for (const [date, side, open] of handOvers) expect(open, `${id} ${seed} ${date}: ${side}`).toBeGreaterThan(0);
    }
  });

  it('the Nagy cabinet with three players: hand-overs only to the sides with a decision, fewer than the 15 of before', () => {
    const s = scenario('nagy-cabinet');
    expect(s.roles.length).toBe(3);
    const { handOvers } = play(s, 'class-1956');
    expect(handOvers.length).toBeLessThanOrEqual(10);
    expect(new Set(handOvers.map(([, side]) => side)).size).toBeGreaterThan(1);
  });
});
