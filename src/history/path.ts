// How a game reached its ending: the choices whose effects made the ending's conditions
// true, with who took each (a player, a forced choice, or a side's policy with the chance
// it gave), so the end screen can say "this came of that". A condition set by a development
// (Whirlwind's attack at dawn) is followed back to the choice that set the development off.
import type { DayReport, GameState } from '../engine';
import { rulesFor } from '../engine';
import type { Scenario } from '../scenario/resolve';
import type { Condition, Effect, When } from '../scenario/schema';
import { postureWord, say } from './language';

export interface PathStep {
  date: string;
  decision: string;
  title: string;
  side: string;
  option: string;
  label: string;
  historical: boolean;
  by: string;
  /** The chance the side's policy gave it; null for a player's or a forced choice. */
  chance: number | null;
  /**
   * `made`: its effects brought about a condition of the ending; `averted`: it left history,
   * and history's option would have undone a condition of the ending.
   */
  kind: 'made' | 'averted';
  /** The condition of the ending, in the data's words ("Neutrality declared"). */
  because: string;
}

/** A government in words, for "and so: Kádár's government in office" (the message knows them by id, without hyphens). */
const governmentWords = (id: string): string => say('government', { id: id.replace(/-/g, ''), name: id });

/** "a or b or c". */
const either = (items: readonly string[]): string => items.reduce((a, b) => say('or', { first: a, second: b }));

/** Does this effect make the condition false (the same figure, set to a value outside it)? */
function breaks(e: Effect, c: Condition): boolean {
  if (c.type === 'flag') return e.type === 'flag' && e.flag === c.flag && e.value !== c.is;
  if (c.type === 'posture') return e.type === 'posture' && e.side === c.side && !c.in.includes(e.value);
  if (c.type === 'government') return e.type === 'government' && !c.in.includes(e.value);
  return false;
}

/** Does this effect make the condition true? */
function sets(e: Effect, c: Condition): boolean {
  if (c.type === 'flag') return e.type === 'flag' && e.flag === c.flag && e.value === c.is;
  if (c.type === 'posture') return e.type === 'posture' && e.side === c.side && c.in.includes(e.value);
  if (c.type === 'government') return e.type === 'government' && c.in.includes(e.value);
  return false;
}

/** The conditions of a `when` that hold in the final state (an `any` group by its members). */
function holding(when: When, state: GameState, test: (c: Condition) => boolean): Condition[] {
  const out: Condition[] = [];
  for (const c of when) {
    if (c.type === 'any') out.push(...c.of.filter(test));
    else if (test(c)) out.push(c);
  }
  return out;
}

const isStateCondition = (c: Condition): boolean => c.type === 'flag' || c.type === 'posture' || c.type === 'government';

function holds(state: GameState, c: Condition): boolean {
  const n = state.national;
  if (c.type === 'flag') return (n.flags[c.flag] ?? false) === c.is;
  if (c.type === 'posture') return c.in.includes(n.postures[c.side]);
  if (c.type === 'government') return c.in.includes(n.government);
  return false;
}

/**
 * The choices that led to the game's ending, in the order they were taken. `dayEnds` are the
 * states at the end of each day of the game (each holding its day's report), first day first.
 */
export function pathToOutcome(scenario: Scenario, dayEnds: readonly GameState[]): PathStep[] {
  const final = dayEnds[dayEnds.length - 1];
  const outcome = scenario.outcomes.find((o) => o.id === final?.outcome?.id);
  if (!final || !outcome) return [];
  const rules = rulesFor(scenario);
  const decisionOf = (id: string) => rules.decisions.get(id) ?? scenario.leadIn?.decisions.find((d) => d.id === id);
  const flagLabel = (id: string): string => scenario.flags.find((f) => f.id === id)?.label ?? id;
  const sideName = (id: string): string => scenario.sides.find((s) => s.id === id)?.name ?? id;
  const describe = (c: Condition): string => {
    if (c.type === 'flag') return c.is ? flagLabel(c.flag) : say('not', { flag: flagLabel(c.flag) });
    if (c.type === 'posture') return `${sideName(c.side)}: ${either(c.in.map(postureWord))}`;
    if (c.type === 'government') return either(c.in.map(governmentWords));
    return c.type;
  };
  const steps = new Map<string, PathStep>();
  const seen = new Set<string>();

  // The day the condition last became true (it held from then to the end), and the choice
  // (or development) of that day whose effects made it so.
  const explain = (c: Condition, depth: number): void => {
    const key = JSON.stringify(c);
    if (seen.has(key) || depth > 3) return;
    seen.add(key);
    let day = dayEnds.length - 1;
    while (day > 0 && holds(dayEnds[day - 1]!, c)) day--;
    const r: DayReport | null = dayEnds[day]!.report;
    if (!r) return;
    for (let j = r.decisions.length - 1; j >= 0; j--) {
      const d = r.decisions[j]!;
      const def = decisionOf(d.decision);
      const option = def?.options.find((o) => o.id === d.option);
      if (!def || !option || !option.effects.some((e) => sets(e, c))) continue;
      if (!steps.has(d.decision)) {
        steps.set(d.decision, { date: r.date, decision: d.decision, title: def.title, side: d.side, option: d.option, label: option.label, historical: d.historical, by: d.by, chance: d.chance, kind: 'made', because: describe(c) });
      }
      // The choice stood on its premise (Whirlwind is launched only once it is prepared): follow it back too.
      const before = day > 0 ? dayEnds[day - 1]! : null;
      if (before) for (const inner of holding(def.when ?? [], before, (x) => isStateCondition(x) && holds(before, x))) explain(inner, depth + 1);
      return;
    }
    for (const id of r.developments) {
      const dev = scenario.developments.find((x) => x.id === id);
      if (!dev || !dev.effects.some((e) => sets(e, c))) continue;
      // A development came of earlier choices: follow its own conditions back.
      for (const inner of holding(dev.when ?? [], final, (x) => isStateCondition(x) && holds(final, x))) explain(inner, depth + 1);
      return;
    }
  };
  const conditions = holding(outcome.when, final, (x) => holds(final, x));
  for (const c of conditions) explain(c, 0);

  // Choices that left history where history's option would have undone the ending: its own
  // effects, or a development those effects would have set off (Whirlwind launched, the attack at dawn).
  dayEnds.forEach((end, day) => {
    const r = end.report;
    if (!r) return;
    for (const d of r.decisions) {
      if (d.historical || steps.has(d.decision)) continue;
      const def = decisionOf(d.decision);
      const history = def?.options.find((o) => o.historical);
      if (!def || !history) continue;
      const effects: Effect[] = [...history.effects];
      for (const dev of scenario.developments) {
        const needs = (dev.when ?? []).filter((w): w is Condition => w.type === 'flag');
        if (needs.length && needs.every((w) => history.effects.some((e) => sets(e, w)) || holds(final, w))) effects.push(...dev.effects);
      }
      // Only a condition that held from that day to the end: a later turn would have undone it otherwise.
      const undone = conditions.find((c) => effects.some((e) => breaks(e, c)) && dayEnds.slice(day).every((x) => holds(x, c)));
      if (!undone) continue;
      const option = def.options.find((o) => o.id === d.option);
      steps.set(d.decision, { date: r.date, decision: d.decision, title: def.title, side: d.side, option: d.option, label: option?.label ?? d.option, historical: false, by: d.by, chance: d.chance, kind: 'averted', because: describe(undone) });
    }
  });
  return [...steps.values()].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}
