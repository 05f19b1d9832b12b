// The words of a scenario file that a reader meets, each under a stable key, so that a
// translation can live beside the data as a flat map (scenarios/<id>/<lang>/<part>.json)
// and a test can tell what is missing, extra or stale.
// A key is the path to the text: array items by their `id` where they have one, else by index,
// e.g. `decisions[students-march].options[march].label`.

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
