// The map's screenshots in docs/screenshots/: the game's map (its box only) at four screen sizes, reached
// as a player reaches it (the title, then a replay code loaded from it), and the evening
// after a day has played. Console errors are printed, not hidden.
// Run: npx vite build && npx tsx scripts/map-screenshots.ts [--name after] [--date 1956-10-29]
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, decideAll, launch, replayUntil, startPreview } from './lib/browser';

const args = process.argv.slice(2);
const opt = (name: string, fallback: string): string => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1]! : fallback;
};
const name = opt('name', 'after');
const date = opt('date', '1956-10-29');
const SIZES: [number, number][] = [
  [390, 844],
  [820, 1180],
  [1280, 720],
  [1920, 1080],
];
const OUT = join(ROOT, 'docs/screenshots');
mkdirSync(OUT, { recursive: true });

const preview = await startPreview();
try {
  const code = replayUntil(date);
  for (const [width, height] of SIZES) {
    const b = await launch({ width, height, reducedMotion: 'reduce' });
    try {
      const page = b.page;
      await page.goto(preview.url);
      await page.locator('[data-action=load-replay]').first().waitFor({ timeout: 30_000 });
      await page.waitForFunction(() => performance.getEntriesByName('nd:phaser-ready').length > 0, null, { timeout: 30_000 });
      await page.waitForTimeout(500);
      await page.locator('[data-action=load-replay]').first().click();
      await page.locator('#load-code').fill(code);
      await page.locator('[data-action=load-code]').click();
      await page.locator('#end-turn').waitFor();
      const guide = page.locator('[data-action=guide-close]');
      if (await guide.isVisible()) await guide.click();
      await page.waitForTimeout(1200);
      await page.locator('#map-wrap').screenshot({ path: join(OUT, `map-${name}-${width}.png`) });
      if (width === 1280) {
        await decideAll(page);
        await page.locator('#end-turn').click();
        await page.locator('[data-testid=day-report]').waitFor({ timeout: 60_000 });
        await page.waitForTimeout(800);
        await page.screenshot({ path: join(OUT, `map-${name}-${width}-evening.png`) });
        // The next morning, the report closed: the day's changes of hands still marked.
        await page.locator('[data-action=next-morning]').click();
        await page.waitForTimeout(1000);
        await page.locator('#map-wrap').screenshot({ path: join(OUT, `map-${name}-${width}-after-day.png`) });
      }
      console.log(`${width}×${height}: ${b.problems.length ? b.problems.join(' | ') : 'no console error'}`);
    } finally {
      await b.close();
    }
  }
} finally {
  await preview.stop();
}
