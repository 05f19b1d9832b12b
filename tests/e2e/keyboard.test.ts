// The game at the keyboard and for a screen reader: skip links from the decisions to End
// turn and from the report to the next morning (counted in Tab presses), focus back where
// it was after each dialog, the report read on with Page Down and Space, an order menu that
// changes nothing until the order is confirmed, and an option picked then "End turn" taken
// as the player's choice with its reason. Any console error or page error fails a test.
import { describe, expect, it } from 'vitest';
import { usePreview, withBrowser } from './support/browser';
import type { Browser } from './support/browser';
import { closeReport, openTitle, panelHash, startNewGame, tabsTo } from './support/play';

const preview = usePreview();
const focused = (b: Browser, selector: string): Promise<boolean> => b.page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector);

describe('the keyboard', () => {
  it('keeps the focus on the page through the guide, the decisions, End turn and the report', async () => {
    await withBrowser({ reducedMotion: 'reduce' }, async (b) => {
      const { page } = b;
      await openTitle(page, preview().url);
      await startNewGame(page, 'keys-1956');
      // Escape closes the guide and the focus goes to the morning's heading, not the page's body.
      await page.locator('.dialog.guide [data-action=guide-next]').waitFor();
      await page.keyboard.press('Escape');
      // The dialog leaves the page on its "close" event, which the browser queues: wait for it (at most 5 s).
      await page.locator('.dialog.guide').waitFor({ state: 'detached', timeout: 5000 });
      await expect(page.locator('.dialog.guide').count()).resolves.toBe(0);
      expect(await focused(b, '#side-panel h1.date')).toBe(true);

      // The first decision's options on screen at 1280×720, without scrolling.
      const first = (await page.locator('.decision .option').first().boundingBox())!;
      expect(first.y + first.height).toBeLessThanOrEqual(720);

      // Decide the first card with the keyboard; from the decided card, the skip link and End turn.
      const card = page.locator('.decision:not(.decided)').first();
      const id = (await card.getAttribute('data-decision'))!;
      await card.locator('.option[data-historical=true] input').focus();
      await page.keyboard.press('Space');
      await card.locator('.reason-input').fill('By the keyboard.');
      await card.locator('.reason-input').press('Enter');
      await page.locator(`.decision.decided[data-decision="${id}"]`).waitFor();
      expect(await focused(b, `[data-decision="${id}"] .decision-title`)).toBe(true);
      const remaining = await page.locator('.decision:not(.decided)').count();
      const toSkip = await tabsTo(page, '[data-action=skip-to-end]');
      await page.keyboard.press('Enter');
      expect(await focused(b, '#end-turn')).toBe(true);
      console.log(`from a decided card to End turn: ${toSkip} Tab presses and Enter on the skip link (${remaining} card(s) still open)`);
      if (remaining === 0) expect(toSkip).toBeLessThanOrEqual(3);
      // Without the skip link, through the areas and their orders.
      await page.locator(`[data-decision="${id}"] .decision-title`).focus();
      const without = await tabsTo(page, '#end-turn', 200);
      console.log(`the same without the skip link: ${without} Tab presses`);

      // Reconsider it; pick the options of the cards open (no Decide), type a reason, end the turn: they are taken.
      await page.locator(`[data-decision="${id}"] button`, { hasText: 'Reconsider' }).click();
      expect(await focused(b, `[data-decision="${id}"] input[type=radio]`)).toBe(true);
      const picks: string[] = [];
      for (const open of await page.locator('.decision:not(.decided)').all()) {
        picks.push((await open.getAttribute('data-decision'))!);
        await open.locator('.option[data-historical=false] input').first().check();
        await open.locator('.reason-input').fill('Picked, then End turn.');
      }
      await page.locator('#end-turn').click();
      const report = page.locator('[data-testid=day-report]');
      await report.waitFor({ timeout: 60_000 });
      for (const p of picks) {
        await expect(report.locator(`.decision-list li[data-decision="${p}"] .reason`).textContent()).resolves.toContain('Picked, then End turn.');
        await expect(report.locator(`.decision-list li[data-decision="${p}"]`).getAttribute('class')).resolves.toBe('left-history');
      }

      // The report: the headline has the focus, inside the part that scrolls.
      expect(await focused(b, '.report-dialog .headline')).toBe(true);
      const body = page.locator('.report-dialog .dialog-body');
      await page.keyboard.press('PageDown');
      await page.waitForFunction(() => (document.querySelector('.report-dialog .dialog-body')?.scrollTop ?? 0) > 0);
      // Space too, from the top again (a short report may end within one page).
      await body.evaluate((el) => el.scrollTo({ top: 0, behavior: 'instant' }));
      await page.keyboard.press('Space');
      await page.waitForFunction(() => (document.querySelector('.report-dialog .dialog-body')?.scrollTop ?? 0) > 0);
      // One Tab to the skip link, Enter: the next morning's button.
      await report.locator('.headline').focus();
      const toMorning = await tabsTo(page, '[data-action=skip-to-morning]');
      expect(toMorning).toBe(1);
      await page.keyboard.press('Enter');
      expect(await focused(b, '[data-action=next-morning]')).toBe(true);
      await report.locator('.headline').focus();
      const withoutSkip = await tabsTo(page, '[data-action=next-morning]', 200);
      console.log(`from the report's headline to the next morning: ${toMorning} Tab and Enter on the skip link; ${withoutSkip} Tab presses without it`);
      await page.keyboard.press('Enter');
      await report.waitFor({ state: 'detached' });
      expect(await focused(b, '#side-panel h1.date')).toBe(true);

      // A report read again from the bar: closing it gives the focus back to the bar's button.
      await page.locator('[data-action=reports]').click();
      await page.locator('.report-list button').first().click();
      await report.waitFor();
      await page.keyboard.press('Escape');
      await report.waitFor({ state: 'detached' });
      expect(await focused(b, '[data-action=reports]')).toBe(true);
      // The glossary and the menu too.
      for (const tool of ['glossary', 'menu', 'help']) {
        await page.locator(`#topbar [data-action=${tool}]`).click();
        await page.locator('dialog[open]').waitFor();
        await page.keyboard.press('Escape');
        await page.waitForFunction(() => !document.querySelector('dialog[open]'));
        expect(await focused(b, `#topbar [data-action=${tool}]`), tool).toBe(true);
      }
    });
  });

  it('gives a standing order only when it is confirmed', async () => {
    await withBrowser({ reducedMotion: 'reduce' }, async (b) => {
      const { page } = b;
      await openTitle(page, preview().url);
      await startNewGame(page, 'orders-1956');
      await page.keyboard.press('Escape');
      const hash = await panelHash(page);
      const select = page.locator('#orders select[data-area]').first();
      const area = (await select.getAttribute('data-area'))!;
      const row = page.locator(`#orders tr[data-area="${area}"]`);
      // An arrow key picks an order and gives none.
      await select.focus();
      await page.keyboard.press('ArrowDown');
      const picked = await select.inputValue();
      expect(picked).not.toBe('');
      expect(await panelHash(page)).toBe(hash);
      await expect(row.locator('[data-action=give-order]').isVisible()).resolves.toBe(true);
      // Escape puts the menu back as it was.
      await page.keyboard.press('Escape');
      await expect(select.inputValue()).resolves.toBe('');
      await expect(row.locator('[data-action=give-order]').isVisible()).resolves.toBe(false);
      expect(await panelHash(page)).toBe(hash);
      // Enter (or the button) gives it.
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Enter');
      await page.waitForFunction((h) => document.getElementById('side-panel')?.dataset.stateHash !== h, hash);
      await expect(page.locator(`#orders select[data-area="${area}"]`).inputValue()).resolves.toBe(picked);
      expect(await focused(b, `select[data-area="${area}"]`)).toBe(true);
      await expect(page.locator(`#orders tr[data-area="${area}"] [data-action=give-order]`).isVisible()).resolves.toBe(false);
    });
  });

  it('says which decision waits when End turn is pressed with nothing picked', async () => {
    await withBrowser({ reducedMotion: 'reduce' }, async (b) => {
      const { page } = b;
      await openTitle(page, preview().url);
      await startNewGame(page, 'waits-1956');
      await page.keyboard.press('Escape');
      const title = (await page.locator('.decision:not(.decided) .decision-title').first().textContent())!;
      await page.locator('#end-turn').click();
      await expect(page.locator('[data-testid=panel-error]').textContent()).resolves.toContain(title);
      expect(await focused(b, '.decision:not(.decided) input[type=radio]')).toBe(true);
      await expect(page.locator('[data-testid=day-report]').count()).resolves.toBe(0);
      // Picking it is enough.
      await page.keyboard.press('Space');
      await page.locator('#end-turn').click();
      await page.locator('[data-testid=day-report]').waitFor({ timeout: 60_000 });
      await closeReport(page);
    });
  });
});
