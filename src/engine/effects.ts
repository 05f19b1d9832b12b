// Applies the effects that decisions and developments carry, to the day's working copy
// of the state (see day.ts).
import type { Effect } from '../scenario/schema';
import type { ClashResult, GameState } from './types';
import type { Rules } from './rules';
import { inRange, stream } from './random';
import { allHold } from './conditions';

export const clamp = (v: number, lo = 0, hi = 100): number => (v < lo ? lo : v > hi ? hi : v);

export interface EffectLog {
  clashes: ClashResult[];
}

/** `key` names the cause (a decision or development id): it keys the stream of any draw. */
export function applyEffect(rules: Rules, s: GameState, e: Effect, key: string, log: EffectLog): void {
  if (e.when && !allHold(rules, s, e.when)) return;
  switch (e.type) {
    case 'national': {
      const v = s.national.values[e.key];
      s.national.values[e.key] = clamp(e.set !== undefined ? e.set : v + (e.add ?? 0));
      return;
    }
    case 'flag':
      // The working copy shares yesterday's (frozen) flags until the first change.
      if (Object.isFrozen(s.national.flags)) s.national.flags = { ...s.national.flags };
      s.national.flags[e.flag] = e.value;
      return;
    case 'posture':
      s.national.postures[e.side] = e.value;
      return;
    case 'government':
      s.national.government = e.value;
      return;
    case 'area': {
      for (const id of rules.areaIds) {
        const def = rules.areas.get(id)!;
        if (e.area && e.area !== id) continue;
        if (e.character && !def.character.includes(e.character)) continue;
        if (e.region === 'budapest' && def.region === 'country') continue;
        if (e.region === 'country' && def.region !== 'country') continue;
        const a = s.areas[id]!;
        a[e.field] = clamp(a[e.field] + e.add);
      }
      return;
    }
    case 'forces': {
      const f = s.areas[e.area]!.forces;
      const now = f[e.side] ?? 0;
      f[e.side] = Math.max(0, Math.round(e.scale !== undefined ? now * e.scale : now + (e.add ?? 0)));
      return;
    }
    case 'control':
      s.areas[e.area]!.control = e.side;
      return;
    case 'clash': {
      // A disputed toll keeps its range: each game draws its own figure within it.
      const r = stream(s.seed, s.date, 'clash', `${key}:${e.area}`);
      const roll = r.next();
      const dead = Math.round(inRange(roll, e.dead.low, e.dead.high));
      const wounded = e.wounded ? Math.round(inRange(r.next(), e.wounded.low, e.wounded.high)) : Math.round(dead * rules.scenario.model.woundedPerDeadHungarian.value);
      const sovietDead = e.sovietDead ? Math.round(inRange(r.next(), e.sovietDead.low, e.sovietDead.high)) : 0;
      const a = s.areas[e.area]!;
      a.dead += dead;
      a.wounded += wounded;
      a.sovietDead += sovietDead;
      s.metrics.hungarianDead! += dead;
      s.metrics.hungarianWounded! += wounded;
      s.metrics.sovietDead! += sovietDead;
      s.metrics.sovietWounded! += Math.round(sovietDead * rules.scenario.model.woundedPerDeadSoviet.value);
      a.unrest = clamp(a.unrest + Math.min(40, dead / 3));
      log.clashes.push({ area: e.area, label: e.label, dead, wounded, sovietDead, roll });
      return;
    }
    case 'order': {
      // The working copy shares the (frozen) orders until the first change.
      const mine = { ...(s.orders[e.side] ?? {}) };
      for (const area of e.areas) {
        if (e.order === null) delete mine[area];
        else mine[area] = e.order;
      }
      s.orders = { ...s.orders, [e.side]: mine };
      return;
    }
    case 'metric': {
      const r = stream(s.seed, s.date, 'metric', `${key}:${e.metric}`);
      s.metrics[e.metric] = (s.metrics[e.metric] ?? 0) + Math.round(inRange(r.next(), e.add.low, e.add.high));
      return;
    }
  }
}
