// How a side without a player chooses.
// - `reactive` (the default): decides as that side would in the world it faces. Each open
//   option's reasons (appeals: the reasons the source gives, tied by `when` and `scale` to
//   the state) add up to a weight; the weights become chances (softmax, every option kept
//   above a floor, so the model alone never makes a choice certain); the choice is drawn from
//   the decision's own keyed stream, so a fork keeps its luck.
// - `adaptive`: plays to the side's own aims: the same reasons plus what each option's
//   immediate effects do to the side's aims, weighed more single-mindedly.
// - `historical`: history's option. `random`: any open option, evenly.
import type { Appeal, Decision, Option, Scale } from '../scenario/schema';
import type { Factor, GameState, PolicyId } from './types';
import type { Rules } from './rules';
import { allHold, share } from './conditions';
import { aimShift } from './aims';
import { stream } from './random';

export interface PolicyChoice {
  option: string;
  /** The chance the policy gave the option it took (1 for history's option under `historical`). */
  chance: number;
  /** The reasons for the option taken, strongest first. */
  why: Factor[];
  /** The strongest reasons for the option most likely besides it. */
  against: Factor[];
}

export interface OptionChance {
  option: string;
  chance: number;
  /** The weight of reasons for the option (the logit before the temperature). */
  weight: number;
  factors: Factor[];
}

const round3 = (v: number): number => Math.round(v * 1000) / 1000;

/** How far a scale's figure has moved from `from` towards `to`, clamped to 0–1. */
function scaleLevel(rules: Rules, state: GameState, s: Scale): number {
  const v = s.national !== undefined ? state.national.values[s.national] : s.metric !== undefined ? (state.metrics[s.metric] ?? 0) : share(rules, state, s.share!.region, s.share!.sides);
  const t = (v - s.from) / (s.to - s.from);
  return t < 0 ? 0 : t > 1 ? 1 : t;
}

/** An appeal's weight in this state: 0 where its conditions fail, scaled where it grows with a figure. */
function appealValue(rules: Rules, state: GameState, a: Appeal): number {
  if (!allHold(rules, state, a.when)) return 0;
  return a.scale ? a.weight * scaleLevel(rules, state, a.scale) : a.weight;
}

// A reason that does not grow with a figure always weighs the same: one frozen factor for it,
// shared by every report that names it (fewer objects to make and to freeze each day).
const fixedFactors = new WeakMap<Appeal, Factor>();
function factorOf(a: Appeal, v: number): Factor {
  if (a.scale) return { label: a.factor, value: round3(v) };
  let f = fixedFactors.get(a);
  if (!f) {
    f = Object.freeze({ label: a.factor, value: round3(v) });
    fixedFactors.set(a, f);
  }
  return f;
}

/** The reasons for an option that bear on this state, strongest first. */
export function reasonsFor(rules: Rules, state: GameState, option: Option): Factor[] {
  const out: Factor[] = [];
  for (const a of option.appeal) {
    const v = appealValue(rules, state, a);
    if (v !== 0) out.push(factorOf(a, v));
  }
  return out.sort((x, y) => Math.abs(y.value) - Math.abs(x.value));
}

/** The options a side may take today: those whose own conditions hold. */
export function openOptions(rules: Rules, state: GameState, decision: Decision): Option[] {
  const open = decision.options.filter((o) => allHold(rules, state, o.when));
  return open.length ? open : decision.options.filter((o) => !o.when?.length);
}

/** Weights to chances: softmax at a temperature, then every option lifted to the floor. */
function chancesOf(weights: number[], temperature: number, floor: number): number[] {
  const top = Math.max(...weights);
  const e = weights.map((w) => Math.exp((w - top) / temperature));
  const sum = e.reduce((a, b) => a + b, 0);
  const k = weights.length;
  const f = Math.min(floor, 1 / k);
  return e.map((x) => f + (1 - k * f) * (x / sum));
}

/** Every open option with its chance under the reactive (or adaptive) policy, in the data's order. */
export function optionChances(rules: Rules, state: GameState, decision: Decision, policy: 'reactive' | 'adaptive' = 'reactive'): OptionChance[] {
  const p = rules.scenario.model;
  const options = openOptions(rules, state, decision);
  const side = rules.sides.get(decision.actor);
  const scored = options.map((o) => {
    const factors = reasonsFor(rules, state, o);
    if (policy === 'adaptive' && side?.aims.length) {
      const shift = aimShift(rules, state, side.aims, o);
      if (shift !== 0) factors.unshift({ label: 'What it does for the side’s aims', value: round3(shift * p.adaptiveAims.value) });
    }
    return { option: o.id, weight: factors.reduce((sum, f) => sum + f.value, 0), factors };
  });
  const temperature = policy === 'adaptive' ? p.adaptiveTemperature.value : p.policyTemperature.value;
  const chances = chancesOf(scored.map((s) => s.weight), temperature, p.policyFloor.value);
  return scored.map((s, i) => ({ option: s.option, chance: round3(chances[i]!), weight: round3(s.weight), factors: s.factors }));
}

/** Draw from the chances with one number from the decision's own stream. */
function drawFrom(chances: OptionChance[], u: number): OptionChance {
  let acc = 0;
  for (const c of chances) {
    acc += c.chance;
    if (u < acc) return c;
  }
  return chances[chances.length - 1]!;
}

function strongestRival(chances: OptionChance[], taken: string): Factor[] {
  const rival = chances.filter((c) => c.option !== taken).sort((a, b) => b.chance - a.chance)[0];
  return rival ? rival.factors.filter((f) => f.value > 0).slice(0, 3) : [];
}

/** The decision's own draw today. */
const drawFor = (state: GameState, decision: Decision): number => stream(state.seed, state.date, 'policy', decision.id).next();

export function choose(rules: Rules, state: GameState, decision: Decision, policy: PolicyId): PolicyChoice {
  switch (policy) {
    case 'historical': {
      const options = openOptions(rules, state, decision);
      const option = options.find((o) => o.historical) ?? decision.options.find((o) => o.historical)!;
      return { option: option.id, chance: 1, why: reasonsFor(rules, state, option), against: [] };
    }
    case 'random': {
      const options = openOptions(rules, state, decision);
      const option = options[Math.floor(drawFor(state, decision) * options.length)]!;
      return { option: option.id, chance: round3(1 / options.length), why: [{ label: 'Chosen at random (seeded)', value: 1 }], against: [] };
    }
    case 'reactive':
    case 'adaptive': {
      const chances = optionChances(rules, state, decision, policy);
      const taken = drawFrom(chances, drawFor(state, decision));
      return { option: taken.option, chance: taken.chance, why: taken.factors.filter((f) => f.value > 0), against: strongestRival(chances, taken.option) };
    }
  }
}
