// Small pieces of English the evening's story and the end screen are made of: a chance
// in words, a choice inside a sentence, a reason after a colon, a count of words. Pure.

const NUMBER_WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

/** 2 → "two", 14 → "14". */
export function numberWord(n: number): string {
  return NUMBER_WORDS[n] ?? String(n);
}

/** A count as the reports print it: 1,234. */
export const count = (v: number): string => Math.round(v).toLocaleString('en-GB');

/**
 * A policy's chance in words: "a 9-in-10 chance", "an even chance", "a 1-in-12 chance",
 * "all but certain (97%)".
 */
export function chanceWords(chance: number): string {
  if (Math.round(chance * 10) >= 10) return `all but certain (${Math.round(chance * 100)}%)`;
  if (chance < 0.095) return `a 1-in-${Math.max(11, Math.round(1 / Math.max(chance, 0.001)))} chance`;
  const tenths = Math.round(chance * 10);
  if (tenths === 5) return 'an even chance';
  return `${tenths === 8 ? 'an' : 'a'} ${tenths}-in-10 chance`;
}

/** Words that open a label but are not a verb: the label is then quoted, not "chose to …". */
const NOT_A_VERB = /^(a|an|the|no|emotional|strictly|artillery|[\p{L}-]+['’]s)$/iu;

/** An option's label inside "X chose …": "chose to march to the Bem statue", or "chose “A delegation …”". */
export function choicePhrase(label: string): string {
  const clean = label.trim().replace(/[.;:]+$/, '');
  const first = clean.split(/[\s,;:]/)[0] ?? '';
  if (NOT_A_VERB.test(first)) return `chose “${clean}”`;
  return `chose to ${clean[0]!.toLowerCase()}${clean.slice(1)}`;
}

/** Opening words that are not names: lower-cased after a colon. */
const COMMON_OPENING = /^(The|A|An|Any|No|Only|Most|Many|It|Do|Loyal|Free|Freed|Listeners|Soldiers|Years|Orders|Work|Wages|Arrests|Camps|Resistance|Seventeen|Fifty|Surrender|Women|Troops|Senior|Councils|Fortified|Fighters|Hopes|Talks|Killings|Revenge|Shooting|Armed|Fighting|Ceasefire|Amnesty|Neutrality|Second|Delegation|Defence|Free|Terms)\s/;

/** A reason after a colon: an opening "The"/"A"/"An" is lower-cased; a name keeps its capital. */
export function reasonTail(label: string): string {
  const clean = label.trim().replace(/\.$/, '');
  return COMMON_OPENING.test(clean) ? clean[0]!.toLowerCase() + clean.slice(1) : clean;
}

/** "A, B and C". */
export function listWords(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** A side's name inside a sentence: "The revolutionaries" → "the revolutionaries". */
export const inSentence = (name: string): string => name.replace(/^The /, 'the ');

/** The first sentence of a text, cut at about `max` words (with an ellipsis when cut). */
export function firstSentence(text: string, max = 30): string {
  const m = /^(.+?[.!?])(\s|$)/.exec(text.trim());
  const sentence = m ? m[1]! : text.trim();
  const words = sentence.split(/\s+/);
  return words.length <= max ? sentence : `${words.slice(0, max).join(' ')}…`;
}

/** Words as a reader counts them: runs of letters or digits (a figure like 1,656 is one word). */
export function wordCount(text: string): number {
  return (text.match(/[\p{L}\p{N}][\p{L}\p{N}'’.,–-]*/gu) ?? []).length;
}
