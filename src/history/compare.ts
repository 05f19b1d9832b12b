// The day in the game beside the day in history: the record's events, the historical
// figures against the game's, who held each area, the decisions where this game left
// history, and a divergence measure. Pure: the report screen and the command line use it.
import type { GameState } from '../engine';
import { rulesFor } from '../engine';
import type { Scenario } from '../scenario/resolve';
import type { HistoryEvent, SeriesPoint, Source } from '../scenario/schema';
import { daysBetween } from '../lib/dates';
import { say } from './language';

export interface HistoricalValue {
  value: number;
  low?: number;
  high?: number;
  estimate: boolean;
  /** True when the value lies between two points of the series and was interpolated. */
  interpolated: boolean;
  basis?: string;
  source?: Source;
}

export interface FigureRow {
  metric: string;
  label: string;
  game: number;
  history: HistoricalValue | null;
}

export interface ControlRow {
  area: string;
  name: string;
  game: string;
  history: string | null;
  historyEstimate: boolean;
  same: boolean;
}

export interface LeftHistory {
  decision: string;
  /** How far leaving history here carries (the data's weight): 1 minor, 2 major, 3 a turning point. */
  weight: number;
  title: string;
  date: string;
  side: string;
  chosen: string;
  historical: string;
  by: string;
  reason?: string;
}

export interface DayComparison {
  date: string;
  events: HistoryEvent[];
  figures: FigureRow[];
  control: ControlRow[];
  leftHistory: LeftHistory[];
  /** 0 when the game matches history, 100 when nothing does. */
  divergence: number;
  parts: { control: number; figures: number; decisions: number };
}

const byTime = (a: HistoryEvent, b: HistoryEvent): number => timeKey(a.time) - timeKey(b.time);
function timeKey(t: string | undefined): number {
  if (!t) return 12 * 60 + 30;
  const named: Record<string, number> = { night: 0, morning: 9 * 60, afternoon: 15 * 60, evening: 19 * 60 };
  if (t in named) return named[t]!;
  const [h, m] = t.split(':').map(Number);
  return h! * 60 + m!;
}

export function eventsOn(scenario: Scenario, date: string): HistoryEvent[] {
  return scenario.events.filter((e) => e.date === date).sort(byTime);
}

/** History's value of a metric at the end of a day: recorded, estimated, or interpolated between two. */
export function historicalValue(scenario: Scenario, metric: string, date: string): HistoricalValue | null {
  const points: SeriesPoint[] | undefined = scenario.series[metric];
  if (!points?.length) return null;
  const exact = points.find((p) => p.date === date);
  const plain = (p: SeriesPoint, interpolated: boolean): HistoricalValue => ({
    value: p.value,
    ...(p.low !== undefined ? { low: p.low } : {}),
    ...(p.high !== undefined ? { high: p.high } : {}),
    estimate: p.estimate || interpolated,
    interpolated,
    ...(p.basis ? { basis: p.basis } : {}),
    ...(p.source ? { source: p.source } : {}),
  });
  if (exact) return plain(exact, false);
  const before = [...points].reverse().find((p) => p.date < date);
  const after = points.find((p) => p.date > date);
  const kind = scenario.metrics.find((m) => m.id === metric)?.kind;
  if (!before) return kind === 'cumulative' ? { value: 0, estimate: true, interpolated: true, basis: say('basis.before') } : null;
  if (!after) return { ...plain(before, true), basis: say('basis.carried', { date: before.date, basis: before.basis ?? '' }).trim() };
  const t = daysBetween(before.date, date) / daysBetween(before.date, after.date);
  const lerp = (a: number | undefined, b: number | undefined): number | undefined => (a === undefined || b === undefined ? undefined : Math.round(a + (b - a) * t));
  const low = lerp(before.low ?? before.value, after.low ?? after.value);
  const high = lerp(before.high ?? before.value, after.high ?? after.value);
  return {
    value: lerp(before.value, after.value)!,
    ...(low !== undefined ? { low } : {}),
    ...(high !== undefined ? { high } : {}),
    estimate: true,
    interpolated: true,
    basis: say('basis.interpolated', { from: before.date, to: after.date }),
  };
}

/** Who held an area in history at the end of a day, from the area's record. */
export function historicalControl(scenario: Scenario, area: string, date: string): { side: string; estimate: boolean } | null {
  const def = scenario.areas.find((a) => a.id === area);
  const entry = def ? [...def.record].reverse().find((r) => r.from <= date) : undefined;
  return entry ? { side: entry.side, estimate: !entry.source } : null;
}

/** The camps that count as "the same side" when comparing control. */
function camp(side: string): string {
  if (side === 'soviet' || side === 'kadar') return 'soviet';
  if (side === 'avh' || side === 'army' || side === 'government') return 'state';
  return side;
}

/** The three parts of the divergence and the share of each in the whole. */
export const DIVERGENCE_SHARES = { control: 0.35, figures: 0.35, decisions: 0.3 } as const;
/** The weights of the decisions that left history add up to this for the decisions part to be full: two turning points. */
export const DECISIONS_FULL = 6;
/** The measure in one sentence, for the reports, in the language of the account. */
export const divergenceText = (): string =>
  say('divergence.text', {
    control: String(Math.round(DIVERGENCE_SHARES.control * 100)),
    figures: String(Math.round(DIVERGENCE_SHARES.figures * 100)),
    decisions: String(Math.round(DIVERGENCE_SHARES.decisions * 100)),
    full: String(DECISIONS_FULL),
  });

/** The weight of a decision in the divergence (the data's, from its measured consequence; 1 when not given). */
export function decisionWeight(scenario: Scenario, decision: string): number {
  return Object.hasOwn(scenario.divergence.weights, decision) ? scenario.divergence.weights[decision]! : 1;
}

/** How far a figure is from history's: 0 inside history's range, 1 at three times (or a third). */
function figureGap(game: number, h: HistoricalValue): number {
  const low = h.low ?? h.value;
  const high = h.high ?? h.value;
  if (game >= low && game <= high) return 0;
  const ref = game < low ? low : high;
  const k = Math.max(10, ref * 0.05);
  return Math.min(1, Math.abs(Math.log((game + k) / (ref + k))) / Math.log(3));
}

/**
 * Compare the state at the end of a day (the state whose report is that day) with history.
 * `date` defaults to the report's date.
 */
export function compareDay(scenario: Scenario, state: GameState, date = state.report?.date ?? state.date): DayComparison {
  const rules = rulesFor(scenario);
  const figures: FigureRow[] = scenario.metrics.map((m) => ({ metric: m.id, label: m.label, game: state.metrics[m.id] ?? 0, history: historicalValue(scenario, m.id, date) }));
  const control: ControlRow[] = scenario.areas.map((a) => {
    const h = historicalControl(scenario, a.id, date);
    const game = state.areas[a.id]!.control;
    return { area: a.id, name: a.name, game, history: h?.side ?? null, historyEstimate: h?.estimate ?? true, same: h ? h.side === game : true };
  });
  const leftHistory: LeftHistory[] = [];
  for (const [id, choice] of Object.entries(state.chosen)) {
    if (choice.date > date) continue;
    const d = rules.decisions.get(id) ?? scenario.leadIn?.decisions.find((x) => x.id === id);
    if (!d) continue;
    const historical = d.options.find((o) => o.historical)!;
    if (choice.option !== historical.id) {
      leftHistory.push({
        decision: id,
        weight: decisionWeight(scenario, id),
        title: d.title,
        date: choice.date,
        side: d.actor,
        chosen: d.options.find((o) => o.id === choice.option)?.label ?? choice.option,
        historical: historical.label,
        by: choice.by,
        ...(choice.reason ? { reason: choice.reason } : {}),
      });
    }
  }
  // The most consequential first; of equal weight, the earlier.
  leftHistory.sort((a, b) => b.weight - a.weight || (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));

  // Divergence: control (by camp, half weight for a different side of the same camp),
  // headline figures against history's ranges, and the decisions that left history by
  // their weights (a turning point counts three times a minor decision).
  let controlGap = 0;
  let counted = 0;
  for (const row of control) {
    if (!row.history) continue;
    counted++;
    if (row.game !== row.history) controlGap += camp(row.game) === camp(row.history) ? 0.5 : 1;
  }
  const controlPart = counted ? controlGap / counted : 0;
  const headline = new Set(scenario.metrics.filter((m) => m.headline).map((m) => m.id));
  const gaps = figures.filter((f) => headline.has(f.metric) && f.history).map((f) => figureGap(f.game, f.history!));
  const figuresPart = gaps.length ? gaps.reduce((a, b) => a + b, 0) / gaps.length : 0;
  const decisionsPart = Math.min(1, leftHistory.reduce((t, l) => t + l.weight, 0) / DECISIONS_FULL);
  const divergence = Math.round(100 * (DIVERGENCE_SHARES.control * controlPart + DIVERGENCE_SHARES.figures * figuresPart + DIVERGENCE_SHARES.decisions * decisionsPart));
  return {
    date,
    events: eventsOn(scenario, date),
    figures,
    control,
    leftHistory,
    divergence,
    parts: { control: Math.round(controlPart * 100), figures: Math.round(figuresPart * 100), decisions: Math.round(decisionsPart * 100) },
  };
}
