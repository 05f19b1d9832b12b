// Reading scenario files from disk for the command line and the tests. A scenario is
// a file `scenarios/NAME.json` or a folder `scenarios/NAME/` whose JSON files are its parts.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { loadScenarios } from '../scenario/registry';
import type { LoadResult, ScenarioSource } from '../scenario/registry';
import type { ScenarioIssue } from '../scenario/resolve';

export const DEFAULT_DIR = resolve(import.meta.dirname, '../../scenarios');

const shown = (path: string): string => relative(process.cwd(), path) || path;

function readPart(path: string, issues: ScenarioIssue[]): { file: string; data: unknown } | undefined {
  const file = shown(path);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    issues.push({ file, path: '', message: `cannot read: ${(e as Error).message}` });
    return undefined;
  }
  try {
    return { file, data: JSON.parse(text) };
  } catch (e) {
    issues.push({ file, path: '', message: `not valid JSON: ${(e as Error).message}` });
    return undefined;
  }
}

/** The scenario sources under a path: a scenario file, a scenario folder, or a folder of them. */
export function findSources(path: string, issues: ScenarioIssue[]): ScenarioSource[] {
  if (!existsSync(path)) {
    issues.push({ file: shown(path), path: '', message: 'no such file or folder' });
    return [];
  }
  if (statSync(path).isFile()) {
    const part = readPart(path, issues);
    return part ? [{ name: shown(path), parts: [part] }] : [];
  }
  const entries = readdirSync(path).sort();
  const jsonFiles = entries.filter((e) => e.endsWith('.json') && statSync(join(path, e)).isFile());
  const folders = entries.filter((e) => statSync(join(path, e)).isDirectory());
  // A folder holding scenario.json is one scenario in parts; otherwise a collection.
  if (jsonFiles.includes('scenario.json')) {
    // scenario.json first: what no part gives is reported against it.
    const ordered = ['scenario.json', ...jsonFiles.filter((f) => f !== 'scenario.json')];
    const parts = ordered.map((f) => readPart(join(path, f), issues)).filter((p) => p !== undefined);
    return [{ name: shown(path), parts }];
  }
  const sources: ScenarioSource[] = [];
  for (const f of jsonFiles) {
    const part = readPart(join(path, f), issues);
    if (part) sources.push({ name: shown(join(path, f)), parts: [part] });
  }
  for (const d of folders) sources.push(...findSources(join(path, d), issues));
  return sources;
}

/** Load scenarios from paths; an exercise elsewhere may name an installed scenario as its base. */
export function loadScenarioPaths(paths: string[] = [DEFAULT_DIR]): LoadResult {
  const issues: ScenarioIssue[] = [];
  const sources = paths.flatMap((p) => findSources(resolve(p), issues));
  const installed = paths.some((p) => resolve(p) === DEFAULT_DIR) ? [] : loadScenarios(findSources(DEFAULT_DIR, [])).scenarios.values();
  const result = loadScenarios(sources, installed);
  return { scenarios: result.scenarios, issues: [...issues, ...result.issues] };
}
