// Indexes over a scenario, built once per game: the engine looks things up by id on
// every turn and must not search lists to do it.
import type { Scenario } from '../scenario/resolve';
import type { Area, Decision, Development, Option, Order, Side } from '../scenario/schema';
import type { AreaState } from './types';

/** The metrics the model computes; a scenario must define each one. */
export const MODEL_METRICS = [
  'hungarianDead', 'hungarianWounded', 'sovietDead', 'sovietWounded', 'refugees', 'prisonersFreed', 'councils',
  'sovietTroops', 'sovietTanks', 'fighters',
] as const;

export interface Rules {
  scenario: Scenario;
  sides: Map<string, Side>;
  areas: Map<string, Area>;
  areaIds: string[];
  /** Every area id as a key, in order, in a fast-mode object: copied to start each day's areas (step.ts). */
  areaSlots: Readonly<Record<string, AreaState>>;
  budapest: string[];
  country: string[];
  decisions: Map<string, Decision>;
  decisionsByDate: Map<string, Decision[]>;
  developmentsByDate: Map<string, Development[]>;
  orders: Map<string, Order>;
  option(decision: string, option: string): Option | undefined;
}

const rulesCache = new WeakMap<Scenario, Rules>();

export function rulesFor(scenario: Scenario): Rules {
  const cached = rulesCache.get(scenario);
  if (cached) return cached;
  const missing = MODEL_METRICS.filter((m) => !scenario.metrics.some((x) => x.id === m));
  if (missing.length) throw new Error(`scenario "${scenario.id}" does not define the metrics the model computes: ${missing.join(', ')}`);
  const group = <T extends { date: string }>(list: T[]): Map<string, T[]> => {
    const m = new Map<string, T[]>();
    for (const item of list) m.set(item.date, [...(m.get(item.date) ?? []), item]);
    return m;
  };
  const options = new Map<string, Option>();
  for (const d of scenario.decisions) for (const o of d.options) options.set(`${d.id}\u0000${o.id}`, o);
  const rules: Rules = {
    scenario,
    sides: new Map(scenario.sides.map((s) => [s.id, s])),
    areas: new Map(scenario.areas.map((a) => [a.id, a])),
    areaIds: scenario.areas.map((a) => a.id),
    // Object.fromEntries makes a fast-mode object; keys assigned one by one would not.
    areaSlots: Object.fromEntries(scenario.areas.map((a) => [a.id, null])) as unknown as Record<string, AreaState>,
    budapest: scenario.areas.filter((a) => a.region === 'buda' || a.region === 'pest' || a.region === 'csepel').map((a) => a.id),
    country: scenario.areas.filter((a) => a.region === 'country').map((a) => a.id),
    decisions: new Map(scenario.decisions.map((d) => [d.id, d])),
    decisionsByDate: group(scenario.decisions),
    developmentsByDate: group(scenario.developments),
    orders: new Map(scenario.orders.map((o) => [o.id, o])),
    option: (decision, option) => options.get(`${decision}\u0000${option}`),
  };
  rulesCache.set(scenario, rules);
  return rules;
}
