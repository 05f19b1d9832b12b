// The server's own small loader of scenario files from disk (the command line has its
// own in src/cli; the browser fetches the same files). The parsing and checking is the
// scenario room's: this only reads files, grouped the way every shell groups them — a
// folder holding scenario.json is one scenario in parts, any other JSON file is one.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { loadScenarios } from '../scenario/registry';
import type { ScenarioSource } from '../scenario/registry';
import type { Scenario } from '../scenario/resolve';
import { formatIssue } from '../scenario/resolve';
import { isWordsFolder, localizeScenario } from '../scenario/texts';
import type { PartTranslation } from '../scenario/texts';
import type { Language } from '../i18n';

function sourcesIn(root: string, dir: string): ScenarioSource[] {
  const entries = readdirSync(dir).sort();
  const files = entries.filter((e) => e.endsWith('.json') && statSync(join(dir, e)).isFile());
  const read = (f: string) => ({ file: relative(root, join(dir, f)), data: JSON.parse(readFileSync(join(dir, f), 'utf8')) as unknown });
  if (files.includes('scenario.json')) {
    return [{ name: relative(root, dir), parts: ['scenario.json', ...files.filter((f) => f !== 'scenario.json')].map(read) }];
  }
  const sources: ScenarioSource[] = files.map((f) => ({ name: relative(root, join(dir, f)), parts: [read(f)] }));
  for (const d of entries.filter((e) => !isWordsFolder(e) && statSync(join(dir, e)).isDirectory())) sources.push(...sourcesIn(root, join(dir, d)));
  return sources;
}

/** Every scenario under `dir`; any problem stops the server with the list. */
export function loadScenarioDir(dir: string): Map<string, Scenario> {
  const { scenarios, issues } = loadScenarios(sourcesIn(join(dir, '..'), dir));
  if (issues.length) throw new Error(`the scenarios do not load:\n${issues.map(formatIssue).join('\n')}`);
  return scenarios;
}

/**
 * Every translated text of scenario `id` in `lang` under `dir`: a folder's parts from
 * DIR/ID/LANG/, a scenario in a file of its own from DIR/LANG/ID.json (as the command line
 * reads them, src/cli/translations.ts). A missing translation is no error: the English shows.
 */
function translationTexts(dir: string, id: string, lang: Language): Record<string, string> {
  if (lang === 'en') return {};
  const folder = join(dir, id, lang);
  const files = existsSync(folder) ? readdirSync(folder).filter((x) => x.endsWith('.json')).sort().map((f) => join(folder, f)) : [join(dir, lang, `${id}.json`)].filter((f) => existsSync(f));
  const texts: Record<string, string> = {};
  for (const f of files) Object.assign(texts, (JSON.parse(readFileSync(f, 'utf8')) as PartTranslation).texts);
  return texts;
}

/** The scenario in a language: its own folder's translations over its base's. */
export type Localize = (scenario: Scenario, lang: Language) => Scenario;

/**
 * The scenarios under `dir` in other languages, each read once and kept per (scenario, language).
 * The texts change; the ids, figures and content hash stay (a replay verifies the same).
 */
export function translationsIn(dir: string): Localize {
  const cache = new Map<string, Scenario>();
  return (scenario, lang) => {
    if (lang === 'en') return scenario;
    const key = `${scenario.id}\u0000${scenario.contentHash}\u0000${lang}`;
    let out = cache.get(key);
    if (!out) {
      const texts = { ...(scenario.base ? translationTexts(dir, scenario.base, lang) : {}), ...translationTexts(dir, scenario.id, lang) };
      out = localizeScenario(scenario, texts);
      cache.set(key, out);
    }
    return out;
  };
}
