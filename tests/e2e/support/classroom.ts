// Helpers for the classroom tests: games made by the engine in Node (the class a teacher
// collects), the command line's verdict on a replay, and the hot-seat moves in the page.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { autoplay } from '../../../src/engine';
import type { GameSetup } from '../../../src/engine';
import { makeReplay } from '../../../src/replay';
import type { Replay } from '../../../src/replay';
import { scenario } from '../../helpers';
import { ROOT } from './browser';

/** A game played by the engine, as a replay (what a student's browser would have saved). */
export function replayOf(id: string, setup: GameSetup, choices: Record<string, string> = {}): Replay {
  const s = scenario(id);
  const g = autoplay(s, setup, { choices, keepStates: true });
  return makeReplay(s, g.states[0]!, g.actions, g.hashes, g.final);
}

export function writeJson(file: string, data: unknown): string {
  writeFileSync(file, JSON.stringify(data, null, 1));
  return file;
}

/** `npm run cli -- replay <file or code> --json`: the final hash the command line finds. */
export function cliReplayHash(fileOrCode: string): string {
  const out = execFileSync(process.execPath, [join(ROOT, 'node_modules/tsx/dist/cli.mjs'), join(ROOT, 'src/cli/main.ts'), 'replay', fileOrCode, '--json'], { cwd: ROOT, encoding: 'utf8' });
  return (JSON.parse(out) as { final: { hash: string } }).final.hash;
}

/** The decisions the page shows as cards right now. */
export async function cardIds(page: Page): Promise<string[]> {
  return page.locator('#side-panel .decision').evaluateAll((els) => els.map((e) => e.getAttribute('data-decision') ?? ''));
}

/** Take every open card: history's option, or `pick[decision]`, with a reason typed in. */
export async function decideCards(page: Page, reason: (decision: string) => string, pick: Record<string, string> = {}): Promise<void> {
  for (;;) {
    const card = page.locator('#side-panel .decision:not(.decided)').first();
    if ((await card.count()) === 0) return;
    const id = (await card.getAttribute('data-decision')) ?? '';
    const option = pick[id];
    const radio = option ? card.locator(`.option[data-option="${option}"] input`) : card.locator('.option[data-historical=true] input');
    await radio.check();
    await card.locator('.reason-input').fill(reason(id));
    await card.locator('[data-action=decide]').click();
    await page.locator(`.decision.decided[data-decision="${id}"]`).waitFor();
  }
}
