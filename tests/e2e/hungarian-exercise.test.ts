// A classroom exercise in Hungarian to its end (issue 14): Nagy's cabinet with three players
// on one device, from the briefing through every hand-over, morning and evening to the end
// screen and the debrief sheet. No screen it visits shows an English interface message
// (checked against the English messages file) or an English text of the exercise (its
// Hungarian translation in scenarios/hu), and axe-core finds no serious fault on any kind of
// screen. Any console or page error fails the test.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { textEntries } from '../../src/scenario/texts';
import { scenario } from '../helpers';
import { axeProblems } from './support/axe';
import { ROOT, usePreview, withBrowser } from './support/browser';
import { cardIds, decideCards } from './support/classroom';
import { closeGuideIfOpen, openTitle, shot } from './support/play';
import { englishOnScreen } from './support/words';

const preview = usePreview();

const EXERCISE = 'nagy-cabinet';
const SEED = 'tanora-1956';
const reason = (id: string): string => `Így döntöttünk (${id}), mert a csoport szerint a többi lehetőség rosszabb volt.`;

const json = (path: string): unknown => JSON.parse(readFileSync(join(ROOT, path), 'utf8'));
const hu = (json(`scenarios/hu/${EXERCISE}.json`) as { texts: Record<string, string> }).texts;
// The exercise's own English texts of three words or more that its Hungarian does not share
// (the source's quotes stay English by design, with the game's translation beside them).
const exerciseEnglish = textEntries(json(`scenarios/${EXERCISE}.json`))
  .filter((e) => !/\.quote$/.test(e.key) && e.text.split(/\s+/).length >= 3 && hu[e.key] !== e.text)
  .map((e) => e.text);

/** English on the page: interface messages, and the exercise's texts in their English form. */
async function englishWords(page: Page): Promise<string[]> {
  const text = await page.evaluate(() => document.body.innerText);
  return [...(await englishOnScreen(page)), ...exerciseEnglish.filter((m) => text.includes(m))];
}

describe('a classroom exercise in Hungarian', () => {
  const exercise = scenario(EXERCISE);

  it("plays Nagy's cabinet in Hungarian to the debrief sheet, with no English on any screen and no serious accessibility fault", async () => {
    expect(exerciseEnglish.length).toBeGreaterThan(5);
    await withBrowser({ reducedMotion: 'reduce' }, async ({ page }) => {
      // Every kind of screen is checked for English each time it shows; axe-core runs on the first of each kind.
      const axeDone = new Set<string>();
      const visited: string[] = [];
      const check = async (screen: string): Promise<void> => {
        visited.push(screen);
        expect(await englishWords(page), `English on the ${screen} screen`).toEqual([]);
        if (axeDone.has(screen)) return;
        axeDone.add(screen);
        expect(await axeProblems(page), `accessibility of the ${screen} screen`).toEqual([]);
      };

      await openTitle(page, `${preview().url}?lang=hu`);
      await page.locator('.title-menu [data-action=new-game]').click();
      await page.locator('#ng-scenario').selectOption(EXERCISE);
      await page.locator('#ng-mode-hotseat').check();
      for (const role of exercise.roles) await page.locator(`#ng-side-${role.side}`).setChecked(true);
      await page.locator('#ng-seed').fill(SEED);
      await check('new game');
      await page.locator('[data-action=start]').click();

      const briefing = page.locator('[data-testid=briefing]');
      await briefing.waitFor();
      await expect(briefing.textContent()).resolves.toContain(hu.title);
      await check('briefing');

      // Each press leads to the screen the page then says it is ready on: a hand-over, a morning, an evening, the end.
      const press = async (selector: string): Promise<string> => {
        await page.evaluate(() => {
          document.getElementById('app')!.dataset.ready = '';
        });
        await page.locator(selector).click();
        await page.waitForFunction(() => /^(game:|handover:|report:|end$)/.test(document.getElementById('app')?.dataset.ready ?? ''), null, { timeout: 60_000 });
        return (await page.locator('#app').getAttribute('data-ready')) ?? '';
      };
      const handOver = page.locator('[data-testid=hand-over]');
      let decided = 0;
      let handOvers = 0;
      let evenings = 0;
      let at = await press('[data-action=begin-exercise]');
      for (let guard = 0; at !== 'end'; guard++) {
        expect(guard, 'the exercise ends').toBeLessThan(60);
        if (at.startsWith('handover:')) {
          await expect(handOver.textContent()).resolves.toContain(hu.title);
          await check('hand-over');
          handOvers++;
          at = await press('[data-action=take-over]');
          await closeGuideIfOpen(page);
          // A side is handed the device only with a decision on its cards.
          expect((await cardIds(page)).length).toBeGreaterThan(0);
        } else if (at.startsWith('game:')) {
          await check('morning');
          decided += (await cardIds(page)).length;
          await decideCards(page, reason);
          at = await press('#end-turn');
        } else {
          expect(at).toMatch(/^report:/);
          await check('evening report');
          evenings++;
          at = await press('[data-action=next-morning]');
        }
      }
      expect(handOvers).toBeGreaterThan(exercise.roles.length);
      expect(evenings).toBeGreaterThanOrEqual(4);

      const end = page.locator('[data-testid=end-screen]');
      await end.waitFor();
      await expect(end.locator('.paper-name').textContent()).resolves.toBe(hu.title);
      await check('end');

      await page.locator('[data-action=debrief]').click();
      const sheet = page.locator('[data-testid=debrief-sheet]');
      await sheet.waitFor();
      await expect(sheet.locator('h1').textContent()).resolves.toBe(hu.title);
      const rows = await sheet.locator('.debrief-table tbody tr .reason').allTextContents();
      expect(rows.length).toBe(decided);
      for (const r of rows) expect(r).toMatch(/^Így döntöttünk /);
      // The discussion questions in Hungarian, as the translation has them.
      const questions = await sheet.locator('[data-testid=debrief-discussion] > ol > li').allInnerTexts();
      expect(questions.length).toBe(exercise.discussion.length);
      questions.forEach((q, i) => expect(q).toContain(hu[`discussion[${i}]`]));
      await check('debrief sheet');
      await shot(page, 'hu-debrief');
      // Hungarian runs longer than English: the sheet still prints on two pages of A4 at most.
      const pdf = await page.pdf({ format: 'A4', printBackground: true });
      const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
      expect(pages).toBeGreaterThanOrEqual(1);
      expect(pages, 'A4 pages of the Hungarian debrief sheet').toBeLessThanOrEqual(2);

      expect(visited).toEqual(expect.arrayContaining(['new game', 'briefing', 'hand-over', 'morning', 'evening report', 'end', 'debrief sheet']));
    });
  });
});
