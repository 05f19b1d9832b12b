// The scenario files in the browser. Vite lists every JSON file under scenarios/ and
// emits each as a static file; the Preloader fetches them (with its progress bar) and
// they are grouped as the command line groups them: a folder holding scenario.json is
// one scenario in parts, any other JSON file is a scenario of its own.
import { loadScenarios } from '../scenario/registry';
import type { LoadResult, ScenarioSource } from '../scenario/registry';
import type { Scenario, ScenarioIssue, ScenarioPart } from '../scenario/resolve';
import { localizeScenario } from '../scenario/texts';
import type { PartTranslation } from '../scenario/texts';

// Folders of words (scenarios/hu/, scenarios/campaign/hu/, scenarios/messages/) are not scenarios.
const urls = import.meta.glob<string>(['../../scenarios/**/*.json', '!../../scenarios/**/hu/**', '!../../scenarios/hu/**', '!../../scenarios/messages/**'], { query: '?url', import: 'default', eager: true });
const translationUrls = import.meta.glob<string>(['../../scenarios/**/hu/*.json', '../../scenarios/hu/*.json'], { query: '?url', import: 'default', eager: true });

interface ScenarioFileRef {
  /** As a person would name it: "scenarios/campaign/record.json". */
  file: string;
  url: string;
}

export function scenarioFiles(): ScenarioFileRef[] {
  return Object.entries(urls)
    .map(([path, url]) => ({ file: path.replace(/^(\.\.\/)+/, ''), url }))
    .sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}

const folderOf = (file: string): string => file.slice(0, file.lastIndexOf('/'));

/** Group fetched parts into scenario sources, the way src/cli/scenario-files.ts reads a folder. */
function groupSources(parts: ScenarioPart[]): ScenarioSource[] {
  const folders = new Set(parts.filter((p) => p.file.endsWith('/scenario.json')).map((p) => folderOf(p.file)));
  const sources = new Map<string, ScenarioSource>();
  for (const part of parts) {
    const folder = folderOf(part.file);
    if (folders.has(folder)) {
      const source = sources.get(folder) ?? { name: folder, parts: [] };
      source.parts.push(part);
      sources.set(folder, source);
    } else {
      sources.set(part.file, { name: part.file, parts: [part] });
    }
  }
  return [...sources.values()];
}

export function buildScenarios(parts: ScenarioPart[]): LoadResult {
  return loadScenarios(groupSources(parts));
}

/** Fetch every scenario file, reporting progress (0–1); files that fail are named, not thrown. */
export async function fetchScenarioParts(files: ScenarioFileRef[], progress: (fraction: number) => void): Promise<{ parts: ScenarioPart[]; failures: ScenarioIssue[] }> {
  let done = 0;
  const failures: ScenarioIssue[] = [];
  const fetchOne = async (f: ScenarioFileRef): Promise<ScenarioPart | null> => {
    try {
      const res = await fetch(f.url);
      if (!res.ok) throw new Error(`HTTP ${res.status}`);
      const text = await res.text();
      try {
        return { file: f.file, data: JSON.parse(text) as unknown };
      } catch (e) {
        failures.push({ file: f.file, path: '', message: `not valid JSON: ${(e as Error).message}` });
        return null;
      }
    } catch (e) {
      failures.push({ file: f.file, path: '', message: `could not be loaded (${(e as Error).message})` });
      return null;
    } finally {
      done++;
      progress(done / Math.max(1, files.length));
    }
  };
  const parts = await Promise.all(files.map(fetchOne));
  return { parts: parts.filter((p) => p !== null), failures };
}

/**
 * The scenarios in `lang`: each one's translations fetched (a folder's parts from
 * scenarios/ID/LANG/, an exercise's from scenarios/LANG/ID.json, over its base's) and laid
 * over its English. A translation that fails to load leaves the English, and says so.
 */
export async function localizeShelf(shelf: ReadonlyMap<string, Scenario>, lang: string): Promise<{ scenarios: Map<string, Scenario>; failures: ScenarioIssue[] }> {
  if (lang === 'en') return { scenarios: new Map(shelf), failures: [] };
  const byScenario = new Map<string, Record<string, string>>();
  const failures: ScenarioIssue[] = [];
  await Promise.all(
    Object.entries(translationUrls).map(async ([path, url]) => {
      const file = path.replace(/^(\.\.\/)+/, '');
      const m = new RegExp(`^scenarios/(?:([\\w-]+)/${lang}/[\\w-]+|${lang}/([\\w-]+))\\.json$`).exec(file);
      if (!m) return;
      try {
        const res = await fetch(url);
        if (!res.ok) throw new Error(`HTTP ${res.status}`);
        const t = (await res.json()) as PartTranslation;
        const id = (m[1] ?? m[2])!;
        byScenario.set(id, { ...byScenario.get(id), ...t.texts });
      } catch (e) {
        failures.push({ file, path: '', message: `the translation could not be loaded (${(e as Error).message}); the English is shown` });
      }
    }),
  );
  const scenarios = new Map<string, Scenario>();
  for (const [id, s] of shelf) scenarios.set(id, localizeScenario(s, { ...(s.base ? byScenario.get(s.base) : {}), ...byScenario.get(id) }));
  return { scenarios, failures };
}
