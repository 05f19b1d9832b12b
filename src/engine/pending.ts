// Which of today's open decisions still wait for a player: the one answer the engine,
// autoplay, the decisions panel and the hand-over between players all use.
import type { GameState } from './types';
import type { Rules } from './rules';

export interface PendingFilter {
  /** Only this side's decisions. */
  side?: string;
  /**
   * Include decisions this game forces (`--choose`): a player may still take them, with
   * the forced option, but the day does not wait for them.
   */
  includeForced?: boolean;
}

/** Open decisions not yet taken whose side a player leads, in scenario order. */
export function pendingDecisions(rules: Rules, state: GameState, filter: PendingFilter = {}): string[] {
  return state.open.filter((id) => {
    // Own properties only: `in` would count what every object inherits.
    if (Object.hasOwn(state.chosen, id) || (!filter.includeForced && Object.hasOwn(state.config.forced, id))) return false;
    const actor = rules.decisions.get(id)?.actor;
    if (actor === undefined || !Object.hasOwn(state.config.roles, actor) || state.config.roles[actor] !== 'player') return false;
    return filter.side === undefined || actor === filter.side;
  });
}
