// Shared by the tests: the installed scenarios, loaded once per test file.
import { loadScenarioPaths } from '../src/cli/scenario-files';
import type { Scenario } from '../src/scenario/resolve';
import { SetupError, newGame } from '../src/engine';
import type { GameSetup } from '../src/engine';

let cache: Map<string, Scenario> | undefined;
export function scenario(id = 'campaign'): Scenario {
  cache ??= loadScenarioPaths().scenarios;
  const s = cache.get(id);
  if (!s) throw new Error(`scenario ${id} not found`);
  return s;
}

let toyCache: Scenario | undefined;
/** A tiny made-up scenario (tests/fixtures/toy) for the engine's rule tests: a recalibrated campaign does not break them. */
export function toy(): Scenario {
  if (!toyCache) {
    const { scenarios, issues } = loadScenarioPaths(['tests/fixtures/toy']);
    if (issues.length) throw new Error(`the toy scenario does not load: ${issues.map((i) => i.message).join('; ')}`);
    toyCache = scenarios.get('toy')!;
  }
  return toyCache;
}

/** The SetupError a new game of `s` with `setup` throws; fails the test when the setup is accepted. */
export function setupRefused(s: Scenario, setup: GameSetup): SetupError {
  try {
    newGame(s, setup);
  } catch (e) {
    if (e instanceof SetupError) return e;
    throw e;
  }
  throw new Error('the setup was accepted');
}
