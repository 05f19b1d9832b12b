// The calibration of the campaign against its targets (docs/CALIBRATION.md), as numbers a
// script prints and a test checks: many seeded games per setting, their outcome shares, the
// medians of the headline figures, and how often each option of each decision was taken.
import { autoplay } from '../../src/engine';
import type { Controller, GameSetup, PolicyId } from '../../src/engine';
import type { Scenario } from '../../src/scenario/resolve';
import { spread } from '../../src/lib/spread';

/** The figures the article gives for 10 November, with the range the game is held to. */
export const TARGETS: Record<string, { low: number; high: number; article: string; articleLow: number; articleHigh: number }> = {
  hungarianDead: { low: 1800, high: 3300, article: 'about 2,500; 2,500–3,000', articleLow: 2500, articleHigh: 3000 },
  hungarianWounded: { low: 10000, high: 25000, article: '13,000–20,000', articleLow: 13000, articleHigh: 20000 },
  sovietDead: { low: 500, high: 950, article: '699–722', articleLow: 699, articleHigh: 722 },
  sovietWounded: { low: 1000, high: 2000, article: '1,450–1,540', articleLow: 1450, articleHigh: 1540 },
  prisonersFreed: { low: 5000, high: 11000, article: 'about 8,000', articleLow: 8000, articleHigh: 8000 },
  councils: { low: 1500, high: 2700, article: 'about 2,100', articleLow: 2100, articleHigh: 2100 },
};
/** The headline figures a choice is judged to move (the six above and the refugees). */
export const MOVED = [...Object.keys(TARGETS), 'refugees'];
export const MAIN_SIDES = ['revolutionaries', 'government', 'soviet'] as const;

export interface RunSummary {
  games: number;
  /** outcome id → share of games (0–1). */
  outcomes: Record<string, number>;
  medians: Record<string, number>;
  /** decision → option → share of the games that reached the decision (0–1), and how many did. */
  decisions: Record<string, { reached: number; shares: Record<string, number> }>;
}

export interface RunSpec {
  roles?: Record<string, Controller>;
  defaultPolicy?: PolicyId;
  playerPolicy?: PolicyId;
  forced?: Record<string, string>;
}

export const seedList = (n: number, prefix = 'cal'): string[] => Array.from({ length: n }, (_, i) => `${prefix}-${i}`);

export function runMany(scenario: Scenario, spec: RunSpec, seeds: readonly string[]): RunSummary {
  const outcomeCounts: Record<string, number> = {};
  const values: Record<string, number[]> = {};
  const taken: Record<string, Record<string, number>> = {};
  for (const seed of seeds) {
    const setup: GameSetup = { seed, defaultPolicy: spec.defaultPolicy ?? 'reactive', ...(spec.roles ? { roles: spec.roles } : {}), ...(spec.forced ? { forced: spec.forced } : {}) };
    const g = autoplay(scenario, setup, { playerPolicy: spec.playerPolicy ?? 'historical', throwaway: true });
    const o = g.final.outcome!.id;
    outcomeCounts[o] = (outcomeCounts[o] ?? 0) + 1;
    for (const m of scenario.metrics) (values[m.id] ??= []).push(g.final.metrics[m.id] ?? 0);
    for (const [id, c] of Object.entries(g.final.chosen)) {
      const t = (taken[id] ??= {});
      t[c.option] = (t[c.option] ?? 0) + 1;
    }
  }
  const n = seeds.length;
  const decisions: RunSummary['decisions'] = {};
  for (const [id, counts] of Object.entries(taken)) {
    const reached = Object.values(counts).reduce((a, b) => a + b, 0);
    decisions[id] = { reached, shares: Object.fromEntries(Object.entries(counts).map(([o, c]) => [o, c / reached])) };
  }
  return {
    games: n,
    outcomes: Object.fromEntries(Object.entries(outcomeCounts).map(([o, c]) => [o, c / n])),
    medians: Object.fromEntries(Object.entries(values).map(([m, v]) => [m, spread(v).median])),
    decisions,
  };
}

/** Total variation distance between two share tables (0–1). */
export function tv(a: Record<string, number>, b: Record<string, number>): number {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  let d = 0;
  for (const k of keys) d += Math.abs((a[k] ?? 0) - (b[k] ?? 0));
  return d / 2;
}

export const historicalOutcome = (scenario: Scenario): string => scenario.outcomes.find((o) => o.historical)!.id;

export interface ForcedResult {
  decision: string;
  option: string;
  side: string;
  outcomeShift: number;
  /** Headline figures whose median moved by 15% or more, with the relative change. */
  figures: Record<string, number>;
  /** The later decisions of other sides whose option shares moved by 5 points or more. */
  reactions: string[];
  /** The largest share any one outcome took. */
  topOutcome: { id: string; share: number };
  moves: boolean;
  summary: RunSummary;
}

/** Force one option and compare with the same seeds unforced. */
export function forcedEffect(scenario: Scenario, base: RunSummary, decision: string, option: string, seeds: readonly string[]): ForcedResult {
  const d = scenario.decisions.find((x) => x.id === decision)!;
  const r = runMany(scenario, { forced: { [decision]: option } }, seeds);
  const outcomeShift = tv(r.outcomes, base.outcomes);
  const figures: Record<string, number> = {};
  for (const m of MOVED) {
    const b = base.medians[m]!;
    const change = b > 0 ? (r.medians[m]! - b) / b : r.medians[m]! > 0 ? 1 : 0;
    if (Math.abs(change) >= 0.15) figures[m] = Math.round(change * 100) / 100;
  }
  const reactions: string[] = [];
  for (const later of scenario.decisions) {
    if (later.actor === d.actor || later.date < d.date || later.id === decision) continue;
    const a = r.decisions[later.id];
    const b = base.decisions[later.id];
    // A decision reached in one game and not the other has moved too: compare shares of all games.
    const sharesOf = (s: RunSummary['decisions'][string] | undefined, games: number): Record<string, number> =>
      s ? Object.fromEntries(Object.entries(s.shares).map(([o, v]) => [o, (v * s.reached) / games])) : {};
    if (tv(sharesOf(a, r.games), sharesOf(b, base.games)) >= 0.05) reactions.push(later.id);
  }
  const top = Object.entries(r.outcomes).sort((x, y) => y[1] - x[1])[0]!;
  return {
    decision,
    option,
    side: d.actor,
    outcomeShift,
    figures,
    reactions,
    topOutcome: { id: top[0], share: top[1] },
    moves: outcomeShift >= 0.1 || Object.keys(figures).length > 0,
    summary: r,
  };
}

/** Every (decision, non-historical option) pair of the three main sides. */
export function mainSidePairs(scenario: Scenario): { decision: string; option: string }[] {
  return scenario.decisions
    .filter((d) => (MAIN_SIDES as readonly string[]).includes(d.actor))
    .flatMap((d) => d.options.filter((o) => !o.historical).map((o) => ({ decision: d.id, option: o.id })));
}
