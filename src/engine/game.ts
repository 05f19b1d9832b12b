// Starting a game: the scenario's opening state, with the sides' controllers. An
// exercise that starts after its base is first played through as history went.
import { produce } from 'immer';
import { deepFreeze } from '../lib/deep-freeze';
import type { Scenario } from '../scenario/resolve';
import type { AreaState, Controller, GameConfig, GameSetup, GameState } from './types';
import { ENGINE_VERSION, POLICIES } from './types';
import { MAX_SEED } from './limits';
import { MODEL_METRICS, rulesFor } from './rules';
import type { Rules } from './rules';
import { openDay, openDecisions } from './day';
import { step } from './step';

/** Why a setup cannot start a game: a stable code the shells say in their language. */
export const SETUP_PROBLEMS = [
  'UNKNOWN_POLICY',
  'UNKNOWN_SIDE',
  'UNKNOWN_CONTROLLER',
  'NOT_PLAYABLE',
  'NOT_A_ROLE',
  'UNKNOWN_DECISION',
  'UNKNOWN_OPTION',
  'SEED_LENGTH',
  'LEAD_IN_REFUSED',
  'LEAD_IN_ENDED',
] as const;
export type SetupProblem = (typeof SETUP_PROBLEMS)[number];

/**
 * A bad setup (unknown side, policy or decision; a seed too long). The message is the
 * engine's English line; `code` and `values` (ids, lists of ids joined by ", ", numbers) let
 * a shell say it in its own language.
 */
export class SetupError extends Error {
  override name = 'SetupError';
  constructor(
    readonly code: SetupProblem,
    readonly values: Readonly<Record<string, string | number>>,
    message: string,
  ) {
    super(message);
  }
}

function configFor(scenario: Scenario, setup: GameSetup): GameConfig {
  const roles: Record<string, Controller> = {};
  const fallback = setup.defaultPolicy ?? 'reactive';
  if (!(POLICIES as readonly string[]).includes(fallback)) throw new SetupError('UNKNOWN_POLICY', { policy: fallback, policies: POLICIES.join(', ') }, `unknown policy "${fallback}" (use ${POLICIES.join(', ')})`);
  for (const side of scenario.sides) roles[side.id] = fallback;
  const sides = new Map(scenario.sides.map((s) => [s.id, s]));
  for (const [side, controller] of Object.entries(setup.roles ?? {})) {
    // A Map, not `roles[side]`: "constructor" is no side, though every object has one.
    const known = sides.get(side);
    if (!known) {
      const ids = scenario.sides.map((s) => s.id).join(', ');
      throw new SetupError('UNKNOWN_SIDE', { side, scenario: scenario.id, sides: ids }, `unknown side "${side}" (sides: ${ids})`);
    }
    if (controller !== 'player' && !(POLICIES as readonly string[]).includes(controller)) throw new SetupError('UNKNOWN_CONTROLLER', { controller, side, policies: POLICIES.join(', ') }, `unknown controller "${controller}" for ${side}`);
    if (controller === 'player' && !known.playable) throw new SetupError('NOT_PLAYABLE', { side }, `side "${side}" is not playable`);
    if (controller === 'player' && !scenario.roles.some((r) => r.side === side)) {
      const ids = scenario.roles.map((r) => r.side).join(', ');
      throw new SetupError('NOT_A_ROLE', { side, scenario: scenario.id, roles: ids }, `side "${side}" is not a role in "${scenario.id}" (roles: ${ids})`);
    }
    roles[side] = controller;
  }
  const forced: Record<string, string> = {};
  for (const [decision, option] of Object.entries(setup.forced ?? {})) {
    const d = scenario.decisions.find((x) => x.id === decision) ?? scenario.leadIn?.decisions.find((x) => x.id === decision);
    if (!d) throw new SetupError('UNKNOWN_DECISION', { decision, scenario: scenario.id }, `unknown decision "${decision}"`);
    if (!d.options.some((o) => o.id === option)) {
      const ids = d.options.map((o) => o.id).join(', ');
      throw new SetupError('UNKNOWN_OPTION', { decision, option, options: ids }, `decision "${decision}" has no option "${option}" (options: ${ids})`);
    }
    forced[decision] = option;
  }
  return { roles, forced };
}

function openingState(rules: Rules, seed: string, config: GameConfig): GameState {
  const sc = rules.scenario;
  const areas: Record<string, AreaState> = {};
  for (const a of sc.areas) {
    areas[a.id] = { control: a.start.control, forces: { ...a.start.forces }, unrest: a.start.unrest, damage: 0, council: false, dead: 0, wounded: 0, sovietDead: 0 };
  }
  const metrics: Record<string, number> = {};
  for (const m of MODEL_METRICS) metrics[m] = 0;
  metrics.sovietTroops = sc.model.garrisonTroops.value;
  metrics.sovietTanks = sc.model.garrisonTanks.value;
  const state: GameState = {
    engine: ENGINE_VERSION,
    scenario: { id: sc.id, hash: sc.contentHash },
    seed,
    config,
    day: 0,
    date: sc.start,
    status: 'playing',
    national: {
      government: sc.government,
      postures: { ...sc.postures },
      values: { ...sc.national },
      flags: Object.fromEntries(sc.flags.map((f) => [f.id, false])),
    },
    areas,
    metrics,
    news: [],
    open: [],
    chosen: {},
    orders: {},
    report: null,
    outcome: null,
  };
  openDay(rules, state);
  return state;
}

const leadInCache = new WeakMap<Scenario, Scenario>();
function leadInScenario(scenario: Scenario): Scenario {
  let s = leadInCache.get(scenario);
  if (!s) {
    const leadIn = scenario.leadIn!;
    s = { ...scenario, start: leadIn.from, decisions: leadIn.decisions, outcomes: scenario.outcomes.map((o) => ({ ...o, endsEarly: false })) };
    leadInCache.set(scenario, s);
  }
  return s;
}

/** A new game. Throws SetupError for a bad setup (unknown side, policy or decision). */
export function newGame(scenario: Scenario, setup: GameSetup): GameState {
  if (typeof setup.seed !== 'string' || setup.seed.length === 0 || setup.seed.length > MAX_SEED) throw new SetupError('SEED_LENGTH', { max: MAX_SEED }, `the seed is 1 to ${MAX_SEED} characters`);
  const config = configFor(scenario, setup);
  const rules = rulesFor(scenario);
  if (!scenario.leadIn) return deepFreeze(openingState(rules, setup.seed, config));

  // Set the scene: the days before the exercise, every side as history went.
  const lead = rulesFor(leadInScenario(scenario));
  const history: GameConfig = { roles: Object.fromEntries(scenario.sides.map((s) => [s.id, 'historical' as const])), forced: {} };
  const leadScenario = leadInScenario(scenario);
  let state = openingState(lead, setup.seed, history);
  while (state.date < scenario.start) {
    // The same door as every other day: the lead-in's sides all follow history, so nothing waits.
    const next = step(leadScenario, state, { type: 'endTurn' });
    if (!next.ok) throw new SetupError('LEAD_IN_REFUSED', { refusal: next.error.code, date: state.date }, `the lead-in could not be played: ${next.error.message}`);
    state = next.state;
    if (state.status === 'over') throw new SetupError('LEAD_IN_ENDED', { date: state.date, start: scenario.start }, 'the lead-in ended before the exercise began');
  }
  const opened = produce(state, (draft) => {
    draft.scenario = { id: scenario.id, hash: scenario.contentHash };
    draft.config = config;
    draft.day = 0;
    draft.status = 'playing';
    openDecisions(rules, draft);
  });
  return deepFreeze(opened);
}
