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
import { isWordsFolder } from '../scenario/texts';

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
