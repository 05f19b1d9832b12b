// The teacher's class comparison in Hungarian (issue 14): the page, the games' table, the games
// left out with their reasons and the decision points, with no English interface message on the
// screen (checked against the English messages file) and no serious accessibility fault.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { encodeReplayCode } from '../../src/replay';
import type { Replay } from '../../src/replay';
import { axeProblems } from './support/axe';
import { usePreview, useTempDir, withBrowser } from './support/browser';
import { replayOf, writeJson } from './support/classroom';
import { openTitle, shot } from './support/play';
import { englishOnScreen } from './support/words';

const preview = usePreview();
const temp = useTempDir();
const EXERCISE = 'nagy-cabinet';

describe('the class comparison in Hungarian', () => {
  it('compares a class, and names what it leaves out, in Hungarian only', async () => {
    const dir = temp();
    const games = ['anna', 'bence', 'csilla'].map((seed) => writeJson(join(dir, `${seed}.json`), replayOf(EXERCISE, { seed, roles: { government: 'player' } })));
    const tampered = JSON.parse(JSON.stringify(replayOf(EXERCISE, { seed: 'david', roles: { government: 'player' } }))) as Replay;
    tampered.seed = 'hamis';
    const files = [...games, writeJson(join(dir, 'david-hamis.json'), tampered), writeJson(join(dir, 'eva-presidium.json'), replayOf('presidium', { seed: 'eva', roles: { soviet: 'player' } }))];
    const pasted = [encodeReplayCode(replayOf(EXERCISE, { seed: 'ferenc', roles: { revolutionaries: 'player' } })), 'ND1.nem-valodi-kod'];

    await withBrowser({ reducedMotion: 'reduce' }, async ({ page, problems }) => {
      await openTitle(page, `${preview().url}?lang=hu`);
      await page.locator('[data-action=class-compare]').click();
      await page.locator('[data-testid=class-compare]').waitFor();
      expect(await englishOnScreen(page), 'English on the empty comparison').toEqual([]);
      await page.locator('#cc-files').setInputFiles(files);
      await page.locator('#cc-codes').fill(pasted.join('\n'));
      await page.locator('[data-action=compare]').click();
      const results = page.locator('[data-testid=class-results]');
      await results.locator('[data-testid=class-summary]').waitFor();
      await expect(results.locator('[data-testid=excluded] li').count()).resolves.toBe(3);
      expect(await englishOnScreen(page), 'English on the comparison').toEqual([]);
      // The reasons a game is left out, in Hungarian too.
      const reasons = await results.locator('[data-testid=excluded] li').allInnerTexts();
      for (const r of reasons) expect(r, r).not.toMatch(/\b(the|is|was|not|game|replay|scenario|altered)\b/);
      expect(await axeProblems(page), 'accessibility of the comparison').toEqual([]);
      await results.locator('[data-testid=excluded]').scrollIntoViewIfNeeded();
      await shot(page, 'hu-class-compare');
      expect(problems).toEqual([]);
    });
  });
});
