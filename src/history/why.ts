// The "why" of a day in sentences, each with its figures beside it for those who want them:
// an area's fighting ("The Soviet forces outnumbered the revolution's fighters more than two
// to one"), the country's councils, prisoners and refugees, and a side's reasons. Pure.
import type { AreaResult, Factor, NationalResult } from '../engine';
import { numberWord } from './words';

export interface WhyLine {
  text: string;
  /** The model's figures behind the sentence: "strength 178 against 420". */
  figures: string;
}

/** The forces an area's report counts against the revolution, as a sentence names them. */
const OPPONENTS: [keyof AreaResult, string][] = [
  ['vsSoviet', 'The Soviet forces'],
  ['vsAvh', 'The ÁVH'],
  ['vsArmy', 'Loyal army units'],
  ['vsKadar', 'Kádár’s men'],
];

const round = (v: number): string => Math.round(v).toLocaleString('en-GB');
const percent = (v: number): string => `${Math.round(v * 100)}%`;

/** "more than two to one", "half as strong again", "evenly matched". */
function margin(ratio: number): string {
  if (ratio >= 2) return `more than ${numberWord(Math.floor(ratio))} to one`;
  if (ratio >= 1.5) return 'by half as much again';
  return 'a little';
}

/** A chance in plain words, for an area changing hands. */
function likelihood(chance: number): string {
  if (chance >= 0.9) return 'an almost certain';
  if (chance >= 0.6) return 'a strong';
  if (chance >= 0.4) return 'an even';
  if (chance >= 0.15) return 'a small';
  return 'a slim';
}

export function areaWhy(r: AreaResult): WhyLine[] {
  const out: WhyLine[] = [];
  if (r.fighting > 0) {
    const against = OPPONENTS.map(([key, name]) => ({ name, power: r[key] as number })).filter((o) => o.power > 0).sort((a, b) => b.power - a.power);
    const total = against.reduce((t, o) => t + o.power, 0);
    const strongest = against[0];
    const figures = `strength ${round(r.revolution)} against ${against.map((o) => `${round(o.power)} (${o.name.replace(/^The /, '')})`).join(', ') || '0'}`;
    if (!strongest) out.push({ text: 'The revolution’s fighters met no armed force.', figures });
    else if (total > r.revolution * 1.2) {
      const who = against.length > 1 ? `${strongest.name} and their allies` : strongest.name;
      out.push({ text: `${who} outnumbered the revolution’s fighters ${margin(total / Math.max(1, r.revolution))}.`, figures });
    } else if (r.revolution > total * 1.2) out.push({ text: `The revolution’s fighters outnumbered ${strongest.name.replace(/^The /, 'the ')} ${margin(r.revolution / Math.max(1, total))}.`, figures });
    else out.push({ text: 'The two sides were evenly matched.', figures });
  }
  if (r.avhFire >= 0.5) out.push({ text: `The ÁVH fired into the crowd: about ${round(r.avhFire)} of the dead.`, figures: `${round(r.avhFire)} dead from ÁVH fire` });
  if (r.dead > 0 || r.sovietDead > 0) {
    const text = r.luck >= 1.4 ? 'A bloodier day than most for fighting of this weight.' : r.luck <= 0.7 ? 'Fewer died than fighting of this weight usually costs.' : 'The toll was about what fighting of this weight costs.';
    out.push({ text, figures: `luck ×${r.luck.toFixed(2)} (1 is an ordinary day)` });
  }
  if (r.lost >= 1) out.push({ text: `${round(r.lost)} fighters surrendered or fled.`, figures: `${round(r.lost)} lost` });
  if (r.chance > 0) {
    const changed = r.controlAfter !== r.controlBefore;
    out.push({ text: `It had ${likelihood(r.chance)} chance of changing hands, and ${changed ? 'it did' : 'it held'}.`, figures: `chance ${percent(r.chance)}` });
  }
  return out;
}

export function nationalWhy(n: NationalResult): Record<'councils' | 'prisonersFreed' | 'refugees', WhyLine[]> {
  return {
    councils: [
      { text: n.momentum >= 50 ? 'The revolution’s momentum carried councils from town to town.' : 'The revolution’s momentum was too weak to spread many councils.', figures: `momentum ${round(n.momentum)} of 100` },
      { text: n.strike >= 50 ? 'The strike held, and the factories’ councils with it.' : 'Most factories were at work.', figures: `strike ${round(n.strike)} of 100` },
      ...(n.occupation ? [{ text: 'The Soviet occupation stifled new councils.', figures: 'a tenth of the usual spread' }] : []),
    ],
    prisonersFreed: [
      { text: n.held >= 0.5 ? 'The revolution and Nagy’s coalition held most of the country, and opened its prisons.' : 'Too little of the country was held by the revolution to open many prisons.', figures: `${percent(n.held)} of the country held` },
      ...(n.amnesty ? [{ text: 'The amnesty freed prisoners faster.', figures: 'amnesty declared' }] : []),
      ...(n.occupation ? [{ text: 'Soviet forces retook the prisons.', figures: 'none freed under occupation' }] : []),
    ],
    refugees: [
      { text: n.fear >= 5 ? 'Fear of the fighting and the reprisals drove people from their homes.' : 'Few were afraid enough to leave.', figures: `fear ${n.fear.toFixed(1)} (1 is calm)` },
      { text: n.border >= 0.5 ? 'The Austrian border could be crossed.' : 'The Austrian border was hard to cross.', figures: `border open ${n.border.toFixed(2)} of 1` },
    ],
  };
}

/** A side's reasons, each a sentence with its weight beside it ("+1.5"). */
export function reasonLines(factors: readonly Factor[]): WhyLine[] {
  return factors.map((f) => ({ text: /[.!?'’]$/.test(f.label) ? f.label : `${f.label}.`, figures: `${f.value > 0 ? '+' : ''}${Number.isInteger(f.value) ? f.value : f.value.toFixed(2)}` }));
}
