// Loads a set of scenarios at once, resolving exercises against their bases.
import { problem } from './problems';
import { parseScenarioParts, resolveScenario, ScenarioError } from './resolve';
import type { Scenario, ScenarioIssue, ScenarioPart } from './resolve';
import type { ScenarioFile } from './schema';

export interface ScenarioSource {
  /** What the user calls it: the file or folder path. */
  name: string;
  parts: ScenarioPart[];
}

export interface LoadResult {
  scenarios: Map<string, Scenario>;
  issues: ScenarioIssue[];
}

/**
 * Parse, merge and check every scenario; collect all problems rather than stop at the first.
 * `bases` are scenarios already loaded that an exercise may name as its base; a source with
 * the same id takes precedence, and only the sources' scenarios are returned.
 */
export function loadScenarios(sources: ScenarioSource[], bases: Iterable<Scenario> = []): LoadResult {
  const issues: ScenarioIssue[] = [];
  const parsed = new Map<string, { file: ScenarioFile; owner: (k: string) => string; name: string }>();
  for (const src of sources) {
    const result = parseScenarioParts(src.parts);
    issues.push(...result.issues);
    if (!result.file) continue;
    const clash = parsed.get(result.file.id);
    if (clash) {
      issues.push({ file: result.owner('id'), path: 'id', ...problem('load.idUsed', { id: result.file.id, by: clash.name }) });
      continue;
    }
    parsed.set(result.file.id, { file: result.file, owner: result.owner, name: src.name });
  }
  const scenarios = new Map<string, Scenario>();
  const known = new Map([...bases].map((b) => [b.id, b]));
  const resolving = new Set<string>();
  const resolve = (id: string): Scenario | undefined => {
    const done = scenarios.get(id);
    if (done) return done;
    const entry = parsed.get(id);
    if (!entry) return known.get(id);
    if (resolving.has(id)) {
      issues.push({ file: entry.owner('base'), path: 'base', ...problem('load.baseCycle', { id }) });
      return undefined;
    }
    resolving.add(id);
    const base = entry.file.base ? resolve(entry.file.base) : undefined;
    try {
      const scenario = resolveScenario(entry.file, entry.owner, base);
      scenarios.set(id, scenario);
      return scenario;
    } catch (e) {
      if (e instanceof ScenarioError) issues.push(...e.issues);
      else throw e;
      return undefined;
    } finally {
      resolving.delete(id);
    }
  };
  for (const id of parsed.keys()) resolve(id);
  return { scenarios, issues };
}
