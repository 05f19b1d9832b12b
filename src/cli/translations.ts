// A scenario's translations on disk: scenarios/<folder>/<lang>/<part>.json, one flat map of
// texts per part (see src/scenario/texts.ts). An exercise in a file of its own speaks its
// base's words; the loader never fails a game for a missing translation (the English shows).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Language } from '../i18n';
import { localizeScenario } from '../scenario/texts';
import type { PartTranslation } from '../scenario/texts';
import type { Scenario } from '../scenario/resolve';
import { DEFAULT_DIR } from './scenario-files';


/**
 * Every translated text of scenario `id` in `lang`: a folder's parts from scenarios/ID/LANG/,
 * a scenario in a file of its own from scenarios/LANG/ID.json.
 */
export function translationTexts(id: string, lang: Language, root = DEFAULT_DIR): Record<string, string> {
  if (lang === 'en') return {};
  const dir = join(root, id, lang);
  const files = existsSync(dir) ? readdirSync(dir).filter((x) => x.endsWith('.json')).sort().map((f) => join(dir, f)) : [join(root, lang, `${id}.json`)].filter((f) => existsSync(f));
  const texts: Record<string, string> = {};
  for (const f of files) Object.assign(texts, (JSON.parse(readFileSync(f, 'utf8')) as PartTranslation).texts);
  return texts;
}

/** The scenario in `lang`: its own folder's translations, over its base's. */
export function localized(scenario: Scenario, lang: Language): Scenario {
  if (lang === 'en') return scenario;
  const texts = { ...(scenario.base ? translationTexts(scenario.base, lang) : {}), ...translationTexts(scenario.id, lang) };
  return localizeScenario(scenario, texts);
}
