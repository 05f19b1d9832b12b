// The teacher's class comparison: many reports or replays of one exercise, each verified
// by verifyHandIn (hand-in.ts), then set side by side. Anything of another scenario,
// tampered or broken is named and left out, never silently mixed in.
import { rulesFor } from '../engine';
import { parseReplay, ReplayFormatError } from '../replay';
import { tallyOutcomes } from '../lib/tally';
import type { OutcomeCount } from '../lib/tally';
import type { Scenario } from '../scenario/resolve';
import { REPORT_FORMAT } from './report';
import { verifyHandIn } from './hand-in';
import type { HandInGame } from './hand-in';
import type { ObjectiveMet } from './objectives';
import { say } from './language';

export interface ClassEntry {
  /** What the teacher called it: a file name, or "code 3". */
  name: string;
  text: string;
}

export interface ClassGame extends HandInGame {
  name: string;
}

export interface Excluded {
  name: string;
  reason: string;
}

export interface DecisionShare {
  decision: string;
  title: string;
  date: string;
  actor: string;
  historical: string;
  /** option id → how many games chose it. */
  counts: Record<string, number>;
  labels: Record<string, string>;
  total: number;
  /** Share of games that took history's option (0–1). */
  historicalShare: number;
}

/** One objective of one role across the class: how many games met it, partly or not. */
export interface ObjectiveShare {
  side: string;
  id: string;
  text: string;
  counts: Record<ObjectiveMet, number>;
  /** The games by name, with the detail each was judged by. */
  games: { name: string; met: ObjectiveMet; detail: string }[];
}

export interface ClassComparison {
  scenario: string;
  games: ClassGame[];
  excluded: Excluded[];
  outcomes: Record<string, OutcomeCount>;
  decisions: DecisionShare[];
  objectives: ObjectiveShare[];
}

/** A game of scenario `game` handed in for `exercise`, both named by their titles (an id where no title is known). */
function otherScenario(exercise: Scenario, game: string, titleOf: (id: string) => string | undefined): string {
  return say('handIn.wrongScenario', { game: titleOf(game) ?? game, exercise: titleOf(exercise.id) ?? exercise.title });
}

/** The replay inside an entry: a replay file, a code, or a report carrying a code. */
export function replayText(text: string): string {
  const trimmed = text.trim();
  if (trimmed.startsWith('{')) {
    try {
      const data = JSON.parse(trimmed) as { format?: string; replayCode?: unknown };
      if (data.format === REPORT_FORMAT) {
        if (typeof data.replayCode !== 'string') throw new ReplayFormatError(say('handIn.noReplayCode'));
        return data.replayCode;
      }
    } catch (e) {
      if (e instanceof ReplayFormatError) throw e;
    }
  }
  return trimmed;
}

/** The id of the scenario an entry's replay is a game of (the entry was read once already). */
function scenarioOf(text: string): string {
  return parseReplay(replayText(text)).scenario.id;
}

/**
 * `progress` hears after each entry is checked (the browser runs this in a worker, with a progress bar).
 * `titleOf` names a scenario by its title in the language spoken (undefined for one it does not
 * know): given it, a game of another scenario is said with both scenarios' titles, not their ids.
 */
export function compareClass(
  scenario: Scenario,
  entries: ClassEntry[],
  progress?: (done: number, total: number) => void,
  titleOf?: (id: string) => string | undefined,
): ClassComparison {
  const games: ClassGame[] = [];
  const excluded: Excluded[] = [];
  const seen = new Map<string, string>();
  let checked = 0;
  for (const entry of entries) {
    if (checked) progress?.(checked, entries.length);
    checked++;
    // Verified one by one, by the same function the class server uses.
    const verified = verifyHandIn(scenario, entry.text);
    if (!verified.ok) {
      const reason = verified.problem === 'WRONG_SCENARIO' && titleOf ? otherScenario(scenario, scenarioOf(entry.text), titleOf) : verified.reason;
      excluded.push({ name: entry.name, reason });
      continue;
    }
    const duplicate = seen.get(verified.game.finalHash);
    if (duplicate) {
      excluded.push({ name: entry.name, reason: say('compare.sameGame', { name: duplicate }) });
      continue;
    }
    seen.set(verified.game.finalHash, entry.name);
    games.push({ name: entry.name, ...verified.game });
  }
  progress?.(entries.length, entries.length);
  const outcomes: ClassComparison['outcomes'] = tallyOutcomes(scenario.outcomes, games.map((g) => g.outcome?.id));
  const rules = rulesFor(scenario);
  const decisions: DecisionShare[] = scenario.decisions
    .map((d) => {
      const counts: Record<string, number> = Object.fromEntries(d.options.map((o) => [o.id, 0]));
      let total = 0;
      for (const g of games) {
        const c = g.choices[d.id];
        if (!c) continue;
        counts[c.option] = (counts[c.option] ?? 0) + 1;
        total++;
      }
      const historical = d.options.find((o) => o.historical)!.id;
      return {
        decision: d.id,
        title: d.title,
        date: d.date,
        actor: d.actor,
        historical,
        counts,
        labels: Object.fromEntries(d.options.map((o) => [o.id, o.label])),
        total,
        historicalShare: total ? counts[historical]! / total : 0,
      };
    })
    .filter((d) => d.total > 0 && rules.decisions.has(d.decision));
  const objectives: ObjectiveShare[] = scenario.roles.flatMap((r) =>
    r.objectives.map((o) => {
      const counts: Record<ObjectiveMet, number> = { yes: 0, partly: 0, no: 0 };
      const scored = games.map((g) => {
        const score = g.objectives.find((x) => x.side === r.side && x.id === o.id)!;
        counts[score.met]++;
        return { name: g.name, met: score.met, detail: score.detail };
      });
      return { side: r.side, id: o.id, text: o.text, counts, games: scored };
    }),
  );
  return { scenario: scenario.id, games, excluded, outcomes, decisions, objectives };
}
