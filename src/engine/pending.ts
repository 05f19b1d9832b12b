// Which of today's open decisions still wait for a player: the one answer the engine,
// autoplay, the decisions panel and the hand-over between players all use.
import type { GameState } from './types';
import type { Rules } from './rules';

/**
 * Open decisions not yet taken whose side a player leads, in scenario order; only `side`'s
 * when it is given. A decision this game forces (`--choose`) does not wait: the day takes it.
 */
export function pendingDecisions(rules: Rules, state: GameState, side?: string): string[] {
  return state.open.filter((id) => {
    if (id in state.chosen || state.config.forced[id]) return false;
    const actor = rules.decisions.get(id)?.actor;
    if (actor === undefined || state.config.roles[actor] !== 'player') return false;
    return side === undefined || actor === side;
  });
}
