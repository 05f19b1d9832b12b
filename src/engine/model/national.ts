// The day across the country: councils forming, prisoners freed, people crossing to
// Austria, the national mood. Each figure draws from its own stream.
import type { GameState, NationalResult } from '../types';
import type { Rules } from '../rules';
import { share } from '../conditions';
import { clamp } from '../effects';
import { logNormal, stream } from '../random';
import { isInvasion } from './stances';

const round2 = (v: number): number => Math.round(v * 100) / 100;

/** The day's luck in one national figure, from its own stream. */
function luckOf(s: GameState, noise: number, purpose: string): number {
  const r = stream(s.seed, s.date, 'national', purpose);
  return logNormal(r.next(), r.next(), noise / 2);
}

export function resolveNational(rules: Rules, s: GameState, deadToday: number): NationalResult {
  const n = s.national;
  const v = n.values;
  const p = rules.scenario.model;
  const invasion = isInvasion(n);
  const m = s.metrics;

  // Councils spread from council to council, as far as the mood carries them;
  // an occupation stifles new ones.
  const councilsBefore = m.councils!;
  const mood = v.momentum / 100;
  const grow = mood > 0.3
    ? p.councilGrowth.value * mood * (0.5 + v.strike / 100) * (councilsBefore + 15) * Math.max(0, 1 - councilsBefore / p.councilCapacity.value) * (invasion ? 0.1 : 1) * luckOf(s, p.noise.value, 'councils')
    : 0;
  m.councils = Math.round(councilsBefore + grow);
  // An area has its council once councils are common enough to reach its kind of place.
  for (const id of rules.areaIds) {
    const def = rules.areas.get(id)!;
    const a = s.areas[id]!;
    const reach = def.character.includes('industrial') || def.character.includes('university') ? 0.05 : def.kind === 'town' ? 0.15 : 0.35;
    if (!a.council && m.councils >= reach * p.councilCapacity.value && a.unrest > 25) a.council = true;
  }

  // Prisoners: freed where the revolution (or Nagy's coalition) holds the ground, and by an
  // amnesty. The prisons were mostly outside the capital, so the countryside counts for more.
  const friends = n.government === 'nagy-coalition' ? ['revolutionaries', 'government', 'army'] : ['revolutionaries'];
  const amnesty = n.flags['amnesty'] === true;
  // Without an amnesty the prisons open only where the revolution breaks them open, and slower.
  const held = (0.75 * share(rules, s, 'country', friends) + 0.25 * share(rules, s, 'budapest', friends)) * (amnesty ? 1 : 0.5);
  const freedBefore = m.prisonersFreed!;
  const remaining = Math.max(0, p.prisonerPool.value - freedBefore);
  const release = invasion ? 0 : remaining * Math.min(0.6, p.prisonerRelease.value * (held + (amnesty ? 0.7 : 0))) * luckOf(s, p.noise.value, 'prisoners');
  m.prisonersFreed = Math.round(freedBefore + Math.min(remaining, release));

  // Refugees: fear pushes, an open border lets them through.
  const refugeesBefore = m.refugees!;
  const fear = 1 + (invasion ? 5 : 0) + Math.min(4, deadToday / 60) + (n.government === 'kadar' ? 2 : 0) + (4 * v.repression) / 100;
  const border = v.borderOpen / 100;
  m.refugees = Math.round(refugeesBefore + p.refugeeRate.value * border * fear * luckOf(s, p.noise.value, 'refugees'));

  // The national mood: bloodshed angers, time calms, occupation crushes.
  const crushed = invasion ? 10 * share(rules, s, 'budapest', ['soviet', 'kadar']) : 0;
  // Repression cows where occupation reigns, and angers where it does not.
  const cowed = invasion ? (3 * v.repression) / 100 : 0;
  v.momentum = clamp(v.momentum + (invasion ? 0 : Math.min(8, deadToday / 40)) - p.momentumDecay.value - crushed - cowed + (n.postures.revolutionaries === 'fighting' ? 2 : 0));
  v.strike = clamp(v.strike + (v.momentum - v.strike) * 0.3 - (n.flags['work-resumed'] && !invasion ? 30 : 0));
  if (invasion) v.borderOpen = clamp(v.borderOpen + 6);

  // Kádár's call to "the faithful fighters" finds few answers: a small force where Soviets hold.
  if (n.postures.kadar !== 'inactive') {
    for (const id of rules.areaIds) {
      const a = s.areas[id]!;
      if (a.control === 'soviet' || a.control === 'kadar') a.forces.kadar = Math.round(15 * rules.areas.get(id)!.weight);
    }
  }
  let fighters = 0;
  for (const id of rules.areaIds) fighters += s.areas[id]!.forces.revolutionaries ?? 0;
  m.fighters = fighters;

  return {
    councils: m.councils - councilsBefore,
    prisonersFreed: m.prisonersFreed - freedBefore,
    refugees: m.refugees - refugeesBefore,
    momentum: Math.round(mood * 100),
    strike: Math.round(v.strike),
    held: round2(held),
    amnesty,
    fear: round2(fear),
    border: round2(border),
    occupation: invasion,
  };
}
