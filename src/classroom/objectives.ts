// The roles' objectives, scored over the final state: each one is met ("yes") when every
// condition of its `met` holds, partly met when, failing that, every condition of its
// `partly` does, and not met otherwise; the detail names the figures it was judged by.
// One function for the end screen, the report, the command line and the class comparison.
import { rulesFor } from '../engine';
import { postureWord, reasonTail } from '../history';
import type { GameState, Rules } from '../engine';
import { allHold, share } from '../engine/conditions';
import type { Scenario } from '../scenario/resolve';
import type { Condition, Objective, When } from '../scenario/schema';
import { inSentence, percent, reportWords, say, series, whole } from './language';

export type ObjectiveMet = 'yes' | 'partly' | 'no';

export interface ObjectiveScore {
  side: string;
  id: string;
  text: string;
  met: ObjectiveMet;
  /** The figures it was judged by, with the thresholds: "Hungarian dead 1,323 (yes at most 1,500; partly at most 2,500)". */
  detail: string;
}

/** A threshold in words: "at least 1,000", "at most 60%", "20–40%". */
function bounds(min: number | undefined, max: number | undefined, fmt: (v: number) => string): string {
  if (min !== undefined && max !== undefined) return say('objective.bounds.range', { min: fmt(min), max: fmt(max) });
  if (min !== undefined) return say('objective.bounds.min', { min: fmt(min) });
  if (max !== undefined) return say('objective.bounds.max', { max: fmt(max) });
  return '';
}

/** What one condition looks at, as a key (two conditions on one figure share it), the figure in words, and its threshold. */
interface Reading {
  key: string;
  figure: string;
  threshold: string;
}

function reading(rules: Rules, state: GameState, c: Condition): Reading {
  const s = rules.scenario;
  const sideName = (id: string): string => inSentence(rules.sides.get(id)?.name ?? id);
  switch (c.type) {
    case 'metric': {
      const label = s.metrics.find((m) => m.id === c.metric)?.label ?? c.metric;
      return { key: `metric:${c.metric}`, figure: say('objective.metric', { label, value: whole(state.metrics[c.metric] ?? 0) }), threshold: bounds(c.min, c.max, whole) };
    }
    case 'national':
      return {
        key: `national:${c.key}`,
        figure: say('objective.national', { name: say(`national.${c.key}`), value: whole(state.national.values[c.key]) }),
        threshold: bounds(c.min, c.max, (v) => reportWords().number(v)),
      };
    case 'flag': {
      const label = s.flags.find((f) => f.id === c.flag)?.label ?? c.flag;
      return { key: `flag:${c.flag}`, figure: say((state.national.flags[c.flag] ?? false) ? 'objective.flag.yes' : 'objective.flag.no', { label }), threshold: '' };
    }
    case 'posture': {
      const posture = state.national.postures[c.side];
      return { key: `posture:${c.side}`, figure: say('objective.posture', { side: sideName(c.side), posture: postureWord(posture) }), threshold: '' };
    }
    case 'government': {
      const government = state.national.government;
      return { key: 'government', figure: say('objective.government', { name: say(`government.${government}`, { defaultValue: government }) }), threshold: '' };
    }
    case 'control': {
      const area = inSentence(rules.areas.get(c.area)?.name ?? c.area);
      return { key: `control:${c.area}`, figure: say('objective.control', { area, side: sideName(state.areas[c.area]!.control) }), threshold: '' };
    }
    case 'share': {
      const v = share(rules, state, c.region, c.sides);
      // One side by its name; several by their short names ("Government, ÁVH, Army, Soviet").
      const one = c.sides.length === 1;
      const who = one ? sideName(c.sides[0]!) : series(c.sides.map((id) => rules.sides.get(id)?.short ?? id));
      return {
        key: `share:${c.region}:${c.sides.join('+')}`,
        figure: say(one ? 'objective.share.one' : 'objective.share.many', { who, pct: percent(v), region: say(`region.${c.region}`) }),
        threshold: bounds(c.min, c.max, percent),
      };
    }
    case 'chosen': {
      const d = rules.decisions.get(c.decision) ?? s.leadIn?.decisions.find((x) => x.id === c.decision);
      const chosen = state.chosen[c.decision];
      const option = chosen ? (d?.options.find((o) => o.id === chosen.option)?.label ?? chosen.option) : say('objective.notTaken');
      return { key: `chosen:${c.decision}`, figure: say('objective.chosen', { title: d?.title ?? c.decision, option }), threshold: '' };
    }
  }
}

/** The readings of a check, an `any` group by each of its members. */
function readings(rules: Rules, state: GameState, check: When): Reading[] {
  return check.flatMap((c) => (c.type === 'any' ? c.of.map((x) => reading(rules, state, x)) : [reading(rules, state, c)]));
}

function detailOf(rules: Rules, state: GameState, o: Objective): string {
  const figures = new Map<string, { figure: string; thresholds: { met: ObjectiveMet; bounds: string }[] }>();
  const add = (check: When | undefined, met: ObjectiveMet): void => {
    for (const r of readings(rules, state, check ?? [])) {
      const entry = figures.get(r.key) ?? { figure: r.figure, thresholds: [] };
      // A threshold partly met shares with met is said once.
      if (r.threshold && !entry.thresholds.some((t) => t.bounds === r.threshold)) entry.thresholds.push({ met, bounds: r.threshold });
      figures.set(r.key, entry);
    }
  };
  add(o.met, 'yes');
  add(o.partly, 'partly');
  // One sentence: the figures after the first start small unless they open with a name.
  return [...figures.values()]
    .map((f) => (f.thresholds.length ? say('objective.withThresholds', { figure: f.figure, thresholds: f.thresholds.map((t) => say('objective.threshold', t)).join('; ') }) : f.figure))
    .map((text, i) => (i ? reasonTail(text, reportWords().lang) : text))
    .join('; ');
}

/** Score one objective over a final state. */
export function scoreObjective(rules: Rules, state: GameState, side: string, o: Objective): ObjectiveScore {
  const met: ObjectiveMet = allHold(rules, state, o.met) ? 'yes' : o.partly && allHold(rules, state, o.partly) ? 'partly' : 'no';
  return { side, id: o.id, text: o.text, met, detail: detailOf(rules, state, o) };
}

/** Every role's objectives, in the scenario's order of roles, scored over the game's final state. */
export function scoreObjectives(scenario: Scenario, final: GameState): ObjectiveScore[] {
  const rules = rulesFor(scenario);
  return scenario.roles.flatMap((r) => r.objectives.map((o) => scoreObjective(rules, final, r.side, o)));
}
