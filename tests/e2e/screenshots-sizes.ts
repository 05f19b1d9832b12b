// The game at four sizes (a phone upright, a tablet, a laptop, a large screen): the title,
// the morning's panel beside the map, the evening report beside the map and the end screen,
// saved as docs/screenshots/report-<size>-<screen>.png.
// Run: npx vite build && npx tsx tests/e2e/screenshots-sizes.ts
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { ROOT, launch, replayUntil, startPreview } from '../../scripts/lib/browser';

const OUT = join(ROOT, 'docs/screenshots');
mkdirSync(OUT, { recursive: true });

const SIZES = [
  { width: 390, height: 844 },
  { width: 820, height: 1180 },
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
];

async function mapReady(page: Page): Promise<void> {
  await page.waitForFunction(() => performance.getEntriesByName('nd:phaser-ready').length > 0);
  await page.waitForTimeout(500);
}

async function loadCode(page: Page, url: string, code: string): Promise<void> {
  await page.goto(url);
  await page.locator('[data-action=load-replay]').click();
  await page.locator('#load-code').fill(code);
  await page.locator('[data-action=load-code]').click();
}

const preview = await startPreview();
try {
  for (const size of SIZES) {
    const tag = `${size.width}x${size.height}`;
    const b = await launch({ ...size, reducedMotion: 'reduce' });
    try {
      const { page } = b;
      const shot = async (name: string): Promise<void> => {
        // The pointer off the controls, so none shows its hover.
        await page.mouse.move(size.width - 2, size.height / 2);
        await page.screenshot({ path: join(OUT, `report-${tag}-${name}.png`) });
      };
      await page.goto(preview.url);
      await page.locator('.title-menu [data-action=new-game]').waitFor();
      await mapReady(page);
      await shot('1-title');

      // The morning of 28 October for the revolutionaries: the ceasefire to decide.
      await loadCode(page, preview.url, replayUntil('1956-10-28'));
      await page.locator('#end-turn').waitFor();
      const guide = page.locator('[data-action=guide-close]');
      if (await guide.isVisible()) await guide.click();
      await mapReady(page);
      await shot('2-morning');

      // Its evening, history's choice taken.
      for (const card of await page.locator('.decision:not(.decided)').all()) {
        await card.locator('.option[data-historical=true] input').check();
        await card.locator('.reason-input').fill('As history went.');
      }
      await page.locator('#end-turn').click();
      await page.locator('[data-testid=day-report]').waitFor({ timeout: 60_000 });
      await page.waitForTimeout(800);
      await shot('3-evening-report');

      await loadCode(page, preview.url, replayUntil('1956-11-11'));
      await page.locator('[data-testid=end-screen]').waitFor();
      await page.waitForTimeout(500);
      await shot('4-end');
      if (b.problems.length) console.error(tag, b.problems);
    } finally {
      await b.close();
    }
    console.log(`${tag}: 4 screenshots`);
  }
} finally {
  await preview.stop();
}
