// "Luck or choice?": the player's decisions, and history's, played over many seeds.
// If an outcome follows the decisions it comes in most games of one set and few of the
// other; if it is luck it comes in both. Runs in chunks so a Web Worker can report
// progress and stop when asked.
import { autoplay } from '../engine';
import type { GameSetup, GameState } from '../engine';
import type { Scenario } from '../scenario/resolve';
import { spread } from '../lib/spread';
import { tallyOutcomes } from '../lib/tally';
import type { OutcomeCount } from '../lib/tally';
import { percent, say, series, whole } from './language';

export interface LuckSummary {
  games: number;
  outcomes: Record<string, OutcomeCount>;
  metrics: Record<string, { p10: number; median: number; p90: number }>;
}

export interface LuckResult {
  player: LuckSummary;
  history: LuckSummary;
}

/** The player sides' choices in a finished game. */
export function playerChoices(state: GameState): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [id, c] of Object.entries(state.chosen)) if (c.by === 'player') out[id] = c.option;
  return out;
}

function summarise(scenario: Scenario, finals: GameState[]): LuckSummary {
  const outcomes: LuckSummary['outcomes'] = tallyOutcomes(scenario.outcomes, finals.map((f) => f.outcome?.id));
  const metrics: LuckSummary['metrics'] = {};
  for (const m of scenario.metrics) {
    const { p10, median, p90 } = spread(finals.map((f) => f.metrics[m.id] ?? 0));
    metrics[m.id] = { p10, median, p90 };
  }
  return { games: finals.length, outcomes, metrics };
}

/**
 * Run `games` seeds twice: once with the player's decisions (same roles, same other
 * policies), once with history's. `onProgress(done, total)` after each chunk; return
 * false from it to stop (the result then covers the games played so far).
 */
export async function luckOrChoice(
  scenario: Scenario,
  base: Omit<GameSetup, 'seed'>,
  choices: Record<string, string>,
  games: number,
  onProgress: (done: number, total: number) => boolean | void,
  chunk = 20,
): Promise<LuckResult> {
  const mine: GameState[] = [];
  const theirs: GameState[] = [];
  const total = games * 2;
  for (let i = 0; i < games; i += chunk) {
    for (let j = i; j < Math.min(games, i + chunk); j++) {
      const seed = `luck-${j}`;
      mine.push(autoplay(scenario, { ...base, seed }, { choices, throwaway: true }).final);
      theirs.push(autoplay(scenario, { ...base, seed }, { playerPolicy: 'historical', throwaway: true }).final);
    }
    if (onProgress(mine.length * 2, total) === false) break;
    // Let a worker read its messages (a cancel) between chunks.
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  return { player: summarise(scenario, mine), history: summarise(scenario, theirs) };
}

/** A headline figure whose median the player's decisions moved. */
export interface MovedFigure {
  metric: string;
  label: string;
  /** Medians with the player's decisions and with history's. */
  mine: number;
  history: number;
  /** The change against history's median: −0.44 is 44% fewer. */
  change: number;
  /** True when the player's median lies outside history's 10th–90th percentiles: beyond what luck alone gave. */
  beyondLuck: boolean;
}

export interface LuckVerdict {
  kind: 'choice' | 'both' | 'luck';
  /** Total variation between the two sets of outcomes: 0 the same, 1 nothing in common. */
  outcomeShift: number;
  /** History's outcome: its share with the player's decisions and with history's. */
  historical: { mine: number; history: number };
  moved: MovedFigure[];
  /** The verdict in sentences, naming the figures the choices moved. */
  text: string;
}

/** A median moves when it differs from history's by this share or more (as docs/CALIBRATION.md counts it). */
export const FIGURE_SHIFT = 0.15;

/** The share of a set's games that ended in one outcome. */
const outcomeShare = (s: LuckSummary, id: string): number => (s.games ? (s.outcomes[id]?.count ?? 0) / s.games : 0);
/** The share of a set's games that ended as history did. */
const historicalShare = (s: LuckSummary): number => (s.games ? Object.values(s.outcomes).filter((o) => o.historical).reduce((t, o) => t + o.count, 0) / s.games : 0);

/**
 * Luck or choice, judged on the outcomes and on the headline figures: the decisions made
 * the difference when the outcomes hardly overlap, or when a headline figure's median lies
 * beyond the spread history's decisions gave over the same seeds.
 */
export function judgeLuck(scenario: Scenario, r: LuckResult): LuckVerdict {
  const ids = new Set([...Object.keys(r.player.outcomes), ...Object.keys(r.history.outcomes)]);
  let tv = 0;
  for (const id of ids) tv += Math.abs(outcomeShare(r.player, id) - outcomeShare(r.history, id));
  const outcomeShift = tv / 2;
  const historical = { mine: historicalShare(r.player), history: historicalShare(r.history) };
  const moved: MovedFigure[] = [];
  for (const m of scenario.metrics.filter((x) => x.headline)) {
    const mine = r.player.metrics[m.id];
    const theirs = r.history.metrics[m.id];
    if (!mine || !theirs) continue;
    // A floor keeps a figure of a handful from "moving" by a few people.
    const change = (mine.median - theirs.median) / Math.max(theirs.median, 10);
    if (Math.abs(change) < FIGURE_SHIFT) continue;
    moved.push({ metric: m.id, label: m.label, mine: mine.median, history: theirs.median, change, beyondLuck: mine.median < theirs.p10 || mine.median > theirs.p90 });
  }
  moved.sort((a, b) => Math.abs(b.change) - Math.abs(a.change));
  const beyond = moved.filter((f) => f.beyondLuck);
  const kind: LuckVerdict['kind'] = outcomeShift >= 0.5 || beyond.length ? 'choice' : outcomeShift >= 0.15 || moved.length ? 'both' : 'luck';

  const figureLine = (f: MovedFigure): string =>
    say(f.change > 0 ? 'luck.figure.up' : 'luck.figure.down', { label: f.label, mine: whole(f.mine), history: whole(f.history), change: percent(Math.abs(f.change)) });
  const sentences: string[] = [say(`luck.${kind}`)];
  const gap = historical.mine - historical.history;
  if (Math.abs(gap) >= 0.05) {
    sentences.push(say(gap > 0 ? 'luck.historical.more' : 'luck.historical.less', { mine: percent(historical.mine), history: percent(historical.history) }));
  } else if (outcomeShift >= 0.15) {
    sentences.push(say('luck.otherEndings', { shift: percent(outcomeShift) }));
  }
  if (moved.length) {
    const figures = moved.map(figureLine).join('; ');
    sentences.push(beyond.length ? say('luck.movedBeyond', { figures, beyond: series(beyond.map((f) => f.label)) }) : say('luck.moved', { figures }));
  }
  return { kind, outcomeShift, historical, moved, text: sentences.join(' ') };
}
