// The roles' objectives, scored over the final state: each one is met ("yes") when every
// condition of its `met` holds, partly met when, failing that, every condition of its
// `partly` does, and not met otherwise; the detail names the figures it was judged by.
// One function for the end screen, the report, the command line and the class comparison.
import { rulesFor } from '../engine';
import type { GameState, Rules } from '../engine';
import { allHold, share } from '../engine/conditions';
import type { Scenario } from '../scenario/resolve';
import type { Condition, NationalKey, Objective, When } from '../scenario/schema';

export type ObjectiveMet = 'yes' | 'partly' | 'no';

export interface ObjectiveScore {
  side: string;
  id: string;
  text: string;
  met: ObjectiveMet;
  /** The figures it was judged by, with the thresholds: "Hungarian dead 1,323 (yes at most 1,500; partly at most 2,500)". */
  detail: string;
}

/** The national figures in words (the data has no labels for them). */
const NATIONAL: Record<NationalKey, string> = {
  momentum: 'the revolution’s momentum',
  authority: 'the government’s authority',
  armyLoyalty: 'the army’s loyalty to the government',
  sovietResolve: 'Soviet resolve to use force',
  westAttention: 'the West’s attention',
  borderOpen: 'how open the border is',
  strike: 'the strike',
  sovietRestraint: 'Soviet restraint',
  repression: 'repression',
};

const GOVERNMENTS: Record<string, string> = {
  'gero-hegedus': 'Gerő and Hegedüs',
  nagy: 'Imre Nagy',
  'nagy-coalition': 'Nagy’s coalition',
  kadar: 'Kádár’s government',
  'hardline-restored': 'the hardliners restored',
};

/** 1234567 → "1,234,567": the same in Node and in every browser (the report is verified by re-deriving it). */
export function grouped(v: number): string {
  const r = Math.round(v);
  const digits = String(Math.abs(r)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return r < 0 ? `−${digits}` : digits;
}

const REGIONS: Record<string, string> = { budapest: 'Budapest', country: 'the country', all: 'all areas' };

function bounds(min: number | undefined, max: number | undefined, fmt: (v: number) => string): string {
  if (min !== undefined && max !== undefined) return `${fmt(min)}–${fmt(max)}`;
  if (min !== undefined) return `at least ${fmt(min)}`;
  if (max !== undefined) return `at most ${fmt(max)}`;
  return '';
}

/** What one condition looks at, as a key (two conditions on one figure share it), the figure in words, and its threshold. */
interface Reading {
  key: string;
  figure: string;
  threshold: string;
}

function reading(rules: Rules, state: GameState, c: Condition): Reading {
  const s = rules.scenario;
  const sideName = (id: string): string => (rules.sides.get(id)?.name ?? id).replace(/^The /, 'the ');
  const pct = (v: number): string => `${Math.round(v * 100)}%`;
  switch (c.type) {
    case 'metric': {
      const label = s.metrics.find((m) => m.id === c.metric)?.label ?? c.metric;
      return { key: `metric:${c.metric}`, figure: `${label} ${grouped(state.metrics[c.metric] ?? 0)}`, threshold: bounds(c.min, c.max, grouped) };
    }
    case 'national':
      return { key: `national:${c.key}`, figure: `${NATIONAL[c.key]} ${Math.round(state.national.values[c.key])} of 100`, threshold: bounds(c.min, c.max, (v) => String(v)) };
    case 'flag': {
      const label = s.flags.find((f) => f.id === c.flag)?.label ?? c.flag;
      return { key: `flag:${c.flag}`, figure: `${label}: ${(state.national.flags[c.flag] ?? false) ? 'yes' : 'no'}`, threshold: '' };
    }
    case 'posture':
      return { key: `posture:${c.side}`, figure: `${sideName(c.side)}: ${state.national.postures[c.side]}`, threshold: '' };
    case 'government':
      return { key: 'government', figure: `the government: ${GOVERNMENTS[state.national.government] ?? state.national.government}`, threshold: '' };
    case 'control': {
      const area = rules.areas.get(c.area)?.name ?? c.area;
      return { key: `control:${c.area}`, figure: `${area} held by ${sideName(state.areas[c.area]!.control)}`, threshold: '' };
    }
    case 'share': {
      const v = share(rules, state, c.region, c.sides);
      // One side by its name; several by their short names ("Government, ÁVH, Army, Soviet").
      const who = c.sides.length === 1 ? sideName(c.sides[0]!) : c.sides.map((id) => rules.sides.get(id)?.short ?? id).join(', ');
      return { key: `share:${c.region}:${c.sides.join('+')}`, figure: `${who} ${c.sides.length === 1 ? 'holds' : 'hold'} ${pct(v)} of ${REGIONS[c.region]}`, threshold: bounds(c.min, c.max, pct) };
    }
    case 'chosen': {
      const d = rules.decisions.get(c.decision) ?? s.leadIn?.decisions.find((x) => x.id === c.decision);
      const chosen = state.chosen[c.decision];
      const option = chosen ? (d?.options.find((o) => o.id === chosen.option)?.label ?? chosen.option) : 'not taken';
      return { key: `chosen:${c.decision}`, figure: `${d?.title ?? c.decision}: ${option}`, threshold: '' };
    }
  }
}

/** The readings of a check, an `any` group by each of its members. */
function readings(rules: Rules, state: GameState, check: When): Reading[] {
  return check.flatMap((c) => (c.type === 'any' ? c.of.map((x) => reading(rules, state, x)) : [reading(rules, state, c)]));
}

function detailOf(rules: Rules, state: GameState, o: Objective): string {
  const figures = new Map<string, { figure: string; thresholds: string[] }>();
  const add = (check: When | undefined, label: ObjectiveMet): void => {
    for (const r of readings(rules, state, check ?? [])) {
      const entry = figures.get(r.key) ?? { figure: r.figure, thresholds: [] };
      // A threshold partly met shares with met is said once.
      if (r.threshold && !entry.thresholds.some((t) => t.endsWith(` ${r.threshold}`))) entry.thresholds.push(`${label} ${r.threshold}`);
      figures.set(r.key, entry);
    }
  };
  add(o.met, 'yes');
  add(o.partly, 'partly');
  return [...figures.values()].map((f) => (f.thresholds.length ? `${f.figure} (${f.thresholds.join('; ')})` : f.figure)).join('; ');
}

/** Score one objective over a final state. */
export function scoreObjective(rules: Rules, state: GameState, side: string, o: Objective): ObjectiveScore {
  const met: ObjectiveMet = allHold(rules, state, o.met) ? 'yes' : o.partly && allHold(rules, state, o.partly) ? 'partly' : 'no';
  return { side, id: o.id, text: o.text, met, detail: detailOf(rules, state, o) };
}

/** Every role's objectives, in the scenario's order of roles, scored over the game's final state. */
export function scoreObjectives(scenario: Scenario, final: GameState): ObjectiveScore[] {
  const rules = rulesFor(scenario);
  return scenario.roles.flatMap((r) => r.objectives.map((o) => scoreObjective(rules, final, r.side, o)));
}
