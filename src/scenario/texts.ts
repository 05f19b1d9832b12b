// The words of a scenario file that a reader meets, each under a stable key, so that a
// translation can live beside the data as a flat map (scenarios/<id>/<lang>/<part>.json)
// and a test can tell what is missing, extra or stale.
// A key is the path to the text: array items by their `id` where they have one, else by index,
// e.g. `decisions[students-march].options[march].label`.
import { canonicalHash } from '../lib/canonical-hash';

/** Fields whose strings are words for people (ids, dates and sources' section names are not). */
export const TEXT_FIELDS: ReadonlySet<string> = new Set([
  'title', 'prompt', 'context', 'label', 'description', 'likely', 'factor', 'text', 'name', 'short',
  'basis', 'quote', 'role', 'definition', 'term', 'objectives', 'goals', 'brief', 'explanation',
  'discussion', 'account', 'summary', 'sites', 'question', 'questions', 'headline', 'epilogue', 'body',
]);

export interface TextEntry {
  key: string;
  text: string;
}

const step = (item: unknown, index: number): string =>
  item && typeof item === 'object' && typeof (item as { id?: unknown }).id === 'string' ? (item as { id: string }).id : String(index);

/** Every translatable text of one scenario part (the parsed JSON of one file), in file order. */
export function textEntries(part: unknown): TextEntry[] {
  const out: TextEntry[] = [];
  const walk = (value: unknown, path: string, field: string | null): void => {
    if (typeof value === 'string') {
      if (field !== null && TEXT_FIELDS.has(field) && value.trim() !== '') out.push({ key: path, text: value });
    } else if (Array.isArray(value)) {
      value.forEach((item, i) => walk(item, `${path}[${step(item, i)}]`, field));
    } else if (value && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) {
        if (k === '$schema') continue;
        walk(v, path === '' ? k : `${path}.${k}`, k);
      }
    }
  };
  walk(part, '', null);
  return out;
}

/** `{name}`-style placeholders in a text, sorted: a translation must keep the same ones. */
export const placeholders = (text: string): string[] => [...text.matchAll(/\{[a-zA-Z][\w.]*\}/g)].map((m) => m[0]).sort();

/** A short fingerprint of the English a translation was made from: a changed English text shows as stale. */
export const textFingerprint = (text: string): string => canonicalHash(text).slice(0, 8);

/** A translation of one part, as stored in scenarios/<id>/<lang>/<part>.json. */
export interface PartTranslation {
  lang: string;
  /** key → translated text. */
  texts: Record<string, string>;
  /** key → fingerprint of the English it translates. */
  from: Record<string, string>;
}

/** What is wrong with a part's translation against its English: missing, extra, stale, changed placeholders, left in English. */
export function translationProblems(english: readonly TextEntry[], t: PartTranslation): { key: string; problem: string }[] {
  const out: { key: string; problem: string }[] = [];
  const en = new Map(english.map((e) => [e.key, e.text]));
  for (const [key, text] of en) {
    const tr = t.texts[key];
    if (tr === undefined) out.push({ key, problem: 'no translation' });
    else {
      if (t.from[key] !== textFingerprint(text)) out.push({ key, problem: 'stale: the English has changed since it was translated' });
      if (placeholders(tr).join() !== placeholders(text).join()) out.push({ key, problem: `placeholders differ: ${placeholders(text).join(' ') || 'none'} in English` });
      // A name may stay as it is (Csepel, Tito); a sentence may not.
      if (tr === text && /(^|\s)\p{Ll}{3,}/u.test(text)) out.push({ key, problem: 'left identical to the English' });
    }
  }
  for (const key of Object.keys(t.texts)) if (!en.has(key)) out.push({ key, problem: 'not a text of the English part' });
  return out;
}

/**
 * The scenario in another language: every text found in `texts` (the union of its parts'
 * translations) replaced, the rest as it was. A source's quote stays in the article's
 * English, its translation beside it as `quoteTranslation`. The content hash is the
 * English scenario's: a game, its replay and its hashes are the same in every language.
 */
export function localizeScenario<T extends { contentHash: string }>(scenario: T, texts: Readonly<Record<string, string>>): T {
  const walk = (value: unknown, path: string, field: string | null): unknown => {
    if (typeof value === 'string') return field !== null && field !== 'quote' && TEXT_FIELDS.has(field) ? (texts[path] ?? value) : value;
    if (Array.isArray(value)) return value.map((item, i) => walk(item, `${path}[${step(item, i)}]`, field));
    if (value && typeof value === 'object') {
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(value)) {
        const at = path === '' ? k : `${path}.${k}`;
        out[k] = walk(v, at, k);
        if (k === 'quote' && typeof v === 'string' && texts[at] !== undefined) out['quoteTranslation'] = texts[at];
      }
      return out;
    }
    return value;
  };
  return { ...(walk(scenario, '', null) as T), contentHash: scenario.contentHash };
}

/**
 * Folders under scenarios/ that hold words, not scenarios: a language's translations (named by
 * its two-letter code: scenarios/hu/, scenarios/campaign/hu/) and the interface's messages.
 */
export const isWordsFolder = (name: string): boolean => name === 'messages' || /^[a-z]{2}$/.test(name);
