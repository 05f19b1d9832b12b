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
/** The figures a choice is judged to move: the six above and the data's headline figures. */
export const movedMetrics = (scenario: Scenario): string[] => [...new Set([...Object.keys(TARGETS), ...scenario.metrics.filter((m) => m.headline).map((m) => m.id)])];
export const MAIN_SIDES = ['revolutionaries', 'government', 'soviet'] as const;

export interface RunSummary {
  games: number;
  /** outcome id → share of games (0–1). */
  outcomes: Record<string, number>;
  medians: Record<string, number>;
  /** decision → option → share of the games that reached the decision (0–1), and how many did. */
  decisions: Record<string, { reached: number; shares: Record<string, number> }>;
  /** Each game's ending, figures and choices, in seed order: for summaries of a subset. */
  each: GameLine[];
}

export interface GameLine {
  outcome: string;
  metrics: Record<string, number>;
  chosen: Record<string, string>;
}

export interface RunSpec {
  roles?: Record<string, Controller>;
  defaultPolicy?: PolicyId;
  playerPolicy?: PolicyId;
  forced?: Record<string, string>;
}

export const seedList = (n: number, prefix = 'cal'): string[] => Array.from({ length: n }, (_, i) => `${prefix}-${i}`);

/** Outcome shares, medians and decision shares of some games. */
export function summarise(each: readonly GameLine[]): RunSummary {
  const outcomeCounts: Record<string, number> = {};
  const values: Record<string, number[]> = {};
  const taken: Record<string, Record<string, number>> = {};
  for (const g of each) {
    outcomeCounts[g.outcome] = (outcomeCounts[g.outcome] ?? 0) + 1;
    for (const [m, v] of Object.entries(g.metrics)) (values[m] ??= []).push(v);
    for (const [id, o] of Object.entries(g.chosen)) {
      const t = (taken[id] ??= {});
      t[o] = (t[o] ?? 0) + 1;
    }
  }
  const n = each.length || 1;
  const decisions: RunSummary['decisions'] = {};
  for (const [id, counts] of Object.entries(taken)) {
    const reached = Object.values(counts).reduce((a, b) => a + b, 0);
    decisions[id] = { reached, shares: Object.fromEntries(Object.entries(counts).map(([o, c]) => [o, c / reached])) };
  }
  return {
    games: each.length,
    outcomes: Object.fromEntries(Object.entries(outcomeCounts).map(([o, c]) => [o, c / n])),
    medians: Object.fromEntries(Object.entries(values).map(([m, v]) => [m, spread(v).median])),
    decisions,
    each: [...each],
  };
}

export function runMany(scenario: Scenario, spec: RunSpec, seeds: readonly string[]): RunSummary {
  const each: GameLine[] = seeds.map((seed) => {
    const setup: GameSetup = { seed, defaultPolicy: spec.defaultPolicy ?? 'reactive', ...(spec.roles ? { roles: spec.roles } : {}), ...(spec.forced ? { forced: spec.forced } : {}) };
    const g = autoplay(scenario, setup, { playerPolicy: spec.playerPolicy ?? 'historical', throwaway: true });
    const chosen: Record<string, string> = {};
    for (const [id, c] of Object.entries(g.final.chosen)) chosen[id] = c.option;
    return { outcome: g.final.outcome!.id, metrics: Object.fromEntries(scenario.metrics.map((m) => [m.id, g.final.metrics[m.id] ?? 0])), chosen };
  });
  return summarise(each);
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
  /** Games (of the seeds) in which the decision arose: the change is measured over these. */
  reached: number;
  outcomeShift: number;
  /** Headline figures whose median moved by 15% or more, with the relative change. */
  figures: Record<string, number>;
  /** The later decisions of other sides whose option shares moved by 5 points or more. */
  reactions: string[];
  /** The largest share any one outcome took, over all the seeds. */
  topOutcome: { id: string; share: number };
  moves: boolean;
}

/** Fewer games than this reaching a decision, and its change is not measured. */
export const MIN_REACHED = 15;

/**
 * Force one option and compare with the same seeds unforced, over the games in which the
 * decision arises (before it the two games are the same, so they arise in the same games).
 */
export function forcedEffect(scenario: Scenario, base: RunSummary, decision: string, option: string, seeds: readonly string[]): ForcedResult {
  const d = scenario.decisions.find((x) => x.id === decision)!;
  const all = runMany(scenario, { forced: { [decision]: option } }, seeds);
  const where = base.each.map((g) => decision in g.chosen);
  const b = summarise(base.each.filter((_, i) => where[i]));
  const r = summarise(all.each.filter((_, i) => where[i]));
  const outcomeShift = tv(r.outcomes, b.outcomes);
  const figures: Record<string, number> = {};
  for (const m of movedMetrics(scenario)) {
    const before = b.medians[m] ?? 0;
    const after = r.medians[m] ?? 0;
    const change = before > 0 ? (after - before) / before : after > 0 ? 1 : 0;
    if (Math.abs(change) >= 0.15) figures[m] = Math.round(change * 100) / 100;
  }
  const reactions: string[] = [];
  for (const later of scenario.decisions) {
    if (later.actor === d.actor || later.date < d.date || later.id === decision) continue;
    // A decision reached in one game and not the other has moved too: compare shares of all games.
    const sharesOf = (s: RunSummary): Record<string, number> => {
      const x = s.decisions[later.id];
      return x ? Object.fromEntries(Object.entries(x.shares).map(([o, v]) => [o, (v * x.reached) / (s.games || 1)])) : {};
    };
    if (tv(sharesOf(r), sharesOf(b)) >= 0.05) reactions.push(later.id);
  }
  const top = Object.entries(all.outcomes).sort((x, y) => y[1] - x[1])[0]!;
  const reached = b.games;
  return {
    decision,
    option,
    side: d.actor,
    reached,
    outcomeShift,
    figures,
    reactions,
    topOutcome: { id: top[0], share: top[1] },
    moves: reached >= MIN_REACHED && (outcomeShift >= 0.1 || Object.keys(figures).length > 0),
  };
}

/** Every (decision, non-historical option) pair of the three main sides. */
export function mainSidePairs(scenario: Scenario): { decision: string; option: string }[] {
  return scenario.decisions
    .filter((d) => (MAIN_SIDES as readonly string[]).includes(d.actor))
    .flatMap((d) => d.options.filter((o) => !o.historical).map((o) => ({ decision: d.id, option: o.id })));
}
