// Summaries of many games: the spread of each metric and the mix of outcomes.
import type { Scenario } from '../scenario/resolve';
import type { GameResult } from './batch-run';
import { spread } from '../lib/spread';
import type { Spread } from '../lib/spread';

export function summarise(scenario: Scenario, results: GameResult[]): { metrics: Record<string, Spread>; outcomes: Record<string, { count: number; label: string; historical: boolean }> } {
  const metrics: Record<string, Spread> = {};
  for (const m of scenario.metrics) metrics[m.id] = spread(results.map((r) => r.metrics[m.id] ?? 0));
  const outcomes: Record<string, { count: number; label: string; historical: boolean }> = {};
  for (const o of scenario.outcomes) {
    const count = results.filter((r) => r.outcome === o.id).length;
    if (count) outcomes[o.id] = { count, label: o.label, historical: o.historical };
  }
  return { metrics, outcomes };
}
