// The "why" of a day in sentences, each with its figures beside it for those who want them:
// an area's fighting ("The Soviet forces outnumbered the revolution's fighters more than two
// to one"), the country's councils, prisoners and refugees, and a side's reasons. Pure.
import type { AreaResult, Factor, NationalResult } from '../engine';
import { historyWords, say } from './language';
import { numberWord } from './words';

export interface WhyLine {
  text: string;
  /** The model's figures behind the sentence: "strength 178 against 420". */
  figures: string;
}

/** The forces an area's report counts against the revolution, by the name the messages give them (`opponent`, `opponentShort`). */
const OPPONENTS: [keyof AreaResult, string][] = [
  ['vsSoviet', 'soviet'],
  ['vsAvh', 'avh'],
  ['vsArmy', 'army'],
  ['vsKadar', 'kadar'],
];

const round = (v: number): string => historyWords().number(Math.round(v));
const percent = (v: number): string => say('why.percent', { p: String(Math.round(v * 100)) });
/** A figure with `digits` decimals, as the language writes it: 0.70 (0,70). */
const fixed = (v: number, digits: 1 | 2): string => say(digits === 1 ? 'why.fixed1' : 'why.fixed2', { v: Number(v.toFixed(digits)) });

/** "more than two to one", "half as strong again", "evenly matched". */
function margin(ratio: number): string {
  if (ratio >= 2) return say('why.margin', { size: 'more', word: numberWord(Math.floor(ratio)) });
  return say('why.margin', { size: ratio >= 1.5 ? 'half' : 'little', word: '' });
}

/** A chance in plain words, for an area changing hands. */
function likelihood(chance: number): string {
  if (chance >= 0.9) return 'certain';
  if (chance >= 0.6) return 'strong';
  if (chance >= 0.4) return 'even';
  if (chance >= 0.15) return 'small';
  return 'slim';
}

export function areaWhy(r: AreaResult): WhyLine[] {
  const out: WhyLine[] = [];
  if (r.fighting > 0) {
    const against = OPPONENTS.map(([key, name]) => ({ name, power: r[key] as number })).filter((o) => o.power > 0).sort((a, b) => b.power - a.power);
    const total = against.reduce((t, o) => t + o.power, 0);
    const strongest = against[0];
    const forces = against.map((o) => say('why.force', { power: round(o.power), who: o.name }));
    const figures = say('why.strength', { revolution: round(r.revolution), against: forces.join(', ') || '0' });
    if (!strongest) out.push({ text: say('why.unopposed'), figures });
    else if (total > r.revolution * 1.2) {
      out.push({ text: say('why.outnumbered', { who: strongest.name, allies: against.length > 1 ? 'yes' : 'no', margin: margin(total / Math.max(1, r.revolution)) }), figures });
    } else if (r.revolution > total * 1.2) out.push({ text: say('why.outnumbering', { who: strongest.name, margin: margin(r.revolution / Math.max(1, total)) }), figures });
    else out.push({ text: say('why.even'), figures });
  }
  if (r.avhFire >= 0.5) out.push({ text: say('why.avhFire', { n: round(r.avhFire) }), figures: say('why.avhFireFigures', { n: round(r.avhFire) }) });
  if (r.dead > 0 || r.sovietDead > 0) {
    const text = say('why.toll', { luck: r.luck >= 1.4 ? 'bloody' : r.luck <= 0.7 ? 'light' : 'usual' });
    out.push({ text, figures: say('why.luck', { luck: fixed(r.luck, 2) }) });
  }
  if (r.lost >= 1) out.push({ text: say('why.lost', { n: round(r.lost) }), figures: say('why.lostFigures', { n: round(r.lost) }) });
  if (r.chance > 0) {
    const changed = r.controlAfter !== r.controlBefore;
    out.push({ text: say('why.hands', { likelihood: likelihood(r.chance), changed: changed ? 'yes' : 'no' }), figures: say('why.chance', { chance: percent(r.chance) }) });
  }
  return out;
}

export function nationalWhy(n: NationalResult): Record<'councils' | 'prisonersFreed' | 'refugees', WhyLine[]> {
  return {
    councils: [
      { text: say(n.momentum >= 50 ? 'why.momentumHigh' : 'why.momentumLow'), figures: say('why.momentumFigures', { n: round(n.momentum) }) },
      { text: say(n.strike >= 50 ? 'why.strikeHigh' : 'why.strikeLow'), figures: say('why.strikeFigures', { n: round(n.strike) }) },
      ...(n.occupation ? [{ text: say('why.occupationCouncils'), figures: say('why.occupationCouncilsFigures') }] : []),
    ],
    prisonersFreed: [
      { text: say(n.held >= 0.5 ? 'why.heldHigh' : 'why.heldLow'), figures: say('why.heldFigures', { share: percent(n.held) }) },
      ...(n.amnesty ? [{ text: say('why.amnesty'), figures: say('why.amnestyFigures') }] : []),
      ...(n.occupation ? [{ text: say('why.occupationPrisons'), figures: say('why.occupationPrisonsFigures') }] : []),
    ],
    refugees: [
      { text: say(n.fear >= 5 ? 'why.fearHigh' : 'why.fearLow'), figures: say('why.fearFigures', { fear: fixed(n.fear, 1) }) },
      { text: say(n.border >= 0.5 ? 'why.borderOpen' : 'why.borderClosed'), figures: say('why.borderFigures', { border: fixed(n.border, 2) }) },
    ],
  };
}

/** A side's reasons, each a sentence with its weight beside it ("+1.5"). */
export function reasonLines(factors: readonly Factor[]): WhyLine[] {
  return factors.map((f) => ({ text: /[.!?'’]$/.test(f.label) ? f.label : `${f.label}.`, figures: `${f.value > 0 ? '+' : ''}${Number.isInteger(f.value) ? historyWords().number(f.value) : fixed(f.value, 2)}` }));
}
