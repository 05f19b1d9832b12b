// Soviet strength in Hungary and where it stands, from the Presidium's posture.
// The totals come from the text where it gives them (the infobox's 31,550 troops and
// 1,130 tanks); everything between is an estimate (scenario model parameters).
import type { ModelParams } from '../../scenario/schema';
import type { GameState } from '../types';
import type { Rules } from '../rules';

/** The strength the posture calls for, and how fast the level moves towards it. */
function target(posture: string, p: ModelParams, flags: Record<string, boolean>): { troops: number; tanks: number; pace: number } {
  const g = { troops: p.garrisonTroops.value, tanks: p.garrisonTanks.value };
  const w = { troops: p.whirlwindTroops.value, tanks: p.whirlwindTanks.value };
  switch (posture) {
    case 'intervening':
      return { troops: g.troops * 1.3, tanks: g.tanks * 1.3, pace: 0.7 };
    case 'withdrawing':
      // A negotiated withdrawal takes troops out of the country; otherwise they leave Budapest only.
      return flags['withdrawal-agreed'] ? { troops: 0, tanks: 0, pace: 0.25 } : { troops: g.troops * 1.3, tanks: g.tanks * 1.3, pace: 0.3 };
    case 'preparing':
      return { ...w, pace: 0.45 };
    case 'invading':
    case 'occupying':
      return { ...w, pace: 1 };
    default:
      return { ...g, pace: 0.3 };
  }
}

/** Share of Soviet strength inside Budapest, by posture. */
const BUDAPEST_SHARE: Record<string, number> = {
  garrison: 0, intervening: 0.8, withdrawing: 0.08, preparing: 0.12, invading: 0.6, occupying: 0.55,
};

export function updateSovietForces(rules: Rules, s: GameState): void {
  const posture = s.national.postures.soviet;
  const t = target(posture, rules.scenario.model, s.national.flags);
  const troops = s.metrics.sovietTroops! + (t.troops - s.metrics.sovietTroops!) * t.pace;
  const tanks = s.metrics.sovietTanks! + (t.tanks - s.metrics.sovietTanks!) * t.pace;
  s.metrics.sovietTroops = Math.round(troops);
  s.metrics.sovietTanks = Math.round(tanks);
  const inCity = BUDAPEST_SHARE[posture] ?? 0;
  deploy(rules, s, rules.budapest, troops * inCity);
  deploy(rules, s, rules.country, troops * (1 - inCity));
}

function deploy(rules: Rules, s: GameState, ids: string[], total: number): void {
  let weight = 0;
  for (const id of ids) weight += rules.areas.get(id)!.weight;
  for (const id of ids) {
    const n = weight > 0 ? Math.round((total * rules.areas.get(id)!.weight) / weight) : 0;
    if (n > 0) s.areas[id]!.forces.soviet = n;
    else delete s.areas[id]!.forces.soviet;
  }
}
