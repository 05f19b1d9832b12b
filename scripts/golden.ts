// Writes the golden replays the regression test plays back (tests/golden.test.ts):
// a replay file per scenario and the expected day-by-day lines. Run it after a change
// to the rules (with ENGINE_VERSION raised) or to the scenario data:  npm run golden
import { writeFileSync } from 'node:fs';
import { autoplay } from '../src/engine';
import type { Controller } from '../src/engine';
import { makeReplay } from '../src/replay';
import { loadScenarioPaths } from '../src/cli/scenario-files';
import { goldenLines } from './lib/golden-lines';

const GAMES: { scenario: string; seed: string; roles: Record<string, Controller>; choices: Record<string, string> }[] = [
  { scenario: 'campaign', seed: 'golden-1956', roles: { government: 'player' }, choices: { neutrality: 'stay', 'avh-fate': 'fold' } },
  { scenario: 'whirlwind', seed: 'golden-whirlwind', roles: { revolutionaries: 'player' }, choices: { resistance: 'strike' } },
];

const { scenarios } = loadScenarioPaths();
for (const g of GAMES) {
  const scenario = scenarios.get(g.scenario)!;
  const played = autoplay(scenario, { seed: g.seed, roles: g.roles }, { choices: g.choices, keepStates: true });
  const replay = makeReplay(scenario, played.states[0]!, played.actions, played.hashes, played.final);
  writeFileSync(`tests/fixtures/${g.scenario}.replay.json`, JSON.stringify(replay, null, 1) + '\n');
  writeFileSync(`tests/fixtures/${g.scenario}.expected.txt`, goldenLines(played.states.slice(1), played.hashes).join('\n') + '\n');
  console.log(`tests/fixtures/${g.scenario}.replay.json: ${played.hashes.length} turns, final ${replay.final.hash}`);
}
