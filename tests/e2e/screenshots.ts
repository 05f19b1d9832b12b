// The screenshots in docs/screenshots/, taken from the built site in headless Chromium.
// Run: npx vite build && npx tsx tests/e2e/screenshots.ts
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { ROOT, decideAll, launch, replayUntil, startPreview } from '../../scripts/lib/browser';
import type { Browser, LaunchOptions } from '../../scripts/lib/browser';
import { encodeReplayCode } from '../../src/replay';
import type { Replay } from '../../src/replay';
import { replayOf } from './support/classroom';

const OUT = join(ROOT, 'docs/screenshots');
mkdirSync(OUT, { recursive: true });
// Screens looked at but not kept in the docs.
const MORE = join(ROOT, 'test-results/screenshots');
mkdirSync(MORE, { recursive: true });
const KEPT = new Set(['7-hand-over', '8-class-comparison', '9-what-if', '10-luck-or-choice']);

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

/** A fresh browser for one set of screenshots, closed (its profile removed) whatever happens. */
async function session(options: LaunchOptions, run: (b: Browser) => Promise<void>): Promise<void> {
  const b = await launch(options);
  try {
    await run(b);
  } finally {
    await b.close();
  }
}

const preview = await startPreview();
const dir = mkdtempSync(join(tmpdir(), 'nd-class-'));
try {
  const shot = (page: Page, name: string): Promise<Buffer> => page.screenshot({ path: join(/^\d-(title|map|decisions|day|end|tablet)/.test(name) || KEPT.has(name) ? OUT : MORE, `${name}.png`) });

  // Title.
  await session({ reducedMotion: 'reduce' }, async (b) => {
    await b.page.goto(preview.url);
    await b.page.locator('[data-action=new-game]').first().waitFor();
    await b.page.waitForFunction(() => performance.getEntriesByName('nd:phaser-ready').length > 0);
    await b.page.locator('.title-menu [data-action=new-game]').click();
    await b.page.waitForTimeout(600);
    await shot(b.page, '1-title');
  });

  // The day of 4 November playing on the map, then its report.
  await session({ reducedMotion: 'no-preference' }, async (b) => {
    await loadCode(b.page, preview.url, replayUntil('1956-11-04'));
    await decideAll(b.page);
    await b.page.locator('#end-turn').click();
    await b.page.waitForTimeout(2300);
    await shot(b.page, '2-map-day-in-progress');
    await b.page.locator('[data-testid=day-report]').waitFor({ timeout: 30_000 });
    await b.page.waitForTimeout(300);
    await shot(b.page, '4-day-report');
  });

  // The morning of 1 November, Nagy's government: neutrality? A reason being written.
  await session({ reducedMotion: 'reduce' }, async (b) => {
    await loadCode(b.page, preview.url, replayUntil('1956-11-01', 'government'));
    const card = b.page.locator('.decision[data-decision=neutrality]');
    await card.locator('.record summary').click();
    await card.locator('.option[data-historical=true] input').check();
    await card.locator('.reason-input').fill('Moscow has broken its word; only the world can hold it back now.');
    await card.locator('.decision-title').scrollIntoViewIfNeeded();
    await b.page.mouse.move(610, 420);
    await b.page.waitForTimeout(400);
    await shot(b.page, '3-decisions-and-area');
  });

  // The end, and a tablet in portrait.
  await session({ reducedMotion: 'reduce' }, async (b) => {
    await b.page.goto(preview.url);
    await b.page.locator('[data-action=load-replay]').click();
    await b.page.locator('#load-code').fill(replayUntil('1956-11-11'));
    await b.page.locator('[data-action=load-code]').click();
    await b.page.locator('[data-testid=end-screen]').waitFor();
    await b.page.waitForTimeout(800);
    await shot(b.page, '5-end');
  });
  await session({ width: 820, height: 1180, reducedMotion: 'reduce' }, async (b) => {
    await loadCode(b.page, preview.url, replayUntil('1956-10-28'));
    await shot(b.page, '6-tablet');
  });
  // Classroom: an exercise's briefing, and the hand-over between two players.
  await session({ reducedMotion: 'reduce' }, async (b) => {
    await b.page.goto(preview.url);
    await b.page.locator('.title-menu [data-action=new-game]').click();
    await b.page.locator('#ng-scenario').selectOption('radio-night');
    await b.page.locator('#ng-mode-hotseat').check();
    await b.page.locator('[data-action=start]').click();
    await b.page.locator('[data-testid=briefing]').waitFor();
    await b.page.waitForTimeout(500);
    await shot(b.page, 'exercise-briefing');
    await b.page.locator('[data-action=begin-exercise]').click();
    await b.page.locator('[data-action=take-over]').click();
    await b.page.locator('[data-action=guide-close]').click();
    await decideAll(b.page);
    await b.page.locator('#end-turn').click();
    await b.page.locator('[data-testid=hand-over]').waitFor();
    await shot(b.page, '7-hand-over');
  });

  // The class comparison: a class of eight, one altered, one of another exercise.
  {
    const names = ['anna', 'bence', 'csilla', 'dora', 'emil', 'ferenc', 'gabor', 'hanna'];
    const files = names.map((n, i) => {
      const replay = replayOf('nagy-cabinet', { seed: `class-${n}`, roles: { government: 'player' } }, i % 3 === 0 ? { neutrality: 'stay' } : i % 3 === 1 ? { 'avh-fate': 'fold' } : {});
      const file = join(dir, `${n}.json`);
      writeFileSync(file, JSON.stringify(replay));
      return file;
    });
    const altered = JSON.parse(JSON.stringify(replayOf('nagy-cabinet', { seed: 'class-ilona', roles: { government: 'player' } }))) as Replay;
    altered.actions = altered.actions.slice(0, -2);
    writeFileSync(join(dir, 'ilona.json'), JSON.stringify(altered));
    const other = encodeReplayCode(replayOf('presidium', { seed: 'class-janos', roles: { soviet: 'player' } }));
    await session({ reducedMotion: 'reduce' }, async (b) => {
      await b.page.goto(preview.url);
      await b.page.locator('[data-action=class-compare]').click();
      await b.page.locator('#cc-files').setInputFiles([...files, join(dir, 'ilona.json')]);
      await b.page.locator('#cc-codes').fill(other);
      await b.page.locator('[data-action=compare]').click();
      await b.page.locator('[data-testid=class-summary]').waitFor();
      await b.page.locator('[data-testid=class-summary]').evaluate((el) => el.scrollIntoView({ block: 'start' }));
      await b.page.waitForTimeout(300);
      await shot(b.page, '8-class-comparison');
      await b.page.locator('[data-testid=class-decisions]').evaluate((el) => el.scrollIntoView({ block: 'start' }));
      await shot(b.page, 'class-decisions');
    });
  }

  // A replay in the viewer, a what-if, and luck or choice.
  {
    const revolutionary = replayOf('campaign', { seed: 'viewer-1956', roles: { revolutionaries: 'player' } }, { 'fight-on': 'truce' });
    const code = encodeReplayCode(revolutionary);
    await session({ reducedMotion: 'reduce' }, async (b) => {
      await b.page.goto(`${preview.url}#replay=${code}`);
      await b.page.locator('[data-testid=viewer-date]').waitFor();
      await b.page.waitForFunction(() => performance.getEntriesByName('nd:phaser-ready').length > 0);
      for (let i = 0; i < 11; i++) await b.page.keyboard.press('ArrowRight');
      await b.page.waitForTimeout(800);
      await shot(b.page, 'replay-viewer');
      await b.page.keyboard.press('Home');
      await b.page.keyboard.press('ArrowRight');
      await b.page.keyboard.press('ArrowRight');
      await b.page.locator('[data-action=what-if]').click();
      await b.page.locator('.what-if-decision[data-decision=fight-on] .option[data-option=fight] input').check();
      await b.page.locator('#wi-reason').fill('What if the fighters had not trusted the ceasefire?');
      await b.page.locator('[data-action=fork-auto]').click();
      await b.page.locator('[data-testid=what-if]').waitFor();
      await b.page.waitForTimeout(500);
      await shot(b.page, '9-what-if');
      await b.page.locator('[data-testid=fork-days]').evaluate((el) => el.closest('section')?.scrollIntoView({ block: 'start' }));
      await shot(b.page, 'what-if-days');
      await b.page.locator('[data-action=watch-original]').click();
      await b.page.locator('[data-action=luck]').click();
      await b.page.locator('#luck-games').selectOption('500');
      await b.page.locator('[data-action=luck-start]').click();
      await b.page.locator('[data-testid=luck-summary]').waitFor({ timeout: 120_000 });
      await b.page.waitForTimeout(300);
      await shot(b.page, '10-luck-or-choice');
    });
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
  await preview.stop();
}
