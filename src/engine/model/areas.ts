// A day in each area: who gathers and arms, who fights whom, what it costs, who holds
// the area at nightfall. Each area draws only from its own streams, so what happens in
// Csepel does not shift the luck of Pécs.
import type { AreaResult, GameState } from '../types';
import type { Rules } from '../rules';
import { clamp } from '../effects';
import { logNormal, stream } from '../random';
import { ARMS, REV_STANCE, SOVIET_COUNTRY_STANCE, SOVIET_EXPOSURE, SOVIET_STANCE, armyAgainstRevolution, armyWithRevolution, avhStance, isInvasion } from './stances';

const round1 = (v: number): number => Math.round(v * 10) / 10;
const round2 = (v: number): number => Math.round(v * 100) / 100;

/** What every area shares on a given day: how hard each side fights, worked out once. */
export interface DayStances {
  /** Soviet restraint where people live (0–1): less fire into the houses, more men exposed, a slower advance. */
  restraint: number;
  rev: number;
  arms: number;
  sovietCity: number;
  sovietCountry: number;
  sovietExposure: number;
  avh: number;
  armyAgainst: number;
  armyWith: number;
  kadar: number;
  invasion: boolean;
  /** Each side's standing orders, by area: looked up once a day rather than three times an area. */
  orders: { revolutionaries: Record<string, string> | undefined; soviet: Record<string, string> | undefined; government: Record<string, string> | undefined };
}

export function dayStances(s: GameState): DayStances {
  const n = s.national;
  // How hard the Soviet forces hit depends on how resolved the Presidium is, and a little on
  // how closely the world is watching.
  const ferocity = (0.75 + (0.35 * n.values.sovietResolve) / 100) * (1 - (0.1 * n.values.westAttention) / 100);
  return {
    restraint: n.values.sovietRestraint / 100,
    rev: REV_STANCE[n.postures.revolutionaries] ?? 0,
    arms: ARMS[n.postures.army] ?? 1,
    sovietCity: (SOVIET_STANCE[n.postures.soviet] ?? 0) * ferocity,
    sovietCountry: (SOVIET_COUNTRY_STANCE[n.postures.soviet] ?? 0) * ferocity,
    sovietExposure: SOVIET_EXPOSURE[n.postures.soviet] ?? 0,
    avh: avhStance(n),
    armyAgainst: armyAgainstRevolution(n),
    armyWith: armyWithRevolution(n),
    kadar: n.postures.kadar === 'inactive' ? 0 : 0.8,
    invasion: isInvasion(n),
    orders: { revolutionaries: s.orders.revolutionaries, soviet: s.orders.soviet, government: s.orders.government },
  };
}

interface Hostile {
  soviet: number;
  avh: number;
  army: number;
  kadar: number;
  total: number;
}

/** Forces that would stop the revolution here, by side. */
function hostiles(d: DayStances, forces: Record<string, number>, inCountry: boolean, sovietOrder: number, govOrder: number): Hostile {
  const soviet = (forces.soviet ?? 0) * (inCountry ? d.sovietCountry : d.sovietCity) * sovietOrder * (1 - 0.4 * d.restraint);
  const avh = (forces.avh ?? 0) * d.avh * govOrder;
  const army = (forces.army ?? 0) * d.armyAgainst * govOrder;
  const kadar = (forces.kadar ?? 0) * d.kadar;
  return { soviet, avh, army, kadar, total: soviet + avh + army + kadar };
}

const strongest = (h: Hostile): string =>
  h.soviet >= h.avh && h.soviet >= h.army && h.soviet >= h.kadar ? 'soviet' : h.avh >= h.army && h.avh >= h.kadar ? 'avh' : h.army >= h.kadar ? 'army' : 'kadar';

/**
 * An area's eight draws of the day: always the same eight in the same order whatever else
 * happened, taken only when something is left to chance (a quiet area draws nothing).
 */
class AreaDice {
  private drawn: number[] | undefined;
  constructor(private readonly seed: string, private readonly date: string, private readonly area: string) {}
  roll(i: number): number {
    if (!this.drawn) {
      const r = stream(this.seed, this.date, 'area', this.area);
      this.drawn = [r.next(), r.next(), r.next(), r.next(), r.next(), r.next(), r.next(), r.next()];
    }
    return this.drawn[i]!;
  }
  first(): number | null {
    return this.drawn ? Math.round(this.drawn[0]! * 1e6) / 1e6 : null;
  }
}

const NO_ORDER = { fight: 1, unrest: 0, hold: 1 } as const;
const ARMING: Record<string, number> = { gathering: 0.1, demonstrating: 0.7, fighting: 1, ceasefire: 0.3, resisting: 1, surrendered: 0.1 };
function orderOf(rules: Rules, mine: Record<string, string> | undefined, area: string): { fight: number; unrest: number; hold: number } {
  const id = mine?.[area];
  return (id ? rules.orders.get(id) : undefined) ?? NO_ORDER;
}

/** Which side an area falls to when the revolution loses it. */
function occupier(s: GameState, strongest: string): string {
  if (strongest === 'soviet' && s.national.postures.kadar === 'governing') return 'kadar';
  if (strongest === 'avh' || strongest === 'army') return s.national.government === 'kadar' ? 'kadar' : 'government';
  return strongest;
}

export function resolveArea(rules: Rules, s: GameState, id: string, d: DayStances): AreaResult {
  const def = rules.areas.get(id)!;
  const a = s.areas[id]!;
  const n = s.national;
  const p = rules.scenario.model;
  const dice = new AreaDice(s.seed, s.date, id);

  const rev = orderOf(rules, d.orders.revolutionaries, id);
  const sov = orderOf(rules, d.orders.soviet, id);
  const gov = orderOf(rules, d.orders.government, id);

  // 1. People gather and arm: unrest and national momentum draw fighters, arms decide how many.
  const cap = 1500 * def.weight;
  const stance = d.rev;
  const fighters = a.forces.revolutionaries ?? 0;
  // A crowd only arms in earnest once the shooting has started.
  const arming = ARMING[n.postures.revolutionaries] ?? 1;
  const occupied = a.control === 'soviet' || a.control === 'kadar';
  const growth = occupied ? 0 : p.revGrowth.value * def.weight * (a.unrest / 100) * (n.values.momentum / 100) * d.arms * arming * Math.max(0, 1 - fighters / cap);
  let armed = fighters + growth;

  // 2. Strengths: armed fighters and the crowd on the street against the forces of order.
  const crowd = a.unrest * def.weight * 25;
  const revPower = (armed + 0.08 * crowd + (a.forces.army ?? 0) * d.armyWith) * stance * rev.fight;
  const inCountry = def.region === 'country';
  const hostile = hostiles(d, a.forces, inCountry, sov.fight, gov.fight);
  const hostPower = hostile.total;
  const sovietPower = hostile.soviet;
  const engagement = revPower > 0 && hostPower > 0 ? Math.sqrt(revPower * hostPower) : 0;

  // 3. The toll, with seeded luck. The ÁVH firing into crowds kills beyond its numbers.
  const avhShooting = (a.forces.avh ?? 0) > 0 ? Math.sqrt(crowd * (a.forces.avh ?? 0) * d.avh) * p.avhLethality.value : 0;
  const luckH = engagement > 0 || avhShooting > 0 ? logNormal(dice.roll(0), dice.roll(1), p.noise.value) : 1;
  // Restraint spares lives in the share of the fighting the Soviet forces do.
  const sovietShare = hostPower > 0 ? hostile.soviet / hostPower : 0;
  const spared = 1 - 0.75 * d.restraint * sovietShare;
  const deadRaw = (engagement * p.lethalityHungarian.value * spared + avhShooting) * luckH;
  const dead = Math.round(deadRaw);
  // Soviet losses follow the revolution's strength and the troops exposed to it; tanks sent
  // into the streets unprepared (the first intervention) were more exposed than an army attacking by plan.
  const exposed = (a.forces.soviet ?? 0) * d.sovietExposure * sov.fight * (1 + d.restraint);
  const sovietDead = exposed > 0 && revPower > 0 ? Math.round(Math.sqrt(revPower * exposed) * p.lethalitySoviet.value * logNormal(dice.roll(2), dice.roll(3), p.noise.value)) : 0;
  const wounded = dead > 0 ? Math.round(dead * p.woundedPerDeadHungarian.value * (0.8 + 0.4 * dice.roll(4))) : 0;

  // 4. Losses and flight thin the fighters; an invasion breaks them.
  const invasion = d.invasion && sovietPower > 0;
  const dominance = invasion ? sovietPower / (sovietPower + revPower + 1) : 0;
  const surrender = n.postures.revolutionaries === 'surrendered' ? 0.45 : 0;
  // How many give up on a given day is itself a matter of luck: some days a district holds, some days it breaks.
  const giving = p.revDecline.value * dominance + surrender;
  const decline = giving > 0 ? armed * Math.min(0.9, (giving * logNormal(dice.roll(5), dice.roll(6), 0.6)) / rev.hold) : 0;
  armed = Math.max(0, armed - 0.5 * (dead + wounded) - decline);
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

  // 5. Control: an attacker must outweigh the holder's strength times the defender's
  // advantage (streets and buildings favour whoever holds them); then a seeded draw.
  const before = a.control;
  const revNow = (armed + (a.forces.army ?? 0) * d.armyWith) * stance * rev.fight;
  const hostNow = hostiles(d, a.forces, inCountry, sov.fight, gov.fight);
  const hostTotal = hostNow.total;
  const advantage = (def.kind === 'district' || def.stronghold ? p.defenceAdvantage.value : 1 + (p.defenceAdvantage.value - 1) / 3) * (def.stronghold ? 1.5 : 1);
  const friendlyHeld = isFriendly(s, before);
  let pFlip = 0;
  if (!friendlyHeld && isHostile(s, before)) {
    // The revolution needs armed fighters, not only a crowd, to take and hold a place.
    const ratio = revNow / (hostTotal * advantage + 1);
    if (armed >= p.armedToHold.value * def.weight && ratio > 1) pFlip = Math.min(0.9, (ratio - 1) * p.controlRate.value);
    if (pFlip > 0 && dice.roll(7) < pFlip) a.control = 'revolutionaries';
  } else if (friendlyHeld && hostTotal > 0) {
    const ratio = hostTotal / (revNow * advantage * rev.hold + 1);
    if (ratio > 1) pFlip = Math.min(0.9, (ratio - 1) * p.controlRate.value);
    if (pFlip > 0 && dice.roll(7) < pFlip) a.control = occupier(s, strongest(hostNow));
  }
  settleControl(s, id, armed);

  // 6. Unrest follows the national mood, flares with bloodshed, cools under a ceasefire.
  const calm = n.postures.revolutionaries === 'ceasefire' ? 2 : 1;
  a.unrest = clamp(a.unrest + (n.values.momentum - a.unrest) * 0.2 + Math.min(25, dead / 4) - p.unrestDecay.value * calm + rev.unrest + gov.unrest);

  return {
    area: id,
    fighting: Math.round(engagement),
    dead,
    wounded,
    sovietDead,
    controlBefore: before,
    controlAfter: a.control,
    revolution: Math.round(revPower),
    vsSoviet: Math.round(hostile.soviet),
    vsAvh: Math.round(hostile.avh),
    vsArmy: Math.round(hostile.army),
    vsKadar: Math.round(hostile.kadar),
    luck: round2(luckH),
    avhFire: round1(avhShooting * luckH),
    lost: Math.round(decline),
    chance: round2(pFlip),
    roll: dice.first(),
  };
}

/** Does the revolution count this holder as its own (Nagy's coalition and, after its fall, its last positions)? */
function isFriendly(s: GameState, controller: string): boolean {
  if (controller === 'revolutionaries') return true;
  const g = s.national.government;
  const nagySide = g === 'nagy-coalition' || (s.national.postures.government === 'fallen' && (g === 'kadar' || g === 'hardline-restored'));
  return nagySide && (controller === 'government' || controller === 'army');
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
  // Under Nagy's coalition the councils take over local government where the revolution is armed.
  if (a.control === 'government' && n.government === 'nagy-coalition' && a.council && armed >= 40) a.control = 'revolutionaries';
  if (a.control === 'soviet' && n.postures.kadar === 'governing' && armed < 60) a.control = 'kadar';
}
