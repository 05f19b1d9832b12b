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
