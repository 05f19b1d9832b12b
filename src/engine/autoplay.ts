// Playing a game through without a person: the command line, batch runs, tests and
// the "luck or choice?" runs all use this. Player sides are played by a policy through
// ordinary `decide` actions, so the actions it returns replay like a person's.
import type { Scenario } from '../scenario/resolve';
import type { Action, GameSetup, GameState, PolicyId } from './types';
import { newGame } from './game';
import { step } from './step';
import { rulesFor } from './rules';
import { choose } from './policies';
import { stateHash } from './hash';
import { pendingDecisions } from './pending';

export interface PlayedGame {
  states: GameState[];
  actions: Action[];
  /** The state hash after each turn, in order. */
  hashes: string[];
  final: GameState;
}

export interface AutoplayOptions {
  /** The policy that plays the player sides (default: historical). */
  playerPolicy?: PolicyId;
  /** Player decisions to take, by decision id: a replayed journal, a what-if. */
  choices?: Record<string, string>;
  /** Keep every state (for viewing); otherwise only the final one is kept. */
  keepStates?: boolean;
  /** Compute the state hash after each turn (default true; batch runs skip it). */
  hashes?: boolean;
  /**
   * Throwaway states: no hashes and no deep freeze, for runs that keep only the final
   * figures (batch, luck or choice). Never for states a person or a replay will see.
   */
  throwaway?: boolean;
  /** Called after each turn; return false to stop early. */
  onTurn?: (state: GameState) => boolean | void;
}

/** The actions a player side takes today under a policy (or the given choices). */
export function playerActions(scenario: Scenario, state: GameState, options: AutoplayOptions = {}): Action[] {
  const rules = rulesFor(scenario);
  const actions: Action[] = [];
  // A decision this game forces is left to the day, which takes it as forced.
  for (const id of pendingDecisions(rules, state)) {
    const decision = rules.decisions.get(id)!;
    const option = options.choices?.[id] ?? choose(rules, state, decision, options.playerPolicy ?? 'historical').option;
    actions.push({ type: 'decide', side: decision.actor, decision: id, option });
  }
  return actions;
}

export function autoplay(scenario: Scenario, setup: GameSetup, options: AutoplayOptions = {}): PlayedGame {
  let state = newGame(scenario, setup);
  const states: GameState[] = [state];
  const actions: Action[] = [];
  const hashes: string[] = [];
  while (state.status === 'playing') {
    for (const action of [...playerActions(scenario, state, options), { type: 'endTurn' } as const]) {
      const result = step(scenario, state, action, options.throwaway ? { freeze: false } : {});
      if (!result.ok) throw new Error(`autoplay: ${result.error.code}: ${result.error.message}`);
      state = result.state;
      actions.push(action);
    }
    if (options.hashes !== false && !options.throwaway) hashes.push(stateHash(state));
    if (options.keepStates) states.push(state);
    if (options.onTurn?.(state) === false) break;
  }
  return { states: options.keepStates ? states : [states[0]!, state], actions, hashes, final: state };
}
