// Regression: committed replays must play back on this machine to the committed
// figures, line by line. When the rules change on purpose, raise ENGINE_VERSION and run
// `npm run golden`; a change of the rules without that is caught here.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ENGINE_VERSION } from '../src/engine';
import { parseReplay, playReplay } from '../src/replay';
import { goldenLines } from '../scripts/lib/golden-lines';
import { scenario } from './helpers';

for (const id of ['campaign', 'whirlwind']) {
  describe(`golden replay: ${id}`, () => {
    it('plays back to the committed figures, day by day', () => {
      const replay = parseReplay(readFileSync(`tests/fixtures/${id}.replay.json`, 'utf8'));
      const s = scenario(id);
      if (replay.scenario.hash !== s.contentHash) {
        throw new Error(`scenario "${id}" changed since the golden replay was made: run \`npm run golden\` and commit tests/fixtures`);
      }
      if (replay.engineVersion !== ENGINE_VERSION) {
        throw new Error(`the golden replay was made by engine ${replay.engineVersion}, this is ${ENGINE_VERSION}: run \`npm run golden\``);
      }
      const result = playReplay(s, replay);
      if (!result.ok) throw new Error(`${result.message} — if the rules changed on purpose, raise ENGINE_VERSION and run \`npm run golden\``);
      const expected = readFileSync(`tests/fixtures/${id}.expected.txt`, 'utf8').trimEnd().split('\n');
      const actual = goldenLines(result.turnEnds.map((i) => result.states[i]!), replay.turns);
      for (let i = 0; i < expected.length; i++) expect(actual[i], `day ${i + 1}`).toBe(expected[i]);
      expect(actual).toHaveLength(expected.length);
    });
  });
}
