// A day in each area: who gathers and arms, who fights whom, what it costs, who holds
// the area at nightfall. Each area draws only from its own streams, so what happens in
// Csepel does not shift the luck of Pécs.
import type { AreaResult, Factor, GameState } from '../types';
import type { Rules } from '../rules';
import { clamp } from '../effects';
import { logNormal, stream } from '../random';
import { ARMS, REV_STANCE, SOVIET_STANCE, armyAgainstRevolution, armyWithRevolution, avhStance, isInvasion } from './stances';

const round1 = (v: number): number => Math.round(v * 10) / 10;

/** Forces that would stop the revolution, with the side each belongs to. */
function hostiles(s: GameState, forces: Record<string, number>, sovietOrder: number, govOrder: number): { side: string; power: number }[] {
  const n = s.national;
  return [
    { side: 'soviet', power: (forces.soviet ?? 0) * (SOVIET_STANCE[n.postures.soviet] ?? 0) * sovietOrder },
    { side: 'avh', power: (forces.avh ?? 0) * avhStance(n) * govOrder },
    { side: 'army', power: (forces.army ?? 0) * armyAgainstRevolution(n) * govOrder },
    { side: 'kadar', power: (forces.kadar ?? 0) * (n.postures.kadar === 'inactive' ? 0 : 0.8) },
  ];
}

function orderOf(rules: Rules, s: GameState, side: string, area: string): { fight: number; unrest: number; hold: number } {
  const id = s.orders[side]?.[area];
  const o = id ? rules.orders.get(id) : undefined;
  return o ? { fight: o.fight, unrest: o.unrest, hold: o.hold } : { fight: 1, unrest: 0, hold: 1 };
}

/** Which side an area falls to when the revolution loses it. */
function occupier(s: GameState, strongest: string): string {
  if (strongest === 'soviet' && s.national.postures.kadar === 'governing') return 'kadar';
  if (strongest === 'avh' || strongest === 'army') return s.national.government === 'kadar' ? 'kadar' : 'government';
  return strongest;
}

export function resolveArea(rules: Rules, s: GameState, id: string): AreaResult {
  const def = rules.areas.get(id)!;
  const a = s.areas[id]!;
  const n = s.national;
  const p = rules.scenario.model;
  const r = stream(s.seed, s.date, 'area', id);
  const rolls = [r.next(), r.next(), r.next(), r.next(), r.next()] as const;
  const factors: Factor[] = [];

  const rev = orderOf(rules, s, 'revolutionaries', id);
  const sov = orderOf(rules, s, 'soviet', id);
  const gov = orderOf(rules, s, 'government', id);

  // 1. People gather and arm: unrest and national momentum draw fighters, arms decide how many.
  const cap = 1500 * def.weight;
  const stance = REV_STANCE[n.postures.revolutionaries] ?? 0;
  const fighters = a.forces.revolutionaries ?? 0;
  const arming = stance >= 0.5 ? 1 : 0.3;
  const growth = p.revGrowth.value * def.weight * (a.unrest / 100) * (n.values.momentum / 100) * (ARMS[n.postures.army] ?? 1) * arming * Math.max(0, 1 - fighters / cap);
  let armed = fighters + growth;

  // 2. Strengths: armed fighters and the crowd on the street against the forces of order.
  const crowd = a.unrest * def.weight * 25;
  const revPower = (armed + 0.08 * crowd + (a.forces.army ?? 0) * armyWithRevolution(n)) * stance * rev.fight;
  const hostile = hostiles(s, a.forces, sov.fight, gov.fight);
  const hostPower = hostile.reduce((t, h) => t + h.power, 0);
  const sovietPower = hostile[0]!.power;
  const engagement = revPower > 0 && hostPower > 0 ? Math.sqrt(revPower * hostPower) : 0;
  if (engagement > 0) {
    factors.push({ label: 'Revolutionary strength (fighters, crowd, posture, orders)', value: Math.round(revPower) });
    for (const h of hostile) if (h.power > 0) factors.push({ label: `Strength of ${rules.sides.get(h.side)?.name ?? h.side}`, value: Math.round(h.power) });
  }

  // 3. The toll, with seeded luck. The ÁVH firing into crowds kills beyond its numbers.
  const luckH = logNormal(rolls[0], rolls[1], p.noise.value);
  const luckS = logNormal(rolls[2], rolls[1], p.noise.value);
  const avhShooting = (a.forces.avh ?? 0) > 0 ? Math.sqrt(crowd * (a.forces.avh ?? 0) * avhStance(n)) * p.avhLethality.value : 0;
  const deadRaw = (engagement * p.lethalityHungarian.value + avhShooting) * luckH;
  const dead = Math.round(deadRaw);
  const sovietDead = sovietPower > 0 && revPower > 0 ? Math.round(Math.sqrt(revPower * sovietPower) * p.lethalitySoviet.value * luckS) : 0;
  const wounded = Math.round(dead * p.woundedPerDeadHungarian.value * (0.8 + 0.4 * rolls[3]));
  if (dead > 0 || sovietDead > 0) factors.push({ label: 'Luck of the day (seeded)', value: round1(luckH) });
  if (avhShooting > 0.5) factors.push({ label: 'ÁVH fire on the crowd', value: round1(avhShooting) });

  // 4. Losses and flight thin the fighters; an invasion breaks them.
  const invasion = isInvasion(n) && sovietPower > 0;
  const dominance = invasion ? sovietPower / (sovietPower + revPower + 1) : 0;
  const surrender = n.postures.revolutionaries === 'surrendered' ? 0.45 : 0;
  const decline = armed * Math.min(0.9, (p.revDecline.value * dominance + surrender) / rev.hold);
  armed = Math.max(0, armed - 0.5 * (dead + wounded) - decline);
  if (decline >= 1) factors.push({ label: 'Fighters lost to surrender and flight', value: Math.round(decline) });
  a.forces.revolutionaries = Math.round(armed);
  if (a.forces.avh) {
    const avhLoss = n.postures.avh === 'disbanded' ? 0.6 : a.control === 'revolutionaries' ? 0.5 : Math.min(0.5, engagement / ((a.forces.avh ?? 1) * 40));
    a.forces.avh = Math.round(a.forces.avh * (1 - avhLoss));
    if (a.forces.avh <= 0) delete a.forces.avh;
  }

  a.dead += dead;
  a.wounded += wounded;
  a.sovietDead += sovietDead;
  a.damage = clamp(a.damage + engagement / (60 * def.weight + 20));

  // 5. Control: the balance of strength, with a seeded draw where it is close.
  const before = a.control;
  const revNow = (armed + (a.forces.army ?? 0) * armyWithRevolution(n)) * stance * rev.fight + 0.04 * crowd * stance;
  const hostNow = hostiles(s, a.forces, sov.fight, gov.fight);
  const hostTotal = hostNow.reduce((t, h) => t + h.power, 0);
  const ratio = (revNow + 1) / (hostTotal + 1);
  const pRev = 1 / (1 + Math.pow(ratio, -p.controlSteepness.value));
  const hostileControl = before !== 'revolutionaries' && isHostile(s, before);
  if (hostileControl && pRev > 0.5 && rolls[4] < (pRev - 0.5) * 2) {
    a.control = 'revolutionaries';
  } else if (before === 'revolutionaries' && pRev < 0.5 && rolls[4] < (0.5 - pRev) * 2 && hostTotal > 0) {
    const strongest = hostNow.reduce((best, h) => (h.power > best.power ? h : best));
    a.control = occupier(s, strongest.side);
  }
  settleControl(s, id, armed);
  if (a.control !== before) factors.push({ label: 'Chance the revolution holds (balance of strength)', value: Math.round(pRev * 100) / 100 });

  // 6. Unrest follows the national mood, flares with bloodshed, cools under a ceasefire.
  const calm = n.postures.revolutionaries === 'ceasefire' ? 2 : 1;
  a.unrest = clamp(a.unrest + (n.values.momentum - a.unrest) * 0.2 + Math.min(25, dead / 4) - p.unrestDecay.value * calm + rev.unrest + gov.unrest);

  return { area: id, fighting: Math.round(engagement), dead, wounded, sovietDead, controlBefore: before, controlAfter: a.control, rolls: [...rolls], factors };
}

/** Does a controller stand against the revolution today? */
function isHostile(s: GameState, controller: string): boolean {
  const n = s.national;
  switch (controller) {
    case 'government':
    case 'army':
      return n.government === 'gero-hegedus' || n.government === 'hardline-restored' || (n.government === 'nagy' && n.postures.army !== 'revolution');
    case 'revolutionaries':
      return false;
    default:
      return true;
  }
}

/** Changes of hands that follow from the national situation rather than from fighting. */
function settleControl(s: GameState, id: string, armed: number): void {
  const a = s.areas[id]!;
  const n = s.national;
  if (a.control === 'army' && n.postures.army === 'revolution') a.control = 'revolutionaries';
  if (a.control === 'avh' && n.postures.avh === 'disbanded') a.control = n.government === 'nagy-coalition' ? 'government' : 'revolutionaries';
  if (a.control === 'soviet' && n.postures.soviet === 'withdrawing' && (a.forces.soviet ?? 0) < 200) a.control = 'government';
  if (a.control === 'government' && isInvasion(n) && n.government === 'kadar' && (a.forces.soviet ?? 0) > 0) a.control = 'soviet';
  if (a.control === 'soviet' && n.postures.kadar === 'governing' && armed < 60) a.control = 'kadar';
}
