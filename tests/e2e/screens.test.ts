// Every screen, for everyone: axe-core on the title, the new game, a morning, an evening
// report, the end, an exercise's briefing, the hand-over, the class comparison, the replay
// viewer and a what-if (no violation of serious or critical impact, none of the landmark
// and region rules); and the game on any screen — a phone upright and sideways, a tablet, a
// laptop, a large screen: the bar at most 12% of the height, the map drawn, the decisions
// and End turn in reach, the report beside the map. Any console error fails a test.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { encodeReplayCode } from '../../src/replay';
import { replayUntil } from '../../scripts/lib/browser';
import { axeProblems } from './support/axe';
import { usePreview, useTempDir, withBrowser } from './support/browser';
import { replayOf, writeJson } from './support/classroom';
import { frame, openTitle } from './support/play';
import type { Page } from 'playwright-core';

const preview = usePreview();
const temp = useTempDir();

/** No violation that fails a screen; the list, if any, says what and where. */
async function accessible(page: Page, screen: string): Promise<void> {
  expect(await axeProblems(page), screen).toEqual([]);
}

async function loadCode(page: Page, code: string): Promise<void> {
  await openTitle(page, preview().url);
  await page.locator('[data-action=load-replay]').click();
  await page.locator('#load-code').fill(code);
  await page.locator('[data-action=load-code]').click();
}

describe('axe-core on every screen', () => {
  it('finds nothing serious on the title, the new game, a morning, an evening report and the end', async () => {
    await withBrowser({ reducedMotion: 'reduce' }, async ({ page }) => {
      await openTitle(page, preview().url);
      await accessible(page, 'title');
      await page.locator('.title-menu [data-action=new-game]').click();
      await accessible(page, 'new game');
      // The reactive sides first, in plain words.
      await expect(page.locator('#ng-policy option').first().textContent()).resolves.toMatch(/react to your choices/);
      await expect(page.locator('#ng-policy-note').textContent()).resolves.toMatch(/reasons the record gives/);
      await page.locator('[data-action=start]').click();
      await page.locator('#end-turn').waitFor();
      await accessible(page, 'first morning, with the guide');
      await page.locator('[data-action=guide-close]').click();
      await accessible(page, 'morning');
      await page.locator('.decision .option[data-historical=true] input').first().check();
      await page.locator('#end-turn').click();
      await page.locator('[data-testid=day-report]').waitFor({ timeout: 60_000 });
      await accessible(page, 'evening report');
      for (const fold of await page.locator('.report-fold > summary').all()) await fold.click();
      await accessible(page, 'evening report, unfolded');
      await loadCode(page, replayUntil('1956-11-11'));
      await page.locator('[data-testid=end-screen]').waitFor();
      await accessible(page, 'end');
    });
  });

  it('finds nothing serious on a briefing, the hand-over and the class comparison', async () => {
    const files = ['anna', 'bence', 'csilla'].map((n, i) => writeJson(join(temp(), `${n}.json`), replayOf('nagy-cabinet', { seed: `axe-${n}`, roles: { government: 'player' } }, i === 1 ? { neutrality: 'stay' } : {})));
    await withBrowser({ reducedMotion: 'reduce' }, async ({ page }) => {
      await openTitle(page, preview().url);
      await page.locator('.title-menu [data-action=new-game]').click();
      await page.locator('#ng-scenario').selectOption('radio-night');
      await page.locator('#ng-mode-hotseat').check();
      await page.locator('[data-action=start]').click();
      await page.locator('[data-testid=briefing]').waitFor();
      await accessible(page, 'briefing');
      await page.locator('[data-action=begin-exercise]').click();
      await page.locator('[data-testid=hand-over]').waitFor();
      await accessible(page, 'hand-over');

      await openTitle(page, preview().url);
      await page.locator('[data-action=class-compare]').click();
      await page.locator('#cc-files').setInputFiles(files);
      await page.locator('[data-action=compare]').click();
      await page.locator('[data-testid=class-summary]').waitFor();
      await accessible(page, 'class comparison');
    });
  });

  it('finds nothing serious in the replay viewer and a what-if', async () => {
    const code = encodeReplayCode(replayOf('campaign', { seed: 'axe-viewer-1956', roles: { revolutionaries: 'player' } }, { 'fight-on': 'truce' }));
    await withBrowser({ reducedMotion: 'reduce' }, async ({ page }) => {
      await page.goto(`${preview().url}#replay=${code}`);
      await page.locator('[data-testid=viewer-date]').waitFor({ timeout: 30_000 });
      await page.keyboard.press('ArrowRight');
      await accessible(page, 'replay viewer');
      await page.locator('[data-action=what-if]').click();
      const option = page.locator('.what-if-dialog .what-if-decision .option:not(:has(input:checked)) input').first();
      await option.check();
      await accessible(page, 'what-if dialog');
      await page.locator('[data-action=fork-auto]').click();
      await page.locator('[data-testid=what-if]').waitFor({ timeout: 60_000 });
      await accessible(page, 'what-if');
    });
  });
});

describe('the game on any screen', () => {
  const SIZES = [
    { width: 390, height: 844, name: 'a phone held upright' },
    { width: 844, height: 390, name: 'a phone held sideways' },
    { width: 820, height: 1180, name: 'a tablet' },
    { width: 1280, height: 720, name: 'a laptop' },
    { width: 1920, height: 1080, name: 'a large screen' },
  ];
  // The morning of 28 October for the revolutionaries: the ceasefire to decide.
  const code = replayUntil('1956-10-28');

  for (const size of SIZES) {
    it(`draws the map, keeps the decisions and End turn in reach, and the report beside the map, on ${size.name} (${size.width}×${size.height})`, async () => {
      await withBrowser({ width: size.width, height: size.height, reducedMotion: 'reduce' }, async ({ page }) => {
        await loadCode(page, code);
        await page.locator('#end-turn').waitFor();
        await page.locator('[data-action=guide-close]').click();
        await page.waitForFunction(() => performance.getEntriesByName('nd:phaser-ready').length > 0);
        const f = await frame(page);
        console.log(`${size.width}×${size.height}: the bar ${Math.round(f.bar)} px (${((100 * f.bar) / size.height).toFixed(1)}%), the map ${Math.round(f.map.width)}×${Math.round(f.map.height)}`);
        expect(f.bar).toBeLessThanOrEqual(0.12 * size.height);
        expect(f.map.width * f.map.height).toBeGreaterThan(0.2 * size.width * size.height);
        expect(Math.abs(f.canvas.width - f.map.width)).toBeLessThanOrEqual(1);
        expect(f.canvas.height).toBeGreaterThan(0);
        // The map is drawn: the canvas holds ink, not only the paper behind it.
        await page.waitForFunction(() => {
          const c = document.querySelector<HTMLCanvasElement>('#map-host canvas');
          const copy = document.createElement('canvas');
          if (!c || !c.width || !c.height) return false;
          copy.width = 64;
          copy.height = 64;
          const ctx = copy.getContext('2d')!;
          ctx.drawImage(c, 0, 0, 64, 64);
          const px = ctx.getImageData(0, 0, 64, 64).data;
          let inked = 0;
          for (let i = 3; i < px.length; i += 4) if (px[i]! > 0) inked++;
          return inked > 64 * 64 * 0.15;
        });
        // End turn on screen, the first option and its Decide button in reach.
        expect(f.endTurn && f.endTurn.y >= 0 && f.endTurn.y + f.endTurn.height <= size.height + 0.5).toBe(true);
        const option = page.locator('.decision .option[data-historical=true] input').first();
        await option.scrollIntoViewIfNeeded();
        await option.check();
        const decide = page.locator('.decision [data-action=decide]').first();
        await decide.scrollIntoViewIfNeeded();
        const box = (await decide.boundingBox())!;
        const endTurn = (await page.locator('#end-turn').boundingBox())!;
        expect(box.y + box.height <= endTurn.y || box.y >= endTurn.y + endTurn.height).toBe(true);
        await decide.click();
        await page.locator('.decision.decided').first().waitFor();
        // The report: beside the map (below it, upright), the map fitted to what it leaves.
        await page.locator('#end-turn').click();
        await page.locator('[data-testid=day-report]').waitFor({ timeout: 60_000 });
        const sheet = (await page.locator('.report-dialog').boundingBox())!;
        const map = (await page.locator('#map-wrap').boundingBox())!;
        expect(map.x + map.width <= sheet.x + 1 || map.y + map.height <= sheet.y + 1).toBe(true);
        expect(map.width * map.height).toBeGreaterThan(0.2 * size.width * size.height);
        await page.waitForFunction((w) => Math.abs((document.querySelector<HTMLCanvasElement>('#map-host canvas')?.width ?? 0) - w) <= 1, map.width);
        const next = (await page.locator('[data-action=next-morning]').boundingBox())!;
        expect(next.y + next.height).toBeLessThanOrEqual(size.height + 0.5);
        await page.locator('[data-action=next-morning]').click();
        await page.locator('#end-turn').waitFor();
        // On a small screen the bar's tools are in the menu.
        if (size.width <= 720 || size.height <= 520) {
          await expect(page.locator('#topbar [data-action=reports]').isVisible()).resolves.toBe(false);
          await page.locator('#topbar [data-action=menu]').click();
          await page.locator('[data-action=menu-reports]').click();
          await page.locator('.report-list button').first().click();
          await page.locator('[data-testid=day-report]').waitFor();
          await page.locator('[data-action=next-morning]').click();
        }
      });
    });
  }
});
