// The day across the country: councils forming, prisoners freed, people crossing to
// Austria, the national mood. Each figure draws from its own stream.
import type { Factor, GameState, NationalResult } from '../types';
import type { Rules } from '../rules';
import { share } from '../conditions';
import { clamp } from '../effects';
import { logNormal, stream } from '../random';
import { isInvasion } from './stances';

const REVOLUTION_HELD = ['revolutionaries'];
const round2 = (v: number): number => Math.round(v * 100) / 100;

export function resolveNational(rules: Rules, s: GameState, deadToday: number): NationalResult[] {
  const n = s.national;
  const p = rules.scenario.model;
  const out: NationalResult[] = [];
  const luck = (purpose: string): number => {
    const r = stream(s.seed, s.date, 'national', purpose);
    return logNormal(r.next(), r.next(), p.noise.value / 2);
  };
  const invasion = isInvasion(n);
  const held = share(rules, s, 'all', REVOLUTION_HELD);
  const friendly = held + (n.government === 'nagy-coalition' ? share(rules, s, 'all', ['government', 'army']) : 0);

  // Councils: they spread from council to council, as far as the mood carries them.
  {
    const c = s.metrics.councils!;
    const cap = p.councilCapacity.value;
    const suppressed = invasion ? 0.1 : 1;
    const mood = n.values.momentum / 100;
    const strikeLift = 0.5 + n.values.strike / 100;
    const l = luck('councils');
    const grow = mood > 0.3 ? p.councilGrowth.value * mood * strikeLift * (c + 15) * Math.max(0, 1 - c / cap) * suppressed * l : 0;
    const factors: Factor[] = [
      { label: 'Momentum of the revolution', value: round2(mood) },
      { label: 'Strike', value: Math.round(n.values.strike) },
      { label: 'Councils already formed', value: c },
    ];
    if (invasion) factors.push({ label: 'Soviet occupation stifles new councils', value: suppressed });
    s.metrics.councils = Math.round(c + grow);
    out.push({ metric: 'councils', change: s.metrics.councils - c, factors });
    // An area has its council once councils are common enough to reach its kind of place.
    for (const id of rules.areaIds) {
      const def = rules.areas.get(id)!;
      const reach = def.character.includes('industrial') || def.character.includes('university') ? 0.05 : def.kind === 'town' ? 0.15 : 0.35;
      if (!s.areas[id]!.council && s.metrics.councils! >= reach * cap && s.areas[id]!.unrest > 25) s.areas[id]!.council = true;
    }
  }

  // Prisoners: opened by the revolution where it holds the ground, and by an amnesty.
  {
    const freed = s.metrics.prisonersFreed!;
    const remaining = Math.max(0, p.prisonerPool.value - freed);
    const amnesty = n.flags['amnesty'] ? 0.7 : 0;
    const open = invasion ? 0 : friendly + amnesty;
    const release = remaining * Math.min(0.6, p.prisonerRelease.value * open) * luck('prisoners');
    s.metrics.prisonersFreed = Math.round(freed + Math.min(remaining, release));
    out.push({
      metric: 'prisonersFreed',
      change: s.metrics.prisonersFreed - freed,
      factors: [
        { label: 'Share of the country the revolution holds', value: round2(friendly) },
        { label: 'Amnesty declared', value: amnesty },
        ...(invasion ? [{ label: 'Prisons retaken by Soviet forces', value: 0 }] : []),
      ],
    });
  }

  // Refugees: fear pushes, an open border lets them through.
  {
    const before = s.metrics.refugees!;
    const fear = 1 + (invasion ? 5 : 0) + Math.min(4, deadToday / 60) + (n.government === 'kadar' ? 2 : 0);
    const open = n.values.borderOpen / 100;
    const flow = p.refugeeRate.value * open * fear * luck('refugees');
    s.metrics.refugees = Math.round(before + flow);
    out.push({
      metric: 'refugees',
      change: s.metrics.refugees - before,
      factors: [
        { label: 'Fear (fighting, occupation, reprisals)', value: round2(fear) },
        { label: 'How open the Austrian border is', value: round2(open) },
      ],
    });
  }

  // The national mood: bloodshed angers, concessions and councils sustain, occupation crushes.
  {
    const v = n.values;
    const sovietHeld = share(rules, s, 'budapest', ['soviet', 'kadar']);
    const crushed = invasion ? 10 * sovietHeld : 0;
    v.momentum = clamp(v.momentum + Math.min(12, deadToday / 25) - p.momentumDecay.value - crushed + (n.postures.revolutionaries === 'fighting' ? 2 : 0));
    v.strike = clamp(v.strike + (v.momentum - v.strike) * 0.3 - (n.flags['work-resumed'] && !invasion ? 30 : 0));
    if (invasion) v.borderOpen = clamp(v.borderOpen + 6);
  }

  // Kádár's call to "the faithful fighters" finds few answers: a small force where Soviets hold.
  if (n.postures.kadar !== 'inactive') {
    for (const id of rules.areaIds) {
      const a = s.areas[id]!;
      if (a.control === 'soviet' || a.control === 'kadar') a.forces.kadar = Math.round(15 * rules.areas.get(id)!.weight);
    }
  }

  let fighters = 0;
  for (const id of rules.areaIds) fighters += s.areas[id]!.forces.revolutionaries ?? 0;
  s.metrics.fighters = fighters;
  return out;
}
