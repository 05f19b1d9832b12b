// What the day's animation shows, worked out from the morning's state, the evening's and
// the day's report: columns moving along the roads, fighting, crowds, areas changing
// hands, people fleeing to the border. Pure: the scene only plays the plan.
import type { DayReport, GameState } from '../../engine';
import type { Scenario } from '../../scenario/resolve';
import type { AreaShape, MapGeography } from './geography';
import { approaches } from './geography';
import type { Pt } from './geom';

export interface Movement {
  side: string;
  path: Pt[];
  /** How many marks travel: a few for a small move, a dozen for a division. */
  count: number;
  kind: 'column' | 'gather' | 'disperse';
  inset: boolean;
  strength: number;
}

export interface Fight {
  area: string;
  at: Pt;
  /** 0–1, from the day's dead. */
  intensity: number;
  inset: boolean;
}

export interface Crowd {
  area: string;
  at: Pt;
  size: number;
}

export interface Change {
  area: string;
  from: string;
  to: string;
}

export interface Flight {
  path: Pt[];
  count: number;
}

export interface DayPlan {
  movements: Movement[];
  fights: Fight[];
  crowds: Crowd[];
  changes: Change[];
  flights: Flight[];
  councils: Pt[];
}

const MOVING = ['soviet', 'army', 'avh', 'revolutionaries', 'kadar', 'government'];

/**
 * The way a column comes in to a point: along the road into the city that passes nearest
 * it, from the road's outer end to that nearest point, then to the point itself.
 */
function roadTo(roads: Pt[][], to: Pt): Pt[] {
  let best: Pt[] = [to];
  let bestD = Infinity;
  for (const r of roads) {
    r.forEach((p, i) => {
      const d = Math.hypot(p[0] - to[0], p[1] - to[1]);
      if (d < bestD) {
        bestD = d;
        best = [...r.slice(0, i + 1), to];
      }
    });
  }
  return best;
}

export function planDay(scenario: Scenario, shapes: Map<string, AreaShape>, geo: MapGeography, before: GameState, after: GameState, report: DayReport): DayPlan {
  const plan: DayPlan = { movements: [], fights: [], crowds: [], changes: [], flights: [], councils: [] };
  const roads = approaches(geo.city);
  const nearestRoad = (to: Pt): Pt[] => roadTo(roads, to);
  const USSR_BORDER: Pt = geo.country.lonLat([22.75, 48.15]);
  const neighbours = new Map(scenario.areas.map((a) => [a.id, a.neighbours]));
  const pointOf = (id: string): Pt => shapes.get(id)?.point ?? [0, 0];
  const inset = (id: string): boolean => shapes.get(id)?.inset ?? false;

  const budapest = geo.country.capital;
  for (const side of MOVING) {
    const delta = new Map<string, number>();
    for (const a of scenario.areas) {
      const was = before.areas[a.id]?.forces[side] ?? 0;
      const now = after.areas[a.id]?.forces[side] ?? 0;
      const d = now - was;
      if (Math.abs(d) >= Math.max(15, was * 0.08)) delta.set(a.id, d);
    }
    const losses = new Map([...delta].filter(([, d]) => d < 0).map(([id, d]) => [id, -d]));
    const gains = [...delta].filter(([, d]) => d > 0).sort((a, b) => b[1] - a[1]);
    const army = side === 'soviet' || side === 'kadar';
    const marks = (n: number): number => Math.max(2, Math.min(12, Math.round(Math.sqrt(n) / 3)));
    // Unmatched moves between the city and the country go by way of Budapest in the inset.
    const cityGains = gains.some(([id]) => !inset(id) && !(neighbours.get(id) ?? []).some((n) => losses.has(n)));
    const cityLosses = [...losses.keys()].some((id) => !inset(id));
    for (const [id, gain] of gains) {
      const count = marks(gain);
      const source = (neighbours.get(id) ?? []).filter((n) => (losses.get(n) ?? 0) > 0).sort((a, b) => losses.get(b)! - losses.get(a)!)[0];
      const to = pointOf(id);
      if (source) {
        losses.set(source, Math.max(0, losses.get(source)! - gain));
        plan.movements.push({ side, path: [pointOf(source), to], count, kind: 'column', inset: inset(id), strength: gain });
      } else if (army && inset(id)) {
        // The first morning's garrison is already in its barracks: nothing moves.
        if (report.day === 0 && !cityLosses) continue;
        plan.movements.push({ side, path: [cityLosses ? budapest : USSR_BORDER, to], count, kind: 'column', inset: true, strength: gain });
      } else if (army) {
        plan.movements.push({ side, path: nearestRoad(to), count, kind: 'column', inset: false, strength: gain });
      } else {
        plan.movements.push({ side, path: [to], count, kind: 'gather', inset: inset(id), strength: gain });
      }
    }
    for (const [id, loss] of losses) {
      if (loss < 15) continue;
      const count = Math.max(2, Math.min(10, Math.round(Math.sqrt(loss) / 3)));
      const from = pointOf(id);
      if (army && !inset(id)) {
        plan.movements.push({ side, path: nearestRoad(from).reverse(), count, kind: 'column', inset: false, strength: loss });
      } else if (army) {
        plan.movements.push({ side, path: [from, cityGains ? budapest : USSR_BORDER], count, kind: 'column', inset: true, strength: loss });
      } else {
        plan.movements.push({ side, path: [from], count, kind: 'disperse', inset: inset(id), strength: loss });
      }
    }
  }

  for (const r of report.areas) {
    const dead = r.dead + r.sovietDead;
    if (r.fighting <= 0 && dead <= 0) continue;
    plan.fights.push({ area: r.area, at: pointOf(r.area), intensity: Math.max(0.15, Math.min(1, Math.log10(dead + 1) / 2.5)), inset: inset(r.area) });
    if (r.controlBefore !== r.controlAfter) plan.changes.push({ area: r.area, from: r.controlBefore, to: r.controlAfter });
  }
  for (const c of report.clashes) {
    plan.fights.push({ area: c.area, at: pointOf(c.area), intensity: Math.max(0.3, Math.min(1, Math.log10(c.dead + 1) / 2.2)), inset: inset(c.area) });
  }
  // Control that changed without a fight (by a decision's effect) changes too.
  for (const a of scenario.areas) {
    const was = before.areas[a.id]?.control;
    const now = after.areas[a.id]?.control;
    if (was && now && was !== now && !plan.changes.some((c) => c.area === a.id)) plan.changes.push({ area: a.id, from: was, to: now });
  }

  for (const a of scenario.areas) {
    const s = after.areas[a.id];
    if (!s || inset(a.id)) continue;
    if (s.unrest >= 45 && s.control !== 'soviet' && s.control !== 'kadar') plan.crowds.push({ area: a.id, at: pointOf(a.id), size: Math.round(s.unrest / 12) });
  }
  for (const a of scenario.areas) {
    if (after.areas[a.id]?.council && !before.areas[a.id]?.council) plan.councils.push(pointOf(a.id));
  }

  const refugees = report.national.refugees;
  if (refugees > 0) {
    const border = scenario.areas.find((a) => a.kind === 'border');
    const to = border ? pointOf(border.id) : geo.country.lonLat([16.9, 47.9]);
    const count = Math.max(2, Math.min(24, Math.round(Math.log10(refugees + 1) * 5)));
    const starts: Pt[] = [geo.country.capital, ...['gyor', 'sopron', 'mosonmagyarovar'].filter((id) => shapes.has(id)).map(pointOf)];
    starts.forEach((from, i) => plan.flights.push({ path: [from, to], count: Math.max(1, Math.round(count / (i === 0 ? 2 : 6))) }));
  }
  return plan;
}
