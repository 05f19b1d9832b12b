// The server is a room of its own: it stands on classroom, history, replay, engine,
// scenario and lib, never on the browser or the command line.
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });
async function problems(filePath: string, code: string): Promise<string> {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.map((m) => `${m.ruleId}: ${m.message}`).join('\n');
}

describe('the server room', () => {
  it('does not import the browser', async () => {
    expect(await problems('src/server/zz-probe.ts', "import { Session } from '../ui/session';\nexport const x = Session;\n")).toMatch(/server room may import only/);
  });
  it('does not import the command line', async () => {
    expect(await problems('src/server/zz-probe.ts', "import { DEFAULT_DIR } from '../cli/scenario-files';\nexport const x = DEFAULT_DIR;\n")).toMatch(/server room may import only/);
  });
  it('knows no Phaser and no DOM', async () => {
    expect(await problems('src/server/zz-probe.ts', "import Phaser from 'phaser';\nexport const x = Phaser;\n")).toMatch(/no-restricted-imports/);
    expect(await problems('src/server/zz-probe.ts', 'export const x = (): unknown => document.title;\n')).toMatch(/no-restricted-globals/);
  });
  it('may import the rooms below it', async () => {
    expect(await problems('src/server/zz-probe.ts', "import { compareClass } from '../classroom';\nimport { step } from '../engine';\nimport { parseReplay } from '../replay';\nimport { compareDay } from '../history';\nexport const x = [compareClass, step, parseReplay, compareDay];\n")).toBe('');
  });
  it('and no other room imports it', async () => {
    expect(await problems('src/engine/zz-probe.ts', "import { Service } from '../server/service';\nexport const x = Service;\n")).toMatch(/engine room/);
    expect(await problems('src/ui/zz-probe.ts', "import { Service } from '../server/service';\nexport const x = Service;\n")).toMatch(/ui room/);
  });
});
