// Small pieces the evening's story and the end screen are made of, in the language of the
// account (./language): a chance in words, a choice inside a sentence, a reason after a
// colon, a count of words. Pure but for the language chosen at start-up.
import type { Language } from '../i18n';
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

// Openings that are names (people, places, bodies, and the words of their names): they keep
// their capital inside a sentence; any other opening word is lower-cased. The names are fewer
// than the words that open a label, so the lists hold them. Hungarian adds its endings to a
// name ("Gerőt", "Budapesten"), so there a name is matched as the start of the word.
const NAMES = 'Andropov|Bibó|Csepel|Dudás|Dulles|Gerő|Király|Kádár|Maléter|Mao|Münnich|Nagy|Tito|Molotov|Rákosi|Hegedüs|Tildy|Losonczy|Donáth|Mindszenty|Pongrátz|Corvin|Kilián|Bem|Petőfi|Gomułka|Poznań|Eisenhower|Budapest|Warsaw|Varsó|Washington|London|Paris|Párizs|Belgrade|Belgrád|Vienna|Bécs';
const NAME_OPENING: Record<Language, RegExp> = {
  en: new RegExp(`^(${NAMES}|Austria|China|Hungar(y|ian)|Khrushchev|Mikoyan|Moscow|Poland|Pravda|RFE|Radio|Serov|Soviet|Suez|UN|Western|Yugoslav(ia)?|Zhukov|ÁVH|General Assembly|Security Council|Operation|National Guard|Parliament|Party|Presidium|Stalin|Israel|Egypt|Britain|France|I)(?!\\p{L})`, 'u'),
  hu: new RegExp(`^(${NAMES}|Ausztri|Kín|Magyarorsz|Hruscsov|Mikojan|Moszkv|Lengyelorsz|Pravd|Szabad Európa|Szerov|Szuez|ENSZ|Nyugat|Jugoszláv|Zsukov|ÁVH|Közgyűlés|Biztonsági Tanács|Országgyűlés|Parlament|Párt|Elnökség|Sztálin|Izrael|Egyiptom|Nagy-Britanni|Franciaorsz)`, 'u'),
};
// A capital then small letters ("They"), or a word of one capital letter ("A magyar…").
const lowerable = (word: string): boolean => /^\p{Lu}(\p{Ll}|\s)/u.test(word);

/** A reason inside a sentence: its opening word lower-cased, but a name keeps its capital. */
export function reasonTail(label: string, lang: Language = historyWords().lang): string {
  const clean = label.trim().replace(/\.$/, '');
  return !NAME_OPENING[lang].test(clean) && lowerable(clean) ? clean[0]!.toLowerCase() + clean.slice(1) : clean;
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
