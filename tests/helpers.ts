// Shared by the tests: the installed scenarios, loaded once per test file.
import { loadScenarioPaths } from '../src/cli/scenario-files';
import type { Scenario } from '../src/scenario/resolve';

let cache: Map<string, Scenario> | undefined;
export function scenario(id = 'campaign'): Scenario {
  cache ??= loadScenarioPaths().scenarios;
  const s = cache.get(id);
  if (!s) throw new Error(`scenario ${id} not found`);
  return s;
}
