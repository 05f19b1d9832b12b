// What followed: the epilogue every game closes with (the end screen and the debrief
// sheet). History's own course after the game's last day, as the source gives it, and,
// where this game ended otherwise, history's ending and what this game's end shows beside
// each entry.
import { rulesFor } from '../engine';
import type { GameState } from '../engine';
import { allHold } from '../engine/conditions';
import type { Scenario } from '../scenario/resolve';
import type { Epilogue, Source } from '../scenario/schema';

type Entry = Epilogue['entries'][number];

export interface EpilogueView {
  title: string;
  /** This game's ending and history's; `same` when they are one. */
  ending: { game: string | null; history: string; historyExplanation: string; same: boolean };
  /** History's course from the game's last day to the end of the campaign (for an exercise that ends earlier). */
  before: { date: string; text: string; source: Source }[];
  entries: (Pick<Entry, 'id' | 'title' | 'text' | 'source' | 'also' | 'figures'> & {
    /** What this game's end shows instead, when it differs from history's (else null). */
    inThisGame: string | null;
  })[];
}

/** The epilogue for a finished game; null for a scenario without one. */
export function epilogueFor(scenario: Scenario, final: GameState): EpilogueView | null {
  const e = scenario.epilogue;
  if (!e) return null;
  const rules = rulesFor(scenario);
  const historical = scenario.outcomes.filter((o) => o.historical);
  const ending = {
    game: final.outcome?.label ?? null,
    history: historical.map((o) => o.label).join('; '),
    historyExplanation: historical.map((o) => o.explanation).join(' '),
    same: final.outcome?.historical ?? false,
  };
  const last = final.report?.date ?? final.date;
  return {
    title: e.title,
    ending,
    before: e.before.filter((b) => b.date > last),
    entries: e.entries.map((x) => ({
      id: x.id,
      title: x.title,
      text: x.text,
      source: x.source,
      also: x.also,
      figures: x.figures,
      inThisGame: x.otherwise.find((o) => allHold(rules, final, o.when))?.text ?? null,
    })),
  };
}
