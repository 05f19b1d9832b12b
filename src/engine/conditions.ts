// Evaluates the conditions scenarios write: on decisions (when may it arise), on
// appeals (what moves an adaptive side) and on outcomes (how did the game end).
import type { Condition, When } from '../scenario/schema';
import type { GameState } from './types';
import type { Rules } from './rules';

export function share(rules: Rules, state: GameState, region: 'budapest' | 'country' | 'all', sides: readonly string[]): number {
  const ids = region === 'budapest' ? rules.budapest : region === 'country' ? rules.country : rules.areaIds;
  if (!ids.length) return 0;
  let held = 0;
  for (const id of ids) if (sides.includes(state.areas[id]!.control)) held++;
  return held / ids.length;
}

function holds(rules: Rules, state: GameState, c: Condition): boolean {
  switch (c.type) {
    case 'flag':
      return (state.national.flags[c.flag] ?? false) === c.is;
    case 'national': {
      const v = state.national.values[c.key];
      return (c.min === undefined || v >= c.min) && (c.max === undefined || v <= c.max);
    }
    case 'government':
      return c.in.includes(state.national.government);
    case 'posture':
      return c.in.includes(state.national.postures[c.side]);
    case 'chosen': {
      const choice = state.chosen[c.decision];
      const yes = choice !== undefined && (c.option === undefined || choice.option === c.option);
      return c.not ? !yes : yes;
    }
    case 'control':
      return c.sides.includes(state.areas[c.area]!.control);
    case 'share': {
      const s = share(rules, state, c.region, c.sides);
      return (c.min === undefined || s >= c.min) && (c.max === undefined || s <= c.max);
    }
    case 'metric': {
      const v = state.metrics[c.metric] ?? 0;
      return (c.min === undefined || v >= c.min) && (c.max === undefined || v <= c.max);
    }
  }
}

/** All conditions hold (an `any` group holds when one of its members does). */
export function allHold(rules: Rules, state: GameState, when: When | undefined): boolean {
  if (!when) return true;
  for (const c of when) {
    if (c.type === 'any' ? !c.of.some((inner) => holds(rules, state, inner)) : !holds(rules, state, c)) return false;
  }
  return true;
}
