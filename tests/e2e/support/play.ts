// Playing the game through its interface, as a person would: the title's buttons, the
// decision cards (by keyboard), the End turn button, the evening report.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { wordCount } from '../../../src/history';
import { ROOT } from './browser';

const ARTEFACTS = join(ROOT, 'test-results', 'e2e');
mkdirSync(ARTEFACTS, { recursive: true });

export async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(ARTEFACTS, `${name}.png`) });
}

/** Open the page and wait for the title screen. */
export async function openTitle(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.locator('[data-action=new-game]').first().waitFor({ timeout: 30_000 });
}

/** New game from the title with the defaults (the campaign, the first side, history's policy); returns the seed shown. */
export async function startNewGame(page: Page, seed?: string): Promise<string> {
  await page.locator('.title-menu [data-action=new-game]').click();
  const field = page.locator('#ng-seed');
  if (seed) await field.fill(seed);
  const shown = await field.inputValue();
  await page.locator('[data-action=start]').click();
  await page.locator('#end-turn').waitFor();
  return shown;
}

export async function closeGuideIfOpen(page: Page): Promise<void> {
  const close = page.locator('[data-action=guide-close]');
  if (await close.isVisible()) await close.click();
}

/**
 * Take history's option in every open decision card, with the keyboard: focus the
 * historical radio, Space to choose it, type a reason, Enter to decide.
 */
export async function decideAsHistory(page: Page, reason = 'As history went.'): Promise<number> {
  let decided = 0;
  for (;;) {
    const card = page.locator('.decision:not(.decided)').first();
    if ((await card.count()) === 0) return decided;
    const id = await card.getAttribute('data-decision');
    const radio = card.locator('.option[data-historical=true] input[type=radio]');
    await radio.focus();
    await page.keyboard.press('Space');
    if (!(await radio.isChecked())) throw new Error(`the historical option of ${id} did not take the keyboard`);
    await card.locator('.reason-input').fill(reason);
    await card.locator('.reason-input').press('Enter');
    await page.locator(`.decision.decided[data-decision="${id}"]`).waitFor();
    decided++;
  }
}

export async function panelDate(page: Page): Promise<string> {
  return (await page.locator('[data-testid=date]').getAttribute('data-date')) ?? '';
}

/** The state hash of the morning on show (kept on the panel for tests; testers read it in the menu). */
export async function panelHash(page: Page): Promise<string> {
  return (await page.locator('#side-panel').getAttribute('data-state-hash')) ?? '';
}

/** The words of the evening report as it first opens: what is on show, folded parts left out. */
export async function reportWords(page: Page): Promise<{ all: number; story: number }> {
  const [all, story] = await page.locator('.report-dialog').evaluate((d) => [(d as HTMLElement).innerText, (d.querySelector('[data-testid=story]') as HTMLElement).innerText]);
  return { all: wordCount(all!), story: wordCount(story!) };
}

/** The boxes of the bar, the map, the End turn button and the viewport. */
export async function frame(page: Page): Promise<{ bar: number; map: Box; endTurn: Box | null; canvas: { width: number; height: number }; viewport: { width: number; height: number } }> {
  const box = async (selector: string): Promise<Box | null> => page.locator(selector).boundingBox();
  const viewport = page.viewportSize()!;
  const canvas = await page.locator('#map-host canvas').evaluate((c: HTMLCanvasElement) => ({ width: c.width, height: c.height }));
  return { bar: (await box('#topbar'))?.height ?? 0, map: (await box('#map-wrap'))!, endTurn: await box('#end-turn'), canvas, viewport };
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Press Tab until `selector` has the focus; the number of presses (throws past `limit`). */
export async function tabsTo(page: Page, selector: string, limit = 120): Promise<number> {
  for (let n = 1; n <= limit; n++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return n;
  }
  throw new Error(`${selector} not reached in ${limit} Tab presses`);
}

/** End the turn and wait for the evening report; returns the report's date. */
export async function endTurn(page: Page): Promise<string> {
  await page.locator('#end-turn').click();
  const report = page.locator('[data-testid=day-report]');
  await report.waitFor({ timeout: 30_000 });
  return (await report.getAttribute('data-date')) ?? '';
}

export async function closeReport(page: Page): Promise<void> {
  await page.locator('[data-action=next-morning]').click();
  await page.locator('[data-testid=day-report]').waitFor({ state: 'detached' });
}
