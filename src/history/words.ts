// Small pieces the evening's story and the end screen are made of, in the language of the
// account (./language): a chance in words, a choice inside a sentence, a reason after a
// colon, a count of words. Pure but for the language chosen at start-up.
import { historyWords, say } from './language';

/** 2 → "two", 14 → "14". */
export function numberWord(n: number): string {
  return n >= 0 && n <= 10 && Number.isInteger(n) ? say(`number.${n}`) : String(n);
}

/** A count as the reports print it: 1,234 (1 234 in Hungarian). */
export const count = (v: number): string => historyWords().number(Math.round(v));

/**
 * A policy's chance in words: "a 9-in-10 chance", "an even chance", "a 1-in-12 chance",
 * "all but certain (97%)".
 */
export function chanceWords(chance: number, form: 'plain' | 'at' = 'plain'): string {
  if (Math.round(chance * 10) >= 10) return say(form === 'at' ? 'chance.certainAt' : 'chance.certain', { pct: String(Math.round(chance * 100)) });
  if (chance < 0.095) return say('chance.long', { n: String(Math.max(11, Math.round(1 / Math.max(chance, 0.001)))) });
  const tenths = Math.round(chance * 10);
  if (tenths === 5) return say('chance.even');
  return say('chance.tenths', { n: String(tenths) });
}

/** Words that open a label but are not a verb: the label is then quoted, not "chose to …". */
const NOT_A_VERB = /^(a|an|the|no|emotional|strictly|artillery|[\p{L}-]+['’]s)$/iu;

/**
 * An option's label inside "X chose …": "chose to march to the Bem statue", or "chose “A
 * delegation …”"; `you` for a player's own choice (Hungarian: the label alone, quoted).
 */
export function choicePhrase(label: string, person: 'they' | 'you' = 'they'): string {
  const clean = label.trim().replace(/[.;:]+$/, '');
  const first = clean.split(/[\s,;:]/)[0] ?? '';
  if (NOT_A_VERB.test(first)) return say(person === 'you' ? 'choice.youQuoted' : 'choice.quoted', { label: clean });
  // An English label opens with its verb, lower-cased after "chose to"; the Hungarian quotes it whole.
  const verb = historyWords().lang === 'en' ? `${clean[0]!.toLowerCase()}${clean.slice(1)}` : clean;
  return say(person === 'you' ? 'choice.youVerb' : 'choice.verb', { label: verb });
}

/** Opening words that are not names: lower-cased after a colon. */
const COMMON_OPENING = /^(The|A|An|Any|No|Only|Most|Many|It|Do|Loyal|Free|Freed|Listeners|Soldiers|Years|Orders|Work|Wages|Arrests|Camps|Resistance|Seventeen|Fifty|Surrender|Women|Troops|Senior|Councils|Fortified|Fighters|Hopes|Talks|Killings|Revenge|Shooting|Armed|Fighting|Ceasefire|Amnesty|Neutrality|Second|Delegation|Defence|Free|Terms)\s/;

/** A reason after a colon: an opening "The"/"A"/"An" is lower-cased; a name keeps its capital. */
export function reasonTail(label: string): string {
  const clean = label.trim().replace(/\.$/, '');
  // The openings are English words; a Hungarian label keeps its capital but for an opening article.
  if (historyWords().lang !== 'en') return clean.replace(/^(A|Az|Egy) /, (m) => m.toLowerCase());
  return COMMON_OPENING.test(clean) ? clean[0]!.toLowerCase() + clean.slice(1) : clean;
}

/** "A, B and C" ("A, B és C"). */
export function listWords(items: readonly string[]): string {
  return historyWords().list(items);
}

/** A side's name inside a sentence: "The revolutionaries" → "the revolutionaries" ("A forradalmárok" → "a forradalmárok"). */
export const inSentence = (name: string): string => (historyWords().lang === 'hu' ? name.replace(/^A(z?) /, 'a$1 ') : name.replace(/^The /, 'the '));

/** A place's name inside a sentence: the Hungarian article lower-cased ("A Magyar Rádió székháza" → "a Magyar Rádió székháza"); English names as they are. */
export const placeInSentence = (name: string): string => (historyWords().lang === 'hu' ? name.replace(/^A(z?) /, 'a$1 ') : name);

/** Names listed at the head of a sentence: the first keeps its capital, the others as inside a sentence. */
export const headList = (names: readonly string[]): string => listWords(names.map((x, i) => (i ? placeInSentence(x) : x)));

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
