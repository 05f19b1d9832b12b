// The game in Hungarian (issue 14), as a Hungarian class meets it: ?lang=hu speaks Hungarian
// from the title to the evening, with no English interface message on the screens it visits
// (checked against the English messages file) and no serious accessibility fault; switching
// the language mid-game reloads the page in the other language with the same game (the same
// state hash). Any console or page error fails a test. An exercise to its end in Hungarian is
// hungarian-exercise.test.ts.
import { describe, expect, it } from 'vitest';
import { axeProblems } from './support/axe';
import { usePreview, withBrowser } from './support/browser';
import { closeGuideIfOpen, decideAsHistory, endTurn, openTitle, panelDate, panelHash, shot, startNewGame } from './support/play';
import { englishOnScreen } from './support/words';
import { encodeReplayCode } from '../../src/replay';
import { replayOf } from './support/classroom';

const preview = usePreview();

describe('the game in Hungarian', () => {
  it('plays a day in Hungarian: the title, the morning and the evening, with no English interface message and no serious accessibility fault', async () => {
    await withBrowser({ reducedMotion: 'reduce' }, async ({ page }) => {
      await openTitle(page, `${preview().url}?lang=hu`);
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('hu');
      expect(await englishOnScreen(page)).toEqual([]);
      expect(await axeProblems(page)).toEqual([]);
      await startNewGame(page, 'magyarul-1956');
      await closeGuideIfOpen(page);
      // The scenario's words arrive translated, the dates as Hungarian writes them.
      await expect(page.locator('#side-panel').innerText()).resolves.toMatch(/1956\. október 23\., kedd/);
      await expect(page.locator('#side-panel').innerText()).resolves.toMatch(/A diákok tüntetése/);
      // The source's quote stays in English, the game's translation beside it.
      await expect(page.locator('#side-panel [data-testid=quote-translation]').first().textContent()).resolves.toMatch(/^A játék fordítása: „.+”$/);
      // The article's section named in Hungarian (sources.json), the quote after it still the article's English.
      await expect(page.locator('#side-panel .decision .source').first().textContent()).resolves.toMatch(/^Forrás: Politikai elégedetlenség — „[A-Za-z]/);
      expect(await englishOnScreen(page)).toEqual([]);
      expect(await axeProblems(page)).toEqual([]);
      await shot(page, 'hu-morning');
      // An area picked on the map, and the glossary's people: each quote with the game's translation beside it.
      const layout = JSON.parse((await page.locator('[data-layout]').getAttribute('data-layout')) ?? '{}') as { areas: { id: string; x: number; y: number }[] };
      const spot = layout.areas.find((a) => a.id === 'corvin')!;
      const canvas = (await page.locator('#map-wrap canvas').boundingBox())!;
      await page.mouse.click(canvas.x + spot.x, canvas.y + spot.y);
      await page.locator('#area-details .area-info[data-area="corvin"] [data-testid=quote-translation]').waitFor();
      await page.locator('#topbar [data-action=glossary]').click();
      const people = page.locator('dt[id^="person-"]');
      expect(await people.count()).toBeGreaterThan(10);
      expect(await page.locator('dt[id^="person-"] + dd [data-testid=quote-translation]').count()).toBe(await people.count());
      await page.keyboard.press('Escape');
      // The situation's folded parts opened: the sides' postures and the country's figures in Hungarian, no raw id.
      for (const summary of await page.locator('#side-panel .situation details > summary').all()) await summary.click();
      const situation = await page.locator('#side-panel .situation').innerText();
      expect(situation).toMatch(/A szovjet önmérséklet a lakott területeken/);
      expect(situation).toMatch(/Gyülekezés|Tüntetés|Kemény vonal/);
      expect(situation).not.toMatch(/\b[a-z]+[A-Z][a-zA-Z]*\b/);
      expect(situation).not.toMatch(/\b(gathering|demonstrating|hardline|inactive|garrison|watching)\b/i);
      expect(await englishOnScreen(page)).toEqual([]);
      await decideAsHistory(page, 'Ahogy a történelemben.');
      await endTurn(page);
      expect(await englishOnScreen(page)).toEqual([]);
      expect(await axeProblems(page)).toEqual([]);
      await shot(page, 'hu-evening');
    });
  });

  it('keeps the bar to one row on a tablet in Hungarian, the briefing among its tools, the motion switch in the menu', async () => {
    await withBrowser({ width: 820, height: 1180, reducedMotion: 'reduce' }, async ({ page }) => {
      await openTitle(page, `${preview().url}?lang=hu`);
      await page.locator('.title-menu [data-action=new-game]').click();
      await page.locator('#ng-scenario').selectOption('nagy-cabinet');
      await page.locator('[data-action=start]').click();
      await page.locator('[data-action=begin-exercise]').click();
      await page.locator('#end-turn').waitFor();
      await closeGuideIfOpen(page);
      const tools = await page.locator('#topbar .tools > *').evaluateAll((els) =>
        els.map((e) => e.getBoundingClientRect()).filter((r) => r.width > 0).map((r) => ({ top: Math.round(r.top), right: Math.round(r.right) })),
      );
      // Reports, a day back, the briefing, the glossary, help and the menu, side by side.
      expect(tools.length).toBe(6);
      expect(new Set(tools.map((x) => x.top)).size).toBe(1);
      expect(Math.max(...tools.map((x) => x.right))).toBeLessThanOrEqual(820);
      expect((await page.locator('#topbar').boundingBox())!.height).toBeLessThanOrEqual(56);
      await page.locator('#topbar [data-action=menu]').click();
      await expect(page.locator('#menu-reduce-motion').count()).resolves.toBe(1);
      expect(await englishOnScreen(page)).toEqual([]);
    });
  });

  it('switches language mid-game: the page comes back in English with the same game', async () => {
    await withBrowser({ reducedMotion: 'reduce' }, async ({ page }) => {
      await openTitle(page, `${preview().url}?lang=hu`);
      await startNewGame(page, 'valtas-1956');
      await closeGuideIfOpen(page);
      await decideAsHistory(page, 'Ahogy a történelemben.');
      await endTurn(page);
      await page.locator('[data-action=next-morning]').click();
      const date = await panelDate(page);
      const hash = await panelHash(page);
      expect(hash).toMatch(/^[0-9a-f]{32}$/);
      // The menu's language switch: the page reloads in English and the game continues.
      await page.locator('#topbar [data-action=menu]').click();
      await Promise.all([page.waitForURL(/lang=en/), page.locator('#menu-language').selectOption('en')]);
      await page.locator('[data-action=continue]').first().click();
      await page.locator('#end-turn').waitFor();
      await closeGuideIfOpen(page);
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
      expect(await panelDate(page)).toBe(date);
      expect(await panelHash(page)).toBe(hash);
      await expect(page.locator('#side-panel').innerText()).resolves.toMatch(/October 1956/);
    });
  });
  it('says in Hungarian why a replay code or a save cannot be loaded', async () => {
    await withBrowser({ reducedMotion: 'reduce' }, async ({ page }) => {
      await openTitle(page, `${preview().url}?lang=hu`);
      // A code that is no code: the line from the format's problem, not the reader's English.
      await page.locator('[data-action=load-replay]').click();
      await page.locator('#load-code').fill('ND2.not-a-code');
      await page.locator('[data-action=load-code]').click();
      const error = (await page.locator('[data-testid=load-error]').textContent()) ?? '';
      expect(error).toMatch(/visszajátszás/i);
      expect(error).not.toMatch(/replay|cannot|code starts/i);
      // A save damaged in storage: the title screen's notice says why in Hungarian.
      await page.evaluate(() => localStorage.setItem('nineteen-days/autosave', '{"kind": "nineteen-days-autosave", '));
      await page.reload();
      const notice = page.locator('[data-testid=save-problem]');
      await notice.waitFor();
      await expect(notice.innerText()).resolves.toMatch(/A mentett adat sérült/);
      await expect(notice.innerText()).resolves.not.toMatch(/damaged|valid JSON/);
      // A link to the viewer whose code reads but does not play (altered after it was sealed): why, in Hungarian.
      const altered = { ...replayOf('campaign', { seed: 'megváltozott', roles: { revolutionaries: 'player' } }), seed: 'más-mag' };
      await page.goto('about:blank');
      await openTitle(page, `${preview().url}?lang=hu#replay=${encodeReplayCode(altered)}`);
      const refused = (await page.locator('[data-testid=load-error]').textContent()) ?? '';
      expect(refused).toMatch(/nem játszható le: a visszajátszást a mentése óta megváltoztatták/);
      expect(refused).not.toMatch(/altered|checksum mismatch/i);
    });
  });
});
