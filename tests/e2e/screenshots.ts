// The screenshots in docs/screenshots/, taken from the built site in headless Chromium.
// Run: npx vite build && npx tsx tests/e2e/screenshots.ts
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { replayUntil } from '../../scripts/measure-web';
import { ROOT, launch, startPreview } from './support/browser';

const OUT = join(ROOT, 'docs/screenshots');
mkdirSync(OUT, { recursive: true });

async function loadCode(page: Page, url: string, code: string): Promise<void> {
  await page.goto(url);
  await page.locator('[data-action=load-replay]').click();
  await page.locator('#load-code').fill(code);
  await page.locator('[data-action=load-code]').click();
  await page.locator('#end-turn').waitFor();
  await page.waitForFunction(() => performance.getEntriesByName('nd:phaser-ready').length > 0);
  const guide = page.locator('[data-action=guide-close]');
  if (await guide.isVisible()) await guide.click();
  await page.waitForTimeout(400);
}

async function decideAll(page: Page): Promise<void> {
  for (;;) {
    const card = page.locator('.decision:not(.decided)').first();
    if ((await card.count()) === 0) return;
    await card.locator('.option[data-historical=true] input').check();
    await card.locator('[data-action=decide]').click();
  }
}

const preview = await startPreview();
try {
  const shot = (page: Page, name: string): Promise<Buffer> => page.screenshot({ path: join(OUT, `${name}.png`) });

  // Title.
  {
    const b = await launch({ reducedMotion: 'reduce' });
    await b.page.goto(preview.url);
    await b.page.locator('[data-action=new-game]').first().waitFor();
    await b.page.waitForFunction(() => performance.getEntriesByName('nd:phaser-ready').length > 0);
    await b.page.locator('.title-menu [data-action=new-game]').click();
    await b.page.waitForTimeout(600);
    await shot(b.page, '1-title');
    await b.close();
  }

  // The day of 4 November playing on the map, then its report.
  {
    const b = await launch({ reducedMotion: 'no-preference' });
    await loadCode(b.page, preview.url, replayUntil('1956-11-04'));
    await decideAll(b.page);
    await b.page.locator('#end-turn').click();
    await b.page.waitForTimeout(2300);
    await shot(b.page, '2-map-day-in-progress');
    await b.page.locator('[data-testid=day-report]').waitFor({ timeout: 30_000 });
    await b.page.waitForTimeout(300);
    await shot(b.page, '4-day-report');
    await b.close();
  }

  // The morning of 1 November, Nagy's government: neutrality? A reason being written.
  {
    const b = await launch({ reducedMotion: 'reduce' });
    await loadCode(b.page, preview.url, replayUntil('1956-11-01', 'government'));
    const card = b.page.locator('.decision[data-decision=neutrality]');
    await card.locator('.record summary').click();
    await card.locator('.option[data-historical=true] input').check();
    await card.locator('.reason-input').fill('Moscow has broken its word; only the world can hold it back now.');
    await card.locator('.decision-title').scrollIntoViewIfNeeded();
    await b.page.mouse.move(610, 420);
    await b.page.waitForTimeout(400);
    await shot(b.page, '3-decisions-and-area');
    await b.close();
  }

  // The end, and a tablet in portrait.
  {
    const b = await launch({ reducedMotion: 'reduce' });
    await b.page.goto(preview.url);
    await b.page.locator('[data-action=load-replay]').click();
    await b.page.locator('#load-code').fill(replayUntil('1956-11-11'));
    await b.page.locator('[data-action=load-code]').click();
    await b.page.locator('[data-testid=end-screen]').waitFor();
    await b.page.waitForTimeout(800);
    await shot(b.page, '5-end');
    await b.close();
  }
  {
    const b = await launch({ width: 820, height: 1180, reducedMotion: 'reduce' });
    await loadCode(b.page, preview.url, replayUntil('1956-10-28'));
    await shot(b.page, '6-tablet');
    await b.close();
  }
} finally {
  await preview.stop();
}
