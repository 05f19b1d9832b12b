// Summaries of many games: the spread of each metric and the mix of outcomes.
import type { Scenario } from '../scenario/resolve';
import type { GameResult } from './batch-run';
import { spread } from '../lib/spread';
import type { Spread } from '../lib/spread';
import { tallyOutcomes } from '../lib/tally';
import type { OutcomeCount } from '../lib/tally';

export function summarise(scenario: Scenario, results: GameResult[]): { metrics: Record<string, Spread>; outcomes: Record<string, OutcomeCount> } {
  const metrics: Record<string, Spread> = {};
  for (const m of scenario.metrics) metrics[m.id] = spread(results.map((r) => r.metrics[m.id] ?? 0));
  return { metrics, outcomes: tallyOutcomes(scenario.outcomes, results.map((r) => r.outcome)) };
}
