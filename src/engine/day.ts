// The resolution of one day: the choices still open are taken, their effects and the
// day's developments applied, then each area and the country resolved, the report
// written, and the next day opened. `step` runs it on a working copy of the state (the
// parts a day writes, copied; the rest shared and frozen), never on a frozen state.
import type { AreaResult, DayReport, Factor, GameState, ReportedDecision } from './types';
import type { Rules } from './rules';
import { MODEL_METRICS } from './rules';
import { allHold } from './conditions';
import { applyEffect } from './effects';
import type { EffectLog } from './effects';
import { choose, reasonsFor } from './policies';
import { dayStances, resolveArea } from './model/areas';
import { resolveNational } from './model/national';
import { updateSovietForces } from './model/soviet';
import { addDays } from '../lib/dates';
import { evaluateOutcome } from './outcome';
import { UNASKED_FALLBACK } from './unasked';
import type { UnaskedDecision } from './unasked';

/**
 * Take today's open decisions in the scenario's order, each in the world the earlier ones
 * left: a player's choice as made, a forced one as forced, the rest by the side's policy,
 * which reads the state after the day's earlier decisions took effect.
 */
function takeDecisions(rules: Rules, s: GameState, log: EffectLog, stopAt?: string): { decisions: ReportedDecision[]; dropped: UnaskedDecision[] } {
  const reported: ReportedDecision[] = [];
  const dropped: UnaskedDecision[] = [];
  for (const id of s.open) {
    if (id === stopAt) break;
    const decision = rules.decisions.get(id)!;
    let choice = s.chosen[id];
    // A decision nobody has taken yet is dropped when the day's earlier decisions settled
    // its premise (no demonstration, so no crowd at the Radio); a player's choice stands.
    if (!choice && !allHold(rules, s, decision.when)) {
      const entry = decision.unasked.find((u) => allHold(rules, s, u.when));
      dropped.push({ decision: id, side: decision.actor, title: decision.title, why: entry?.text ?? UNASKED_FALLBACK });
      continue;
    }
    let chance: number | null = null;
    let why: Factor[];
    let against: Factor[] = [];
    if (choice) {
      why = reasonsFor(rules, s, rules.option(id, choice.option)!);
    } else {
      const forced = s.config.forced[id];
      if (forced) {
        choice = { option: forced, side: decision.actor, date: s.date, by: 'forced' };
        why = [{ label: 'Forced for this game (what if?)', value: 1 }, ...reasonsFor(rules, s, rules.option(id, forced)!)];
      } else {
        const controller = s.config.roles[decision.actor] ?? 'reactive';
        const policy = controller === 'player' ? 'reactive' : controller;
        const picked = choose(rules, s, decision, policy);
        choice = { option: picked.option, side: decision.actor, date: s.date, by: policy };
        chance = picked.chance;
        why = picked.why;
        against = picked.against;
      }
      // The working copy shares yesterday's (frozen) choices until the first new one.
      if (Object.isFrozen(s.chosen)) s.chosen = { ...s.chosen };
      s.chosen[id] = choice;
    }
    const option = rules.option(id, choice.option)!;
    for (const e of option.effects) applyEffect(rules, s, e, id, log);
    reported.push({
      decision: id,
      side: decision.actor,
      option: choice.option,
      historical: option.historical,
      by: choice.by,
      ...(choice.reason ? { reason: choice.reason } : {}),
      chance,
      why,
      against,
    });
  }
  return { decisions: reported, dropped };
}

/**
 * The world as one of today's decisions meets it: a copy of the morning with the day's
 * earlier decisions taken (as the day would take them). For explaining a choice, not for play.
 */
export function worldBefore(rules: Rules, morning: GameState, decision: string): GameState {
  const s = JSON.parse(JSON.stringify(morning)) as GameState;
  takeDecisions(rules, s, { clashes: [] }, decision);
  return s;
}

export function resolveDay(rules: Rules, s: GameState): void {
  const log: EffectLog = { clashes: [] };

  // The morning's news came when the day opened (openNextDay); the rest follows the decisions.
  const developments: string[] = [...s.news];
  const { decisions, dropped } = takeDecisions(rules, s, log);
  for (const dev of rules.developmentsByDate.get(s.date) ?? []) {
    if (dev.morning || !allHold(rules, s, dev.when)) continue;
    for (const e of dev.effects) applyEffect(rules, s, e, dev.id, log);
    developments.push(dev.id);
  }

  updateSovietForces(rules, s);
  const areas: AreaResult[] = [];
  let deadToday = 0;
  const stances = dayStances(s);
  for (const id of rules.areaIds) {
    const r = resolveArea(rules, s, id, stances);
    deadToday += r.dead;
    s.metrics.hungarianDead! += r.dead;
    s.metrics.hungarianWounded! += r.wounded;
    s.metrics.sovietDead! += r.sovietDead;
    s.metrics.sovietWounded! += Math.round(r.sovietDead * rules.scenario.model.woundedPerDeadSoviet.value);
    if (r.fighting > 0 || r.dead > 0 || r.controlAfter !== r.controlBefore) areas.push(r);
  }
  for (const c of log.clashes) deadToday += c.dead;
  const national = resolveNational(rules, s, deadToday);

  const metrics: Record<string, number> = {};
  for (const m of MODEL_METRICS) metrics[m] = s.metrics[m]!;
  const report: DayReport = { day: s.day, date: s.date, decisions, dropped, developments, clashes: log.clashes, areas, national, metrics };
  s.report = report;
  openNextDay(rules, s);
}

/** Move to the next day, or end the game: at the last day, or early where an outcome says so. */
export function openNextDay(rules: Rules, s: GameState): void {
  const last = s.date >= rules.scenario.end;
  const early = rules.scenario.outcomes.find((o) => o.endsEarly && allHold(rules, s, o.when));
  if (last || early) {
    s.status = 'over';
    s.open = [];
    s.outcome = evaluateOutcome(rules, s);
    return;
  }
  s.day += 1;
  s.date = addDays(s.date, 1);
  openDay(rules, s);
}

/** A day opens: the morning's news takes effect (so the day's decisions weigh it), then the decisions open. */
export function openDay(rules: Rules, s: GameState): void {
  const news: string[] = [];
  const log: EffectLog = { clashes: [] };
  for (const dev of rules.developmentsByDate.get(s.date) ?? []) {
    if (!dev.morning || !allHold(rules, s, dev.when)) continue;
    for (const e of dev.effects) applyEffect(rules, s, e, dev.id, log);
    news.push(dev.id);
  }
  s.news = news;
  openDecisions(rules, s);
}

export function openDecisions(rules: Rules, s: GameState): void {
  s.open = (rules.decisionsByDate.get(s.date) ?? [])
    .filter((d) => {
      const side = rules.sides.get(d.actor)!;
      return !(d.id in s.chosen) && (!side.activeFrom || side.activeFrom <= s.date) && allHold(rules, s, d.when);
    })
    .map((d) => d.id);
}
