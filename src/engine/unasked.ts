// The decisions history asked on this date that this game does not: an earlier choice
// settled their premise. The morning says why, in the data's own words.
import type { GameState } from './types';
import type { Rules } from './rules';
import { allHold } from './conditions';

export interface UnaskedDecision {
  decision: string;
  side: string;
  title: string;
  /** One line: why it is not asked today. */
  why: string;
}

export const UNASKED_FALLBACK = 'The situation that raised this decision in 1956 did not arise in this game.';

export function unaskedDecisions(rules: Rules, state: GameState): UnaskedDecision[] {
  if (state.status !== 'playing') return [];
  const out: UnaskedDecision[] = [];
  for (const d of rules.decisionsByDate.get(state.date) ?? []) {
    if (state.open.includes(d.id) || d.id in state.chosen) continue;
    const entry = d.unasked.find((u) => allHold(rules, state, u.when));
    out.push({ decision: d.id, side: d.actor, title: d.title, why: entry?.text ?? UNASKED_FALLBACK });
  }
  return out;
}
