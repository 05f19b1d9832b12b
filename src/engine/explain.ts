// The "why" of a day, in words: each outcome in the report keeps the figures that moved
// it, and these functions name them. The interface and the command line both use them.
import type { AreaResult, Factor, NationalResult } from './types';
import type { Rules } from './rules';

export function areaFactors(rules: Rules, r: AreaResult): Factor[] {
  const f: Factor[] = [];
  const name = (side: string): string => rules.sides.get(side)?.name ?? side;
  if (r.fighting > 0) {
    f.push({ key: 'revolutionHere', label: 'Strength of the revolution here (fighters, crowd, posture, orders)', value: r.revolution });
    const against: [string, number][] = [['soviet', r.vsSoviet], ['avh', r.vsAvh], ['army', r.vsArmy], ['kadar', r.vsKadar]];
    for (const [side, power] of against) if (power > 0) f.push({ key: 'strengthOf', side, label: `Strength of ${name(side)}`, value: power });
  }
  if (r.avhFire >= 0.5) f.push({ key: 'avhFire', label: 'Deaths from ÁVH fire into the crowd', value: r.avhFire });
  if (r.dead > 0 || r.sovietDead > 0) f.push({ key: 'luck', label: 'Luck of the day (1 is an ordinary day)', value: r.luck });
  if (r.lost >= 1) f.push({ key: 'lost', label: 'Fighters lost to surrender and flight', value: r.lost });
  if (r.chance > 0) f.push(r.controlAfter !== r.controlBefore ? { key: 'chanceChanged', label: 'Chance it changed hands (it did)', value: r.chance } : { key: 'chanceHeld', label: 'Chance it changed hands (it held)', value: r.chance });
  return f;
}

export function nationalFactors(n: NationalResult): Record<'councils' | 'prisonersFreed' | 'refugees' | 'strike', Factor[]> {
  return {
    strike: [
      { key: 'momentumStrike', label: 'Momentum of the revolution (0–100): the strike follows it', value: n.momentum },
      ...(n.occupation ? [{ key: 'occupationWork', label: 'Soviet occupation: work under the guns is refused', value: 1 }] : []),
    ],
    councils: [
      { key: 'momentum', label: 'Momentum of the revolution (0–100)', value: n.momentum },
      { key: 'strike', label: 'Strike (0–100)', value: n.strike },
      ...(n.occupation ? [{ key: 'occupationCouncils', label: 'Soviet occupation stifles new councils', value: 0.1 }] : []),
    ],
    prisonersFreed: [
      { key: 'held', label: 'Share of the country held by the revolution and Nagy’s coalition', value: n.held },
      { key: 'amnesty', label: 'Amnesty declared', value: n.amnesty ? 1 : 0 },
      ...(n.occupation ? [{ key: 'prisonsRetaken', label: 'Prisons retaken by Soviet forces', value: 0 }] : []),
    ],
    refugees: [
      { key: 'fear', label: 'Fear (fighting, occupation, reprisals)', value: n.fear },
      { key: 'border', label: 'How open the Austrian border is (0–1)', value: n.border },
    ],
  };
}
