// The server's own small loader of scenario files from disk (the command line has its
// own in src/cli; the browser fetches the same files). The parsing and checking is the
// scenario room's: this only reads files, grouped the way every shell groups them — a
// folder holding scenario.json is one scenario in parts, any other JSON file is one.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { loadScenarios } from '../scenario/registry';
import type { ScenarioSource } from '../scenario/registry';
import type { Scenario } from '../scenario/resolve';
import { formatIssue } from '../scenario/resolve';
import { isWordsFolder, localizeScenario } from '../scenario/texts';
import { scenarioTexts } from '../disk/translations';
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
      out = localizeScenario(scenario, scenarioTexts(scenario, lang, dir));
      cache.set(key, out);
    }
    return out;
  };
}
