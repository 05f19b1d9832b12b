// The end-of-game report a student hands in: the decisions with their reasons, the
// day-by-day comparison with history, the outcome, each role's objectives as scored at
// the end, the seed and the replay code. Plain
// JSON, so a teacher's class comparison can read it back.
import type { GameState } from '../engine';
import { rulesFor } from '../engine';
import { compareDay } from '../history';
import type { Replay } from '../replay';
import { encodeReplayCode } from '../replay';
import type { Scenario } from '../scenario/resolve';
import { scoreObjectives } from './objectives';
import type { ObjectiveScore } from './objectives';

export const REPORT_FORMAT = 'nineteen-days-report';

export interface GameReport {
  format: typeof REPORT_FORMAT;
  formatVersion: 2;
  scenario: { id: string; title: string; hash: string };
  seed: string;
  players: Record<string, string>;
  outcome: { id: string; label: string; historical: boolean } | null;
  /** Every role's objectives, met or not at the end, with the figure each was judged by. */
  objectives: ObjectiveScore[];
  decisions: { date: string; side: string; decision: string; title: string; option: string; label: string; historical: boolean; historicalLabel: string; by: string; reason?: string }[];
  days: { date: string; divergence: number; figures: Record<string, { game: number; history: number | null; estimate: boolean }>; leftHistory: string[] }[];
  finalHash: string;
  replayCode: string;
}

/** `dayStates` are the states at the end of each day (their reports are those days). */
export function makeReport(scenario: Scenario, replay: Replay, dayStates: GameState[], final: GameState): GameReport {
  const rules = rulesFor(scenario);
  const decisions = Object.entries(final.chosen)
    .map(([id, c]) => {
      const d = rules.decisions.get(id) ?? scenario.leadIn?.decisions.find((x) => x.id === id);
      if (!d) return null;
      const option = d.options.find((o) => o.id === c.option)!;
      const historical = d.options.find((o) => o.historical)!;
      return {
        date: c.date,
        side: c.side,
        decision: id,
        title: d.title,
        option: c.option,
        label: option.label,
        historical: option.historical,
        historicalLabel: historical.label,
        by: c.by,
        ...(c.reason ? { reason: c.reason } : {}),
      };
    })
    .filter((x): x is NonNullable<typeof x> => x !== null)
    .sort((a, b) => (a.date === b.date ? 0 : a.date < b.date ? -1 : 1));
  const days = dayStates.map((s) => {
    const cmp = compareDay(scenario, s);
    return {
      date: cmp.date,
      divergence: cmp.divergence,
      figures: Object.fromEntries(cmp.figures.map((f) => [f.metric, { game: f.game, history: f.history?.value ?? null, estimate: f.history?.estimate ?? true }])),
      leftHistory: cmp.leftHistory.filter((l) => l.date === cmp.date).map((l) => l.decision),
    };
  });
  const outcome = final.outcome ? scenario.outcomes.find((o) => o.id === final.outcome!.id) : undefined;
  return {
    format: REPORT_FORMAT,
    formatVersion: 2,
    scenario: { id: scenario.id, title: scenario.title, hash: scenario.contentHash },
    seed: replay.seed,
    players: Object.fromEntries(Object.entries(replay.roles).filter(([, c]) => c === 'player')),
    outcome: outcome ? { id: outcome.id, label: outcome.label, historical: outcome.historical } : null,
    objectives: scoreObjectives(scenario, final),
    decisions,
    days,
    finalHash: replay.final.hash,
    replayCode: encodeReplayCode(replay),
  };
}
