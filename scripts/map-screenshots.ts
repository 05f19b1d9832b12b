// The map's screenshots in docs/screenshots/: the game's map (its box only) at four screen sizes, reached
// as a player reaches it (the title, then a replay code loaded from it), and the evening
// after a day has played. Console errors are printed, not hidden.
// Run: npx vite build && npx tsx scripts/map-screenshots.ts [--name after] [--date 1956-10-29] [--lang hu --sizes 1280]
// (in Hungarian the files are map-NAME-hu-WIDTH…).
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, decideAll, launch, replayUntil, startPreview } from './lib/browser';

const args = process.argv.slice(2);
const opt = (name: string, fallback: string): string => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1]! : fallback;
};
const name = opt('name', 'after');
const OUT = join(ROOT, 'docs/screenshots');
const date = opt('date', '1956-10-29');
const lang = opt('lang', 'en');
const widths = opt('sizes', '390,820,1280,1920').split(',').map(Number);
const SIZES: [number, number][] = (
  [
    [390, 844],
    [820, 1180],
    [1280, 720],
    [1920, 1080],
  ] as [number, number][]
).filter(([w]) => widths.includes(w));
const file = (width: number, what = ''): string => join(OUT, `map-${name}${lang === 'en' ? '' : `-${lang}`}-${width}${what}.png`);
mkdirSync(OUT, { recursive: true });

const preview = await startPreview();
try {
  const code = replayUntil(date);
  for (const [width, height] of SIZES) {
    const b = await launch({ width, height, reducedMotion: 'reduce' });
    try {
      const page = b.page;
      await page.goto(lang === 'en' ? preview.url : `${preview.url}?lang=${lang}`);
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
      await page.locator('#map-wrap').screenshot({ path: file(width) });
      if (width === 1280) {
        await decideAll(page);
        await page.locator('#end-turn').click();
        await page.locator('[data-testid=day-report]').waitFor({ timeout: 60_000 });
        await page.waitForTimeout(800);
        await page.screenshot({ path: file(width, '-evening') });
        // The next morning, the report closed: the day's changes of hands still marked.
        await page.locator('[data-action=next-morning]').click();
        await page.waitForTimeout(1000);
        await page.locator('#map-wrap').screenshot({ path: file(width, '-after-day') });
      }
      console.log(`${width}×${height}: ${b.problems.length ? b.problems.join(' | ') : 'no console error'}`);
    } finally {
      await b.close();
    }
  }
} finally {
  await preview.stop();
}
