// Summaries of many games: the spread of each metric and the mix of outcomes.
import type { Scenario } from '../scenario/resolve';
import type { GameResult } from './batch-run';
import { spread } from '../lib/spread';
import type { Spread } from '../lib/spread';
import { tallyOutcomes } from '../lib/tally';
import type { OutcomeCount } from '../lib/tally';

export interface BatchSummary {
  metrics: Record<string, Spread>;
  outcomes: Record<string, OutcomeCount>;
  /** decision → option → games that took it (decisions never reached are left out). */
  decisions: Record<string, Record<string, number>>;
}

export function summarise(scenario: Scenario, results: GameResult[]): BatchSummary {
  const metrics: Record<string, Spread> = {};
  for (const m of scenario.metrics) metrics[m.id] = spread(results.map((r) => r.metrics[m.id] ?? 0));
  const decisions: BatchSummary['decisions'] = {};
  for (const d of [...(scenario.leadIn?.decisions ?? []), ...scenario.decisions]) {
    const counts: Record<string, number> = {};
    for (const r of results) {
      const o = r.choices[d.id];
      if (o !== undefined) counts[o] = (counts[o] ?? 0) + 1;
    }
    if (Object.keys(counts).length) decisions[d.id] = Object.fromEntries(d.options.filter((o) => counts[o.id]).map((o) => [o.id, counts[o.id]!]));
  }
  return { metrics, outcomes: tallyOutcomes(scenario.outcomes, results.map((r) => r.outcome)), decisions };
}
