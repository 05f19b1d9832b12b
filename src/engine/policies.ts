// How a side without a player chooses. `historical` takes history's option;
// `random` draws one from the decision's own stream; `adaptive` weighs each option's
// appeals (reasons the scenario gives, tied to the state) and takes the strongest.
import type { Decision } from '../scenario/schema';
import type { Factor, GameState, PolicyId } from './types';
import type { Rules } from './rules';
import { allHold } from './conditions';
import { stream } from './random';

export interface PolicyChoice {
  option: string;
  why: Factor[];
}

/** The appeals of an option that hold in this state: the reasons for taking it. */
export function reasonsFor(rules: Rules, state: GameState, decision: Decision, optionId: string): Factor[] {
  const option = decision.options.find((o) => o.id === optionId);
  if (!option) return [];
  return option.appeal.filter((a) => allHold(rules, state, a.when)).map((a) => ({ label: a.factor, value: a.weight }));
}

export function choose(rules: Rules, state: GameState, decision: Decision, policy: PolicyId): PolicyChoice {
  const options = decision.options;
  switch (policy) {
    case 'historical': {
      const option = options.find((o) => o.historical)!.id;
      return { option, why: reasonsFor(rules, state, decision, option) };
    }
    case 'random': {
      const u = stream(state.seed, state.date, 'policy', decision.id).next();
      const option = options[Math.floor(u * options.length)]!.id;
      return { option, why: [{ label: 'Chosen at random (seeded)', value: u }] };
    }
    case 'adaptive': {
      // A small seeded nudge breaks ties and keeps close calls from being certain.
      const r = stream(state.seed, state.date, 'policy', decision.id);
      let best = { option: options[0]!.id, score: -Infinity, why: [] as Factor[] };
      for (const o of options) {
        const why = reasonsFor(rules, state, decision, o.id);
        const nudge = (r.next() - 0.5) * 0.5;
        const score = why.reduce((sum, f) => sum + f.value, 0) + nudge;
        if (score > best.score) best = { option: o.id, score, why };
      }
      return { option: best.option, why: best.why };
    }
  }
}
