// "Because you…": the thread from a player's choice to what followed. A later choice of
// another side is tied to it when one of the reasons that weighed for that choice has a
// condition the player's option made true (a flag it set, a posture, the government, the
// choice itself, a figure it moved); a choice nobody answered is tied to the figures it
// moved. Read only from the day reports and the scenario's data: pure.
import type { GameState, ReportedDecision } from '../engine';
import type { Scenario } from '../scenario/resolve';
import type { Condition, Effect, Option } from '../scenario/schema';
import { historyWords, say } from './language';

/** A player's choice, where it was taken. */
export interface PlayerChoice {
  date: string;
  /** Its place in that day's order of decisions. */
  order: number;
  decision: ReportedDecision;
  option: Option;
}

/** Another side's choice today, with the reason of it that the player's choice made true. */
export interface Answer {
  cause: PlayerChoice;
  decision: ReportedDecision;
  /** The reason (its label and weight, as the report keeps it). */
  reason: { label: string; value: number };
  /** How the player's option bears on the reason's condition: "set", "moved" (a figure). */
  how: 'set' | 'moved';
}

/** A figure or fact a player's option changed today. */
export interface Moved {
  cause: PlayerChoice;
  /** In words: "the revolution's momentum rose by 20", "Neutrality declared". */
  text: string;
}

/** A national figure in words ("the revolution’s momentum"): a message for each known key; an unknown key is told as it is. */
const NATIONAL_KEYS = new Set(['momentum', 'authority', 'armyLoyalty', 'sovietResolve', 'westAttention', 'borderOpen', 'strike', 'sovietRestraint', 'repression']);
const nationalWords = (key: string): string => (NATIONAL_KEYS.has(key) ? say(`national.${key}`) : key);

/** The conditions of a `when`, an `any` group by its members. */
function flat(when: readonly (Condition | { type: 'any'; of: Condition[] })[] | undefined): Condition[] {
  const out: Condition[] = [];
  for (const c of when ?? []) {
    if (c.type === 'any') out.push(...c.of);
    else out.push(c);
  }
  return out;
}

/** Does the option, taken, make the condition true (or move the figure it reads the right way)? */
function bears(option: Option, decisionId: string, c: Condition): 'set' | 'moved' | null {
  const effects: Effect[] = option.effects;
  switch (c.type) {
    case 'chosen': {
      if (c.decision !== decisionId) return null;
      const same = c.option === undefined || c.option === option.id;
      return same !== c.not ? 'set' : null;
    }
    case 'flag':
      return effects.some((e) => e.type === 'flag' && e.flag === c.flag && e.value === c.is) ? 'set' : null;
    case 'posture':
      return effects.some((e) => e.type === 'posture' && e.side === c.side && c.in.includes(e.value)) ? 'set' : null;
    case 'government':
      return effects.some((e) => e.type === 'government' && c.in.includes(e.value)) ? 'set' : null;
    case 'control':
      return effects.some((e) => e.type === 'control' && e.area === c.area && c.sides.includes(e.side)) ? 'set' : null;
    case 'national': {
      const up = c.min !== undefined;
      return effects.some((e) => e.type === 'national' && e.key === c.key && e.add !== undefined && (up ? e.add > 0 : e.add < 0)) ? 'moved' : null;
    }
    default:
      return null;
  }
}

/** Did the condition already hold before the player's choice (so the choice did not make it)? */
function heldBefore(state: GameState | undefined, c: Condition): boolean {
  if (!state) return false;
  const n = state.national;
  if (c.type === 'flag') return (n.flags[c.flag] ?? false) === c.is;
  if (c.type === 'posture') return c.in.includes(n.postures[c.side]);
  if (c.type === 'government') return c.in.includes(n.government);
  return false;
}

/** Every choice the players made up to and including the day `index`, in the order taken. */
export function playerChoices(scenario: Scenario, dayEnds: readonly GameState[], index: number): PlayerChoice[] {
  const out: PlayerChoice[] = [];
  for (let i = 0; i <= index && i < dayEnds.length; i++) {
    const r = dayEnds[i]!.report;
    if (!r) continue;
    r.decisions.forEach((d, order) => {
      if (d.by !== 'player') return;
      const option = scenario.decisions.find((x) => x.id === d.decision)?.options.find((o) => o.id === d.option);
      if (option) out.push({ date: r.date, order, decision: d, option });
    });
  }
  return out;
}

/**
 * The other sides' choices of day `index` that answered a player's choice (that day's
 * earlier ones, or any day's before): for each, the strongest reason a player's choice made
 * true, and the latest choice that made it.
 */
export function answers(scenario: Scenario, dayEnds: readonly GameState[], index: number): Answer[] {
  const report = dayEnds[index]?.report;
  if (!report) return [];
  const mine = playerChoices(scenario, dayEnds, index);
  const dayOf = new Map(dayEnds.map((s, i) => [s.report?.date ?? '', i]));
  const out: Answer[] = [];
  report.decisions.forEach((d, order) => {
    if (d.by === 'player') return;
    const option = scenario.decisions.find((x) => x.id === d.decision)?.options.find((o) => o.id === d.option);
    if (!option) return;
    for (const reason of d.why) {
      if (reason.value <= 0) continue;
      const appeal = option.appeal.find((a) => a.factor === reason.label);
      if (!appeal) continue;
      const conditions = flat(appeal.when);
      const scaled: Condition[] = appeal.scale?.national ? [{ type: 'national', key: appeal.scale.national, ...(appeal.scale.to > appeal.scale.from ? { min: appeal.scale.from } : { max: appeal.scale.from }) }] : [];
      // The latest of the players' choices before this one that made the reason's condition
      // true; failing that, the latest that moved the figure it grows with.
      const before = mine.filter((p) => p.date < report.date || p.order < order).reverse();
      const link = (want: 'set' | 'moved'): PlayerChoice | undefined =>
        before.find((p) => {
          const morning = dayEnds[(dayOf.get(p.date) ?? 0) - 1];
          return [...conditions, ...scaled].some((c) => bears(p.option, p.decision.decision, c) === want && !(want === 'set' && heldBefore(morning, c)));
        });
      const set = link('set');
      const cause = set ?? link('moved');
      if (cause) {
        out.push({ cause, decision: d, reason, how: set ? 'set' : 'moved' });
        return;
      }
    }
  });
  return out;
}

/** What a player's choice of today changed: the flags it set, the figures it moved most, a clash it brought. */
export function moved(scenario: Scenario, state: GameState, choice: PlayerChoice): Moved[] {
  const out: Moved[] = [];
  const flags = new Map((scenario.flags ?? []).map((f) => [f.id, f.label]));
  for (const e of choice.option.effects) {
    if (e.type === 'clash') {
      const c = state.report?.clashes.find((x) => x.label === e.label);
      if (c) out.push({ cause: choice, text: say('moved.clash', { label: c.label, dead: historyWords().number(c.dead) }) });
    }
  }
  const figures = choice.option.effects
    .filter((e): e is Extract<Effect, { type: 'national' }> => e.type === 'national' && e.add !== undefined && e.add !== 0)
    .sort((a, b) => Math.abs(b.add!) - Math.abs(a.add!))
    .slice(0, 2);
  for (const e of figures) out.push({ cause: choice, text: say('moved.figure', { what: nationalWords(e.key), way: e.add! > 0 ? 'up' : 'down', by: String(Math.abs(e.add!)) }) });
  for (const e of choice.option.effects) {
    if (e.type === 'flag' && e.value && flags.has(e.flag)) out.push({ cause: choice, text: flags.get(e.flag)! });
  }
  return out;
}
