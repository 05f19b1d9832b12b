// A scenario's translations on disk, for the shells that run in Node (the command line and the
// class server; the browser fetches the same files): scenarios/<folder>/<lang>/<part>.json, one
// flat map of texts per part (see src/scenario/texts.ts). A missing translation is no error: the
// English shows.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Language } from '../i18n';
import type { PartTranslation } from '../scenario/texts';

/**
 * Every translated text of scenario `id` in `lang` under `root`: a folder's parts from
 * ROOT/ID/LANG/, a scenario in a file of its own from ROOT/LANG/ID.json.
 */
export function translationTexts(id: string, lang: Language, root: string): Record<string, string> {
  if (lang === 'en') return {};
  const dir = join(root, id, lang);
  const files = existsSync(dir) ? readdirSync(dir).filter((x) => x.endsWith('.json')).sort().map((f) => join(dir, f)) : [join(root, lang, `${id}.json`)].filter((f) => existsSync(f));
  const texts: Record<string, string> = {};
  for (const f of files) Object.assign(texts, (JSON.parse(readFileSync(f, 'utf8')) as PartTranslation).texts);
  return texts;
}

/** A scenario's texts in `lang`: its own translations over its base's (an exercise speaks its base's words). */
export function scenarioTexts(scenario: { id: string; base?: string }, lang: Language, root: string): Record<string, string> {
  return { ...(scenario.base ? translationTexts(scenario.base, lang, root) : {}), ...translationTexts(scenario.id, lang, root) };
}
