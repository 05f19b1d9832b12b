// Reading scenario files from disk for the command line and the tests. A scenario is
// a file `scenarios/NAME.json` or a folder `scenarios/NAME/` whose JSON files are its parts.
// Whatever the paths hold (a device, a link to itself, a file too large), the answer is
// an issue with the path and what is wrong, never an exception.
import { readdirSync, realpathSync, statSync } from 'node:fs';
import type { Stats } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { loadScenarios } from '../scenario/registry';
import type { LoadResult, ScenarioSource } from '../scenario/registry';
import type { ScenarioIssue } from '../scenario/resolve';
import { isWordsFolder } from '../scenario/texts';
import { fsProblem, readTextBounded, ReadError } from './read-file';
import { speaksEnglish, word } from './words';

export const DEFAULT_DIR = resolve(import.meta.dirname, '../../scenarios');
/** A scenario file (or one part of a scenario folder) is at most this many bytes. */
export const MAX_SCENARIO_FILE = 4 * 1024 * 1024;

// Paths under the working folder are shown relative to it, others in full.
const shown = (path: string): string => {
  const rel = relative(process.cwd(), path);
  return rel === '' ? path : rel.startsWith('..') ? path : rel;
};

/**
 * Why a text is not JSON: in English the parser's own line; in another language the line and
 * column where it went wrong (from the parser's position, when it gives one), not its English.
 */
function notJson(text: string, problem: string): string {
  if (speaksEnglish()) return word('fs.notJson', { problem });
  const lineColumn = /line (\d+) column (\d+)/.exec(problem);
  if (lineColumn) return word('fs.notJsonAt', { line: lineColumn[1], column: lineColumn[2] });
  const position = /position (\d+)/.exec(problem);
  if (!position) return word('fs.notJsonPlain');
  const before = text.slice(0, Number(position[1])).split('\n');
  return word('fs.notJsonAt', { line: before.length, column: before.at(-1)!.length + 1 });
}

function readPart(path: string, issues: ScenarioIssue[]): { file: string; data: unknown } | undefined {
  const file = shown(path);
  let text: string;
  try {
    text = readTextBounded(path, MAX_SCENARIO_FILE, 'scenario');
  } catch (e) {
    issues.push({ file, path: '', message: e instanceof ReadError ? e.message : word('fs.cannotRead', { problem: fsProblem(e) }) });
    return undefined;
  }
  try {
    return { file, data: JSON.parse(text) };
  } catch (e) {
    issues.push({ file, path: '', message: text.trim() === '' ? word('fs.empty') : notJson(text, (e as Error).message.split('\n')[0]!) });
    return undefined;
  }
}

function statOf(path: string, issues: ScenarioIssue[]): Stats | undefined {
  try {
    return statSync(path);
  } catch (e) {
    issues.push({ file: shown(path), path: '', message: fsProblem(e) });
    return undefined;
  }
}

/**
 * The scenario sources under a path: a scenario file, a scenario folder, or a folder of them.
 * `seen` holds the real paths of the folders read so far: a link back to one is a loop.
 */
export function findSources(path: string, issues: ScenarioIssue[], seen = new Set<string>()): ScenarioSource[] {
  const stat = statOf(path, issues);
  if (!stat) return [];
  if (!stat.isDirectory()) {
    // Anything not a folder is read as a file: a device or a pipe gets a clear issue too.
    const part = readPart(path, issues);
    return part ? [{ name: shown(path), parts: [part] }] : [];
  }
  let real: string;
  let entries: string[];
  try {
    real = realpathSync(path);
    entries = readdirSync(path).sort();
  } catch (e) {
    issues.push({ file: shown(path), path: '', message: word('fs.cannotReadFolder', { problem: fsProblem(e) }) });
    return [];
  }
  if (seen.has(real)) {
    issues.push({ file: shown(path), path: '', message: word('fs.loop') });
    return [];
  }
  seen.add(real);
  const kinds = new Map<string, Stats>();
  for (const e of entries) {
    const s = statOf(join(path, e), issues);
    if (s) kinds.set(e, s);
  }
  const jsonFiles = entries.filter((e) => e.endsWith('.json') && kinds.get(e)?.isFile());
  // Translations and the interface's messages live beside the scenarios; they are not scenarios.
  const folders = entries.filter((e) => kinds.get(e)?.isDirectory() && !isWordsFolder(e));
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
  for (const d of folders) sources.push(...findSources(join(path, d), issues, seen));
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
