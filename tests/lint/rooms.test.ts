// The rule of the rooms, as lint enforces it: throwaway files that break each rule are
// linted in place (never written to disk) and every one must fail; files that keep the
// rules must pass.
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

async function problems(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.map((m) => `${m.ruleId}: ${m.message}`);
}

const BREAKS: [string, string, string, RegExp][] = [
  ['lib imports nothing of src', 'src/lib/zz-probe.ts', "import { step } from '../engine';\nexport const x = step;\n", /lib room may import only lib/],
  ['scenario imports only lib', 'src/scenario/zz-probe.ts', "import { step } from '../engine';\nexport const x = step;\n", /scenario room/],
  ['the engine does not import classroom', 'src/engine/zz-probe.ts', "import { makeReport } from '../classroom';\nexport const x = makeReport;\n", /engine room/],
  ['the engine does not import replay', 'src/engine/zz-probe.ts', "import { parseReplay } from '../replay';\nexport const x = parseReplay;\n", /engine room/],
  ['the engine does not import history', 'src/engine/model/zz-probe.ts', "import { compareDay } from '../../history';\nexport const x = compareDay;\n", /engine room/],
  ['replay does not import history', 'src/replay/zz-probe.ts', "import { compareDay } from '../history';\nexport const x = compareDay;\n", /replay room/],
  ['history does not import replay', 'src/history/zz-probe.ts', "import { parseReplay } from '../replay';\nexport const x = parseReplay;\n", /history room/],
  ['classroom does not import the browser', 'src/classroom/zz-probe.ts', "import { Session } from '../ui/session';\nexport const x = Session;\n", /classroom room/],
  ['classroom does not import the command line', 'src/classroom/zz-probe.ts', "import { UsageError } from '../cli/args';\nexport const x = UsageError;\n", /classroom room/],
  ['the command line does not import the browser', 'src/cli/zz-probe.ts', "import { Session } from '../ui/session';\nexport const x = Session;\n", /cli room/],
  ['the browser does not import the command line', 'src/ui/zz-probe.ts', "import { UsageError } from '../cli/args';\nexport const x = UsageError;\n", /ui room/],
  ['no DOM outside the browser: the engine', 'src/engine/zz-probe.ts', 'export const x = (): unknown => document.title;\n', /no-restricted-globals.*document/],
  ['no DOM outside the browser: the command line', 'src/cli/zz-probe.ts', "export const x = (): unknown => localStorage.getItem('a');\n", /no-restricted-globals.*localStorage/],
  ['no DOM outside the browser: the classroom', 'src/classroom/zz-probe.ts', 'export const x = (): unknown => window.innerWidth;\n', /no-restricted-globals.*window/],
  ['no Node in the engine', 'src/engine/zz-probe.ts', "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;\n", /no-restricted-imports/],
  ['no clock in the engine', 'src/engine/zz-probe.ts', 'export const x = (): number => Date.now();\n', /Date/],
  ['no Math.random anywhere in src', 'src/ui/zz-probe.ts', 'export const x = (): number => Math.random();\n', /no-restricted-properties/],
  ['scripts never import tests', 'scripts/zz-probe.ts', "import { scenario } from '../tests/helpers';\nexport const x = scenario;\n", /scripts never import tests/],
];

describe('the rule of the rooms', () => {
  it.each(BREAKS)('%s', async (_name, file, code, expected) => {
    const found = await problems(file, code);
    expect(found.join('\n')).toMatch(expected);
  });

  it('passes imports that go down the stairs', async () => {
    expect(await problems('src/engine/zz-probe.ts', "import { addDays } from '../lib/dates';\nimport type { Decision } from '../scenario/schema';\nexport const x = (d: Decision): string => addDays(d.date, 1);\n")).toEqual([]);
    expect(await problems('src/classroom/zz-probe.ts', "import { compareDay } from '../history';\nimport { parseReplay } from '../replay';\nexport const x = [compareDay, parseReplay];\n")).toEqual([]);
    expect(await problems('tests/zz-probe.ts', "import { goldenLines } from '../scripts/lib/golden-lines';\nexport const x = goldenLines;\n")).toEqual([]);
  });
});
