// Random action sequences against the engine's invariants: earlier states frozen and
// unchanged, a refused action returns the very same state, no NaN or negative count,
// every area held by a known side, and every game replays from its file and its code.
// FUZZ_RUNS sets the number of sequences (1,000 on every `npm test`, 10,000 with
// `npm run fuzz`); most run on the toy scenario, a share on the campaign.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ActionSchema, newGame, stateHash, step } from '../../src/engine';
import type { Action, GameState } from '../../src/engine';
import { encodeReplayCode, makeReplay, parseReplay, playReplay } from '../../src/replay';
import type { Scenario } from '../../src/scenario/resolve';
import { scenario, toy } from '../helpers';

const RUNS = Number(process.env.FUZZ_RUNS ?? 1000);
const CAMPAIGN_SHARE = 0.1;

/** Any text of UTF-16 code units: controls, lone surrogates, long and empty. */
const anyText = (maxLength: number): fc.Arbitrary<string> => fc.array(fc.integer({ min: 0, max: 0xffff }), { maxLength }).map((units) => String.fromCharCode(...units));
/** An id of the scenario most of the time, else something that is not one. */
const idFrom = (ids: string[]): fc.Arbitrary<string> => fc.oneof({ weight: 8, arbitrary: fc.constantFrom(...ids) }, { weight: 1, arbitrary: fc.constantFrom('constructor', '__proto__', 'toString', '', 'nope') }, { weight: 1, arbitrary: anyText(70) });

type Draw = { kind: 'open' | 'valid-order'; pick: number; pick2: number; reason?: string; withdraw: boolean } | { kind: 'as-is'; action: unknown };

/** An action drawn before the game: `open` and `valid-order` are made well-formed against the state when played. */
function draws(s: Scenario): fc.Arbitrary<Draw> {
  const sides = s.sides.map((x) => x.id);
  const decisions = s.decisions.map((d) => d.id);
  const options = [...new Set(s.decisions.flatMap((d) => d.options.map((o) => o.id)))];
  const reason = fc.oneof(anyText(210), fc.constantFrom(' ', 'one line\nand another', '\u001b]0;title\u0007', 'x'.repeat(200), 'x'.repeat(201)));
  const resolved = (kind: 'open' | 'valid-order'): fc.Arbitrary<Draw> =>
    fc.record({ kind: fc.constant(kind), pick: fc.nat(1000), pick2: fc.nat(1000), reason, withdraw: fc.boolean() }, { requiredKeys: ['kind', 'pick', 'pick2', 'withdraw'] });
  const asIs = (a: fc.Arbitrary<unknown>): fc.Arbitrary<Draw> => a.map((action) => ({ kind: 'as-is' as const, action }));
  const decide = fc.record({ type: fc.constant('decide'), side: idFrom(sides), decision: idFrom(decisions), option: idFrom(options), reason }, { requiredKeys: ['type', 'side', 'decision', 'option'] });
  const order = fc.record({ type: fc.constant('order'), side: idFrom(sides), area: idFrom(s.areas.map((a) => a.id)), order: fc.oneof(idFrom(s.orders.map((o) => o.id)), fc.constant(null)) });
  return fc.oneof(
    { weight: 6, arbitrary: resolved('open') },
    { weight: 3, arbitrary: resolved('valid-order') },
    { weight: 4, arbitrary: asIs(fc.constant({ type: 'endTurn' })) },
    { weight: 2, arbitrary: asIs(decide) },
    { weight: 1, arbitrary: asIs(order) },
    // Not actions at all: the engine must refuse them, never throw.
    { weight: 1, arbitrary: asIs(fc.oneof(fc.anything(), fc.record({ type: fc.string() }), fc.constant({ type: 'endTurn', extra: 1 }))) },
  );
}

/** The action a draw stands for in this state. */
function actionOf(s: Scenario, state: GameState, d: Draw): unknown {
  if (d.kind === 'as-is') return d.action;
  if (d.kind === 'open') {
    const id = state.open.length ? state.open[d.pick % state.open.length]! : s.decisions[d.pick % s.decisions.length]!.id;
    const decision = s.decisions.find((x) => x.id === id)!;
    return { type: 'decide', side: decision.actor, decision: id, option: decision.options[d.pick2 % decision.options.length]!.id, ...(d.reason !== undefined ? { reason: d.reason } : {}) };
  }
  const o = s.orders[d.pick % s.orders.length]!;
  return { type: 'order', side: o.side, area: s.areas[d.pick2 % s.areas.length]!.id, order: d.withdraw ? null : o.id };
}

/** The decide actions today's player decisions need, so that games go on past day one. */
function helpful(s: Scenario, state: GameState, pick: number): Action[] {
  return state.open
    .filter((id) => state.config.roles[s.decisions.find((d) => d.id === id)!.actor] === 'player')
    .map((id) => {
      const d = s.decisions.find((x) => x.id === id)!;
      return { type: 'decide' as const, side: d.actor, decision: id, option: d.options[pick % d.options.length]!.id };
    });
}

function expectDeepFrozen(v: unknown, path = 'state'): void {
  if (!v || typeof v !== 'object') return;
  expect(Object.isFrozen(v), path).toBe(true);
  for (const [k, x] of Object.entries(v)) expectDeepFrozen(x, `${path}.${k}`);
}

function expectSound(s: Scenario, state: GameState): void {
  const sides = new Set(s.sides.map((x) => x.id));
  for (const [id, a] of Object.entries(state.areas)) {
    expect(sides.has(a.control), `${id} held by ${a.control}`).toBe(true);
    for (const [side, n] of Object.entries(a.forces)) expect(Number.isFinite(n) && n >= 0, `${id}.forces.${side} = ${n}`).toBe(true);
    for (const k of ['unrest', 'damage', 'dead', 'wounded', 'sovietDead'] as const) expect(Number.isFinite(a[k]) && a[k] >= 0, `${id}.${k} = ${a[k]}`).toBe(true);
  }
  for (const [m, v] of Object.entries(state.metrics)) expect(Number.isFinite(v) && v >= 0, `${m} = ${v}`).toBe(true);
  for (const [k, v] of Object.entries(state.national.values)) expect(Number.isFinite(v) && v >= 0 && v <= 100, `${k} = ${v}`).toBe(true);
}

function property(s: Scenario, runs: number, maxActions: number): void {
  const playable = s.roles.map((r) => r.side);
  const cumulative = s.metrics.filter((m) => m.kind === 'cumulative').map((m) => m.id);
  fc.assert(
    fc.property(
      fc.oneof(fc.string({ minLength: 1, maxLength: 12 }), anyText(64).filter((t) => t.length > 0)),
      fc.subarray(playable),
      fc.constantFrom('historical', 'random', 'adaptive'),
      fc.array(fc.tuple(draws(s), fc.nat(3), fc.nat(1000)), { minLength: 1, maxLength: maxActions }),
      (seed, players, policy, raw) => {
        const roles = Object.fromEntries(players.map((p) => [p, 'player' as const]));
        const first = newGame(s, { seed, roles, defaultPolicy: policy });
        let state = first;
        const kept: { state: GameState; json: string }[] = [];
        const accepted: Action[] = [];
        const turns: string[] = [];
        for (const [draw, help, pick] of raw) {
          // Now and then the decisions the day waits for, so that games reach their end.
          for (const action of [...(help === 0 ? helpful(s, state, pick) : []), actionOf(s, state, draw) as Action]) {
            kept.push({ state, json: JSON.stringify(state) });
            const r = step(s, state, action);
            if (!r.ok) {
              expect(r.state).toBe(state);
              continue;
            }
            // The engine took it, so it is an action of the one schema the replay format reads.
            expect(ActionSchema.safeParse(action).success).toBe(true);
            expectDeepFrozen(r.state);
            expectSound(s, r.state);
            for (const m of cumulative) expect(r.state.metrics[m]!).toBeGreaterThanOrEqual(state.metrics[m]!);
            state = r.state;
            accepted.push(action);
            if (action.type === 'endTurn') turns.push(stateHash(state));
          }
        }
        for (const k of kept) expect(JSON.stringify(k.state)).toBe(k.json);
        // Every accepted action survives a replay round trip, as a file and as a code.
        const replay = makeReplay(s, first, accepted, turns, state);
        for (const text of [JSON.stringify(replay, null, 1), encodeReplayCode(replay)]) {
          const back = parseReplay(text);
          expect(back.actions).toEqual(replay.actions);
          const played = playReplay(s, back);
          expect(played.ok && stateHash(played.final)).toBe(stateHash(state));
        }
      },
    ),
    { numRuns: runs },
  );
}

describe(`random action sequences (${RUNS} runs; FUZZ_RUNS to change)`, () => {
  it(`on the toy scenario (${Math.round(RUNS * (1 - CAMPAIGN_SHARE))} runs)`, () => {
    property(toy(), Math.round(RUNS * (1 - CAMPAIGN_SHARE)), 30);
  }, 600_000);

  it(`on the campaign (${Math.round(RUNS * CAMPAIGN_SHARE)} runs)`, () => {
    property(scenario('campaign'), Math.round(RUNS * CAMPAIGN_SHARE), 60);
  }, 600_000);
});
