// The whole campaign in the browser, through the interface a player uses, at 1280×720 and
// on a phone held upright: a new game, nineteen days of history's choices taken by
// keyboard, each evening's report (its story within its length, the map in view beside it),
// the end screen and its replay, which the command line (and the engine in Node) must
// replay to the browser's final hash. Any console error or page error fails the test.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { autoplay } from '../../src/engine';
import { STORY_WORDS, eventsOn } from '../../src/history';
import { encodeReplayCode, parseReplay, playReplay } from '../../src/replay';
import { scenario } from '../helpers';
import { usePreview, useTempDir, withBrowser } from './support/browser';
import { cliReplayHash, replayOf, writeJson } from './support/classroom';
import { closeGuideIfOpen, closeReport, decideAsHistory, endTurn, frame, openTitle, panelDate, panelHash, reportWords, shot, startNewGame } from './support/play';

const preview = usePreview();
const temp = useTempDir();

describe('the campaign in the browser', () => {
  const campaign = scenario('campaign');

  // The whole campaign at a laptop's screen and on a phone held upright.
  for (const size of [{ width: 1280, height: 720 }, { width: 390, height: 844 }]) {
    const tag = `${size.width}x${size.height}`;
    const laptop = size.width === 1280;
    it(`plays all nineteen days with history’s choices at ${size.width}×${size.height}, each evening a story beside the map, and ends with a replay the command line verifies`, async () => {
      await withBrowser({ ...size, reducedMotion: 'reduce' }, async ({ page }) => {
        await openTitle(page, preview().url);
        if (laptop) await shot(page, '01-title');
        const seed = await startNewGame(page, 'e2e-1956');
        expect(seed).toBe('e2e-1956');
        // The guided first day opens for a newcomer.
        await expect(page.locator('.dialog.guide').isVisible()).resolves.toBe(true);
        if (laptop) await shot(page, '02-first-morning-guide');
        await closeGuideIfOpen(page);

        const dates: string[] = [];
        const words: number[] = [];
        for (let day = 0; day < 19; day++) {
          const morning = await panelDate(page);
          // Every morning: the bar at most an eighth of the screen, the map drawn into its box, End turn on screen.
          const f = await frame(page);
          expect(f.bar, `the bar on ${morning}`).toBeLessThanOrEqual(0.12 * size.height);
          expect(f.canvas.width).toBeGreaterThan(0);
          expect(f.endTurn && f.endTurn.y + f.endTurn.height <= size.height + 0.5).toBe(true);
          const decided = await decideAsHistory(page);
          if (day === 0) {
            expect(decided).toBeGreaterThan(0);
            await shot(page, `03-decided-${tag}`);
          }
          const date = await endTurn(page);
          expect(date).toBe(morning);
          dates.push(date);
          const report = page.locator('[data-testid=day-report]');
          // The story first: a headline, the day, history, the standing; the rest folded.
          const counted = await reportWords(page);
          words.push(counted.all);
          expect(counted.story, `the story of ${date}`).toBeLessThanOrEqual(STORY_WORDS);
          await expect(report.locator('[data-testid=story] .headline').textContent()).resolves.toMatch(/\S/);
          await expect(report.locator('[data-testid=story] .standing').textContent()).resolves.toMatch(/Divergence from history: \d+ of 100/);
          await expect(report.locator('details.report-fold[open]').count()).resolves.toBe(0);
          // The map stays in view beside (or above) the sheet, fitted to the part it leaves.
          const sheet = (await page.locator('.report-dialog').boundingBox())!;
          const map = (await page.locator('#map-wrap').boundingBox())!;
          const apart = map.x + map.width <= sheet.x + 1 || map.y + map.height <= sheet.y + 1;
          expect(apart, `the map and the report on ${date}`).toBe(true);
          expect(map.width * map.height).toBeGreaterThan(0.25 * size.width * size.height);
          await page.waitForFunction((w) => Math.abs(((document.querySelector("#map-host canvas") as HTMLCanvasElement | null)?.width ?? 0) - w) <= 1, map.width);
          // The day in full, folded: every event the record dates to this day, with its source.
          const events = eventsOn(campaign, date);
          await expect(report.locator('.history-day .event').count()).resolves.toBe(events.length);
          if (events.length) await expect(report.locator('.history-day .event .source').first().textContent()).resolves.toContain('“');
          // The figures of both, every metric, and the divergence.
          await expect(report.locator('.figures-table tbody tr').count()).resolves.toBe(campaign.metrics.length);
          // A chart for each headline figure (the data marks them), and one of the divergence.
          await expect(report.locator('.chart').count()).resolves.toBe(campaign.metrics.filter((m) => m.headline).length + 1);
          await expect(report.locator('[data-testid=divergence]').textContent()).resolves.toMatch(/^\d+ of 100$/);
          if (day === 0) await expect(report.locator('.game-day .decision-list li .reason').first().textContent()).resolves.toContain('As history went.');
          if (day === 0 || day === 12) await shot(page, `04-report-${date}-${tag}`);
          await closeReport(page);
        }
        expect(dates[0]).toBe('1956-10-23');
        expect(dates[18]).toBe('1956-11-10');
        // The report at first open: about a minute's reading.
        const average = words.reduce((a, b) => a + b, 0) / words.length;
        console.log(`evening report at first open, ${tag}: ${Math.round(average)} words on average, ${Math.max(...words)} at most (${words.join(', ')})`);
        expect(average).toBeLessThanOrEqual(400);
        expect(Math.max(...words)).toBeLessThanOrEqual(600);

        // The end: outcome, the path to it, the whole comparison, the replay.
        const end = page.locator('[data-testid=end-screen]');
        await end.waitFor();
        await expect(page.locator('[data-testid=outcome]').textContent()).resolves.toMatch(/\S/);
        await expect(end.locator('.whole-table tbody tr').count()).resolves.toBe(19);
        await expect(end.locator('[data-testid=path-to-outcome] li').count()).resolves.toBeGreaterThan(0);
        await expect(end.locator('[data-testid=path-to-outcome]').textContent()).resolves.toMatch(/chose .*(chance|certain)/);
        await shot(page, `05-end-${tag}`);
        // The hash is for testers, folded away.
        await expect(end.locator('[data-testid=final-hash]').isVisible()).resolves.toBe(false);
        const finalHash = ((await page.locator('[data-testid=final-hash]').textContent()) ?? '').trim();
        expect(finalHash).toMatch(/^[0-9a-f]{32}$/);
        if (!laptop) return;
        const replayCode = (await page.locator('[data-testid=replay-code]').inputValue()).trim();
        expect(replayCode.startsWith('ND1.')).toBe(true);

        const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-action=download-replay]').click()]);
        const file = join(temp(), 'campaign-replay.json');
        await download.saveAs(file);
        const replay = parseReplay(readFileSync(file, 'utf8'));
        expect(replay.final.hash).toBe(finalHash);
        expect(replay.seed).toBe('e2e-1956');
        expect(replay.journal.length).toBeGreaterThan(0);

        // The engine in Node plays the downloaded replay to the same hash…
        const played = playReplay(campaign, replay);
        expect(played.ok).toBe(true);
        // …and so does the command line, the way a tester would check it, from the file and from the code.
        expect(cliReplayHash(file)).toBe(finalHash);
        expect(cliReplayHash(replayCode)).toBe(finalHash);
        // A browser game with history's choices is the game the engine plays by itself (the
        // hashes differ only by the reasons typed in the browser, which the state keeps).
        const same = autoplay(campaign, { seed: 'e2e-1956', roles: { revolutionaries: 'player' } });
        expect(played.ok && played.final.metrics).toEqual(same.final.metrics);
        expect(played.ok && played.final.outcome).toEqual(same.final.outcome);
      });
    });
  }

  it('loads a replay from a file and from a code, and refuses a damaged one', async () => {
    // A whole game played by the engine in Node, as a file and as a code.
    const replay = replayOf('campaign', { seed: 'e2e-load-1956', roles: { revolutionaries: 'player' } });
    const file = writeJson(join(temp(), 'loaded-replay.json'), replay);
    const replayCode = encodeReplayCode(replay);
    const finalHash = replay.final.hash;
    await withBrowser({ reducedMotion: 'reduce' }, async ({ page }) => {
      await openTitle(page, preview().url);
      await page.locator('[data-action=load-replay]').click();
      await page.locator('#load-file').setInputFiles(file);
      await page.locator('[data-testid=end-screen]').waitFor();
      await expect(page.locator('[data-testid=final-hash]').textContent()).resolves.toBe(finalHash);
      await page.locator('.replay-box .quiet-button').click();
      await page.locator('[data-action=load-replay]').click();
      await page.locator('#load-code').fill(replayCode);
      await page.locator('[data-action=load-code]').click();
      await page.locator('[data-testid=end-screen]').waitFor();
      await expect(page.locator('[data-testid=final-hash]').textContent()).resolves.toBe(finalHash);
      // A damaged code is refused with a reason, not a crash.
      await page.locator('.replay-box .quiet-button').click();
      await page.locator('[data-action=load-replay]').click();
      await page.locator('#load-code').fill(replayCode.slice(0, 40));
      await page.locator('[data-action=load-code]').click();
      await expect(page.locator('[data-testid=load-error]').textContent()).resolves.toMatch(/cannot be loaded/);
    });
  });

  it('continues from the autosave at the same date and state (with WebGL, and the day animated)', async () => {
    await withBrowser({ reducedMotion: 'no-preference' }, async ({ page }) => {
      // The game picks Canvas where WebGL is software, as here; this test takes the WebGL path.
      await openTitle(page, `${preview().url}?renderer=webgl`);
      await startNewGame(page);
      await closeGuideIfOpen(page);
      // One day with the animation running, then skip the next.
      await decideAsHistory(page);
      await page.locator('#end-turn').click();
      await page.locator('[data-action=skip]').waitFor();
      await page.waitForTimeout(1500);
      await shot(page, '06-day-animating');
      // The day plays on the map's clock (at most 100 ms of it a frame): on software WebGL
      // and a busy machine the frames come slowly, so the report may take a while.
      await page.locator('[data-testid=day-report]').waitFor({ timeout: 90_000 });
      await closeReport(page);
      await decideAsHistory(page);
      await page.locator('#end-turn').click();
      await page.locator('[data-action=skip]').click();
      await page.locator('[data-testid=day-report]').waitFor();
      await closeReport(page);
      const date = await panelDate(page);
      const hash = await panelHash(page);
      expect(date).toBe('1956-10-25');

      await page.reload();
      await page.locator('[data-action=continue]').waitFor({ timeout: 30_000 });
      await page.waitForFunction(() => document.getElementById('app')?.dataset.renderer === 'WebGL');
      await page.locator('[data-action=continue]').click();
      await page.locator('#end-turn').waitFor();
      expect(await panelDate(page)).toBe(date);
      expect(await panelHash(page)).toBe(hash);
      await shot(page, '07-continued');
    });
  });

  it('meets a corrupted save with a clear message and the offer of a new game', async () => {
    await withBrowser({ reducedMotion: 'reduce' }, async ({ page }) => {
      await openTitle(page, preview().url);
      await page.evaluate(() => localStorage.setItem('nineteen-days/autosave', '{"kind":"nineteen-days-autosave","version":1,"replay":{"format":"nineteen-days-replay","garbage":true'));
      await page.reload();
      const problem = page.locator('[data-testid=save-problem]');
      await problem.waitFor({ timeout: 30_000 });
      await expect(problem.textContent()).resolves.toMatch(/could not be restored/);
      await shot(page, '08-corrupted-save');
      await page.locator('[data-action=new-game-after-problem]').click();
      await page.locator('[data-action=start]').click();
      // The save is offered as a download before the new game replaces it.
      await page.locator('dialog.message button', { hasText: 'Start without it' }).click();
      await page.locator('#end-turn').waitFor();

      // An outdated save (another engine version) is refused just as plainly.
      await page.evaluate(() => {
        // The save is written when the player pauses, or at once as the page is hidden.
        window.dispatchEvent(new Event('pagehide'));
        const save = JSON.parse(localStorage.getItem('nineteen-days/autosave')!);
        save.replay.engineVersion = 999;
        localStorage.setItem('nineteen-days/autosave', JSON.stringify(save));
      });
      await page.reload();
      await problem.waitFor({ timeout: 30_000 });
      await expect(problem.textContent()).resolves.toMatch(/altered|engine version/);
    });
  });

  it('is usable on a tablet, with the map above the decisions', async () => {
    await withBrowser({ width: 820, height: 1180, reducedMotion: 'reduce' }, async ({ page }) => {
      await openTitle(page, preview().url);
      await startNewGame(page);
      await closeGuideIfOpen(page);
      const map = await page.locator('#map-wrap').boundingBox();
      const panel = await page.locator('#side-panel').boundingBox();
      expect(map && panel && map.y + map.height <= panel.y + 1).toBe(true);
      await shot(page, '09-tablet');
    });
  });
});
