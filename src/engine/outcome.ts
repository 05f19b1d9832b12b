// How a game ended: the first outcome, in the scenario's order, whose conditions hold.
// The scenario's last outcome has none, so a game always ends in one.
import type { GameState, OutcomeResult } from './types';
import type { Rules } from './rules';
import { allHold } from './conditions';

export function evaluateOutcome(rules: Rules, s: GameState): OutcomeResult {
  const o = rules.scenario.outcomes.find((x) => allHold(rules, s, x.when)) ?? rules.scenario.outcomes[rules.scenario.outcomes.length - 1]!;
  return { id: o.id, label: o.label, historical: o.historical, date: s.date };
}
