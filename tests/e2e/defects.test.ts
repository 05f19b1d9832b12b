// The small defects a new player met, each checked through the page: the charts' axes label
// each value once (the first day's Soviet-dead chart read "1, 1, 0"); a quote mark stays on
// the line of the term it opens or closes (the end screen showed "Kádár's '" with the name on
// the next line, and a long term ran past the paper's edge on a phone); the state hash is for
// testers only, folded away on the end screen and in the menu, nowhere on a morning. Any console error fails a test.
import { describe, expect, it } from 'vitest';
import { replayUntil } from '../../scripts/lib/browser';
import { usePreview, withBrowser } from './support/browser';
import { closeGuideIfOpen, endTurn, openTitle, panelHash, startNewGame } from './support/play';
import type { Page } from 'playwright-core';

const preview = usePreview();

async function loadCode(page: Page, code: string): Promise<void> {
  await openTitle(page, preview().url);
  await page.locator('[data-action=load-replay]').click();
  await page.locator('#load-code').fill(code);
  await page.locator('[data-action=load-code]').click();
}

/** Every glossary term that a quote mark opens or closes, and whether the mark is on the term's line. */
function quotedTerms(page: Page, root: string): Promise<{ term: string; sameLine: boolean }[]> {
  return page.evaluate((selector) => {
    const out: { term: string; sameLine: boolean }[] = [];
    // The mark beside the first line of the term (an opening mark) or its last (a closing one).
    const onLine = (node: Node, at: number, button: Element, opening: boolean): boolean => {
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + 1);
      const r = range.getBoundingClientRect();
      const lines = button.getClientRects();
      const b = lines[opening ? 0 : lines.length - 1]!;
      return r.bottom > b.top + 1 && r.top < b.bottom - 1;
    };
    const textBefore = (el: Node): Text | null => (el.previousSibling?.nodeType === Node.TEXT_NODE ? (el.previousSibling as Text) : null);
    const textAfter = (el: Node): Text | null => (el.nextSibling?.nodeType === Node.TEXT_NODE ? (el.nextSibling as Text) : null);
    for (const button of document.querySelectorAll(`${selector} .term`)) {
      const before = textBefore(button);
      const after = textAfter(button);
      if (before && /['‘“"]$/.test(before.data)) out.push({ term: button.textContent ?? '', sameLine: onLine(before, before.data.length - 1, button, true) });
      if (after && /^['’”"]/.test(after.data)) out.push({ term: button.textContent ?? '', sameLine: onLine(after, 0, button, false) });
    }
    return out;
  }, root);
}

describe('the small defects', () => {
  it('labels each value of a chart’s axis once, on the first evening', async () => {
    await withBrowser({ reducedMotion: 'reduce' }, async ({ page }) => {
      await openTitle(page, preview().url);
      await startNewGame(page, 'axes-1956');
      await closeGuideIfOpen(page);
      await page.locator('.decision .option[data-historical=true] input').first().check();
      await endTurn(page);
      await page.locator('[data-testid=fold-figures] > summary').click();
      const axes = await page.locator('.report-dialog svg.chart').evaluateAll((charts) =>
        charts.map((c) => ({ title: c.getAttribute('aria-label') ?? '', ticks: [...c.querySelectorAll('text.tick[text-anchor=end]')].map((t) => t.textContent ?? '') })),
      );
      expect(axes.length).toBeGreaterThan(1);
      for (const axis of axes) {
        expect(axis.ticks.length, axis.title).toBeGreaterThanOrEqual(2);
        expect(new Set(axis.ticks).size, `${axis.title}: ${axis.ticks.join(', ')}`).toBe(axis.ticks.length);
        // Whole numbers where the figure counts people (a first day of no deaths is 0, 1, 2).
        if (/dead|killed/i.test(axis.title)) for (const t of axis.ticks) expect(t, axis.title).toMatch(/^\d+(\.\d+)?k?$/);
      }
    });
  });

  for (const width of [390, 1280]) {
    it(`keeps a quote mark on its term’s line on the end screen, ${width} px wide`, async () => {
      await withBrowser({ width, height: width === 390 ? 844 : 720, reducedMotion: 'reduce' }, async ({ page }) => {
        await loadCode(page, replayUntil('1956-11-11'));
        await page.locator('[data-testid=end-screen]').waitFor();
        const quoted = await quotedTerms(page, '[data-testid=end-screen]');
        // Kádár's 'Revolutionary Worker-Peasant Government' is in history's outcome.
        expect(quoted.length).toBeGreaterThan(0);
        expect(quoted.filter((q) => !q.sameLine)).toEqual([]);
        // And no term runs past the paper's edge: a long one wraps like the words around it.
        const past = await page.locator('[data-testid=end-screen] .end-paper').evaluate((paper) => {
          const edge = paper.getBoundingClientRect().right;
          return [...paper.querySelectorAll('.term')].filter((t) => t.getBoundingClientRect().right > edge + 0.5).map((t) => t.textContent);
        });
        expect(past).toEqual([]);
        const text = await page.locator('[data-testid=end-screen]').innerText();
        expect(text).not.toMatch(/['‘“]\s*\n/);
      });
    });
  }

  it('keeps the state hash for testers: in the menu and on the end screen, folded; nowhere on a morning', async () => {
    await withBrowser({ reducedMotion: 'reduce' }, async ({ page }) => {
      await openTitle(page, preview().url);
      await startNewGame(page, 'hash-1956');
      await closeGuideIfOpen(page);
      const hash = await panelHash(page);
      expect(hash).toMatch(/^[0-9a-f]{32}$/);
      await expect(page.locator('body').innerText()).resolves.not.toContain(hash);
      // The menu: folded under "For testers", the morning's hash when opened.
      await page.locator('#topbar [data-action=menu]').click();
      const menuHash = page.locator('[data-testid=menu-hash]');
      await expect(menuHash.isVisible()).resolves.toBe(false);
      await page.locator('dialog[open] details.testers > summary').click();
      await expect(menuHash.isVisible()).resolves.toBe(true);
      await expect(menuHash.textContent()).resolves.toBe(hash);
      await page.keyboard.press('Escape');
      // The end screen: the final hash folded the same way.
      await loadCode(page, replayUntil('1956-11-11'));
      const end = page.locator('[data-testid=end-screen]');
      await end.waitFor();
      const finalHash = end.locator('[data-testid=final-hash]');
      await expect(finalHash.isVisible()).resolves.toBe(false);
      const final = (await finalHash.textContent())!.trim();
      expect(final).toMatch(/^[0-9a-f]{32}$/);
      await expect(end.innerText()).resolves.not.toContain(final);
      await end.locator('details.testers > summary').click();
      await expect(finalHash.isVisible()).resolves.toBe(true);
    });
  });
});
