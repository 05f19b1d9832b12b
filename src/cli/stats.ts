// Summaries of many games: the spread of each metric and the mix of outcomes.
import type { Scenario } from '../scenario/resolve';
import type { GameResult } from './batch-run';

export interface Spread {
  min: number;
  p10: number;
  median: number;
  p90: number;
  max: number;
  mean: number;
}

/** Nearest-rank percentile of sorted values. */
function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return 0;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1));
  return sorted[rank]!;
}

export function spread(values: number[]): Spread {
  const sorted = [...values].sort((a, b) => a - b);
  const mean = sorted.reduce((a, b) => a + b, 0) / (sorted.length || 1);
  return { min: sorted[0] ?? 0, p10: percentile(sorted, 0.1), median: percentile(sorted, 0.5), p90: percentile(sorted, 0.9), max: sorted[sorted.length - 1] ?? 0, mean: Math.round(mean * 10) / 10 };
}

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
