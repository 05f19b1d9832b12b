import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { newGame, stateHash, step } from '../../src/engine';
import type { Action, GameState } from '../../src/engine';
import { scenario } from '../helpers';

const campaign = scenario();
const sideIds = new Set(campaign.sides.map((s) => s.id));
const playable = ['revolutionaries', 'government', 'soviet'];

/** An action built from random numbers: valid often, invalid sometimes, never thrown away. */
function actionFrom(state: GameState, kind: number, pick: number, reasonLen: number): Action {
  const open = state.open;
  switch (kind) {
    case 0:
    case 1: {
      const id = open.length ? open[pick % open.length]! : 'students-march';
      const d = campaign.decisions.find((x) => x.id === id)!;
      const option = d.options[pick % d.options.length]!.id;
      return { type: 'decide', side: kind === 0 ? d.actor : playable[pick % 3]!, decision: id, option, ...(reasonLen ? { reason: 'r'.repeat(reasonLen) } : {}) };
    }
    case 2: {
      const orders = campaign.orders;
      const o = orders[pick % orders.length]!;
      const area = campaign.areas[pick % campaign.areas.length]!.id;
      return { type: 'order', side: pick % 4 === 0 ? 'soviet' : o.side, area, order: o.id };
    }
    case 3:
      return { type: 'decide', side: 'revolutionaries', decision: 'no-such-decision', option: 'x' };
    default:
      return { type: 'endTurn' };
  }
}

function checkInvariants(s: GameState): void {
  for (const [id, a] of Object.entries(s.areas)) {
    expect(sideIds.has(a.control), `${id} controlled by ${a.control}`).toBe(true);
    for (const [side, n] of Object.entries(a.forces)) {
      expect(n, `${id}.${side}`).toBeGreaterThanOrEqual(0);
      expect(Number.isFinite(n)).toBe(true);
    }
    for (const k of ['unrest', 'damage'] as const) expect(a[k]).toBeGreaterThanOrEqual(0);
    for (const k of ['dead', 'wounded', 'sovietDead'] as const) expect(a[k]).toBeGreaterThanOrEqual(0);
  }
  for (const [m, v] of Object.entries(s.metrics)) {
    expect(v, m).toBeGreaterThanOrEqual(0);
    expect(Number.isFinite(v)).toBe(true);
  }
  for (const v of Object.values(s.national.values)) expect(v >= 0 && v <= 100).toBe(true);
}

describe('random action sequences (property)', () => {
  it('never change an earlier state, keep counts non-negative and control by known sides, and cumulative figures never fall', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 1, maxLength: 12 }),
        fc.subarray(playable, { minLength: 0 }),
        fc.array(fc.tuple(fc.nat(6), fc.nat(1000), fc.oneof(fc.constant(0), fc.nat(220))), { minLength: 1, maxLength: 60 }),
        (seed, players, raw) => {
          const roles = Object.fromEntries(players.map((p) => [p, 'player' as const]));
          let state = newGame(campaign, { seed, roles, defaultPolicy: 'random' });
          const history: { state: GameState; json: string; hash: string }[] = [];
          for (const [kind, pick, reasonLen] of raw) {
            history.push({ state, json: JSON.stringify(state), hash: stateHash(state) });
            const action = actionFrom(state, kind, pick, reasonLen);
            const r = step(campaign, state, action);
            if (!r.ok) {
              expect(r.state).toBe(state);
              continue;
            }
            const before = state;
            state = r.state;
            checkInvariants(state);
            for (const m of campaign.metrics.filter((x) => x.kind === 'cumulative')) expect(state.metrics[m.id]!).toBeGreaterThanOrEqual(before.metrics[m.id]!);
          }
          for (const h of history) {
            expect(JSON.stringify(h.state)).toBe(h.json);
            expect(stateHash(h.state)).toBe(h.hash);
          }
        },
      ),
      { numRuns: 60 },
    );
  });
});
