// What an option does for a side's aims, for the `adaptive` policy: its immediate effects
// on the national figures and flags the side's aims name, worked out on a scratch copy.
// The world's answer is not foreseen: an adaptive side reads its own aims, not the future.
import type { Aim, Option } from '../scenario/schema';
import type { GameState } from './types';
import type { Rules } from './rules';
import { allHold } from './conditions';
import { clamp } from './effects';

/** The change in the side's aims (each national figure on a 0–1 scale, each flag 0 or 1), weighted. */
export function aimShift(rules: Rules, state: GameState, aims: readonly Aim[], option: Option): number {
  const values: Record<string, number> = {};
  const flags: Record<string, boolean> = {};
  for (const e of option.effects) {
    if (e.when && !allHold(rules, state, e.when)) continue;
    if (e.type === 'national') {
      const v = values[e.key] ?? state.national.values[e.key];
      values[e.key] = clamp(e.set !== undefined ? e.set : v + (e.add ?? 0));
    } else if (e.type === 'flag') flags[e.flag] = e.value;
  }
  let shift = 0;
  for (const a of aims) {
    if (a.national !== undefined && a.national in values) shift += (a.weight * (values[a.national]! - state.national.values[a.national])) / 100;
    if (a.flag !== undefined && a.flag in flags) shift += a.weight * (Number(flags[a.flag]) - Number(state.national.flags[a.flag] ?? false));
  }
  return shift;
}
