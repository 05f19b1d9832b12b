// The classroom in the browser: an exercise's briefing, two players on one device with
// the hand-over between them, the decision journal into the end report (page, JSON and
// replay, which the command line verifies), and the teacher's class comparison that names
// and leaves out what does not belong. Any console error or page error fails a test.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareClass, makeReport } from '../../src/classroom';
import type { GameReport } from '../../src/classroom';
import { newGame } from '../../src/engine';
import { encodeReplayCode, parseReplay, playReplay } from '../../src/replay';
import type { Replay, ReplaySuccess } from '../../src/replay';
import { scenario } from '../helpers';
import { usePreview, useTempDir, withBrowser } from './support/browser';
import type { Browser } from './support/browser';
import { cardIds, cliReplayHash, decideCards, replayOf, writeJson } from './support/classroom';
import { closeGuideIfOpen, openTitle, shot } from './support/play';

const preview = usePreview();
const temp = useTempDir();

const withReducedMotion = (run: (b: Browser) => Promise<void>): Promise<void> => withBrowser({ reducedMotion: 'reduce' }, run);

const EXERCISE = 'nagy-cabinet';
const PLAYERS = ['government', 'soviet'];
const SECRET = 'GOV-SECRET: the cabinet must be seen to break with the past';
const NAMES = 'Anna Kovács & Bence Szabó';

describe('an exercise for two players on one device', () => {
  const exercise = scenario(EXERCISE);
  const opening = newGame(exercise, { seed: 'class-1956', roles: { government: 'player', soviet: 'player' } });
  const mineToday = (side: string): string[] => opening.open.filter((id) => exercise.decisions.find((d) => d.id === id)?.actor === side);
  // The government's first decision of the exercise, answered against history.
  const govDecision = exercise.decisions.find((d) => d.id === mineToday('government')[0])!;
  const govOption = govDecision.options.find((o) => !o.historical)!.id;

  it('briefs, hands the device over between the sides, and reports every choice with its reason', async () => {
    expect(mineToday('government').length).toBeGreaterThan(0);
    await withReducedMotion(async ({ page }) => {
      await openTitle(page, preview().url);
      await page.locator('.title-menu [data-action=new-game]').click();
      await page.locator('#ng-scenario').selectOption(EXERCISE);
      await page.locator('#ng-mode-hotseat').check();
      for (const role of exercise.roles) await page.locator(`#ng-side-${role.side}`).setChecked(PLAYERS.includes(role.side));
      await page.locator('#ng-seed').fill('class-1956');
      await page.locator('[data-action=start]').click();

      // The briefing: sources named, roles with objectives, the length, the discussion to come.
      const briefing = page.locator('[data-testid=briefing]');
      await briefing.waitFor();
      for (const b of exercise.briefing) await expect(briefing.textContent()).resolves.toContain(b.source.section);
      await expect(briefing.locator('.role').count()).resolves.toBe(exercise.roles.length);
      await expect(briefing.locator('.role.led').count()).resolves.toBe(2);
      await expect(briefing.locator('.objective-list li').count()).resolves.toBe(exercise.roles.reduce((t, r) => t + r.objectives.length, 0));
      await expect(page.locator('[data-testid=briefing-length]').textContent()).resolves.toContain(`about ${exercise.suggestedMinutes} minutes`);
      await expect(page.locator('[data-testid=briefing-discussion]').textContent()).resolves.toContain(`${exercise.discussion.length} discussion questions`);
      await shot(page, 'c1-briefing');
      await page.locator('[data-action=begin-exercise]').click();

      // First morning: the device goes to the government; nothing of any side's morning shows.
      const handOver = page.locator('[data-testid=hand-over]');
      await handOver.waitFor();
      await expect(handOver.getAttribute('data-side')).resolves.toBe('government');
      await expect(cardIds(page)).resolves.toEqual([]);
      await shot(page, 'c2-hand-over');
      await page.locator('[data-action=take-over]').click();
      await closeGuideIfOpen(page);
      await expect(cardIds(page)).resolves.toEqual(mineToday('government'));
      await expect(page.locator('#orders .orders').getAttribute('data-side')).resolves.toBe('government');
      await decideCards(page, (id) => (id === govDecision.id ? SECRET : 'As history went.'), { [govDecision.id]: govOption });

      // Saved and reopened before passing on: the device is still the government's, whose
      // decisions are taken (a guess from the open decisions would give it to the Soviet side).
      await page.reload();
      await page.locator('[data-action=continue]').click();
      await handOver.waitFor();
      await expect(handOver.getAttribute('data-side')).resolves.toBe('government');
      await page.locator('[data-action=take-over]').click();
      await expect(page.locator('[data-testid=at-keyboard]').getAttribute('data-side')).resolves.toBe('government');
      await expect(page.locator(`.decision.decided[data-decision="${govDecision.id}"]`).count()).resolves.toBe(1);

      // A standing order given, then withdrawn ("no order").
      const select = page.locator('#orders select[data-area]').first();
      const orderId = exercise.orders.find((o) => o.side === 'government')!.id;
      await select.selectOption(orderId);
      await expect(page.locator('#orders select[data-area]').first().inputValue()).resolves.toBe(orderId);
      await page.locator('#orders select[data-area]').first().selectOption('');
      await expect(page.locator('#orders select[data-area]').first().inputValue()).resolves.toBe('');

      // Passing on: the Soviet side sees none of the government's choices or reasons.
      await expect(page.locator('#end-turn').textContent()).resolves.toMatch(/pass the device to the Soviet/i);
      await page.locator('#end-turn').click();
      await handOver.waitFor();
      await expect(handOver.getAttribute('data-side')).resolves.toBe('soviet');
      await expect(page.locator('body').innerText()).resolves.not.toContain('GOV-SECRET');
      await page.locator('[data-action=take-over]').click();
      await expect(cardIds(page)).resolves.toEqual(mineToday('soviet'));
      const sovietView = await page.locator('body').innerText();
      expect(sovietView).not.toContain('GOV-SECRET');
      expect(sovietView).not.toContain(govDecision.options.find((o) => o.id === govOption)!.label);
      await expect(page.locator('[data-testid=at-keyboard]').getAttribute('data-side')).resolves.toBe('soviet');
      await decideCards(page, () => 'Moscow waits.');
      await expect(page.locator('#end-turn').textContent()).resolves.toBe('End turn');
      await page.locator('#end-turn').click();

      // The evening report reads out every side's choices, with the reasons.
      const report = page.locator('[data-testid=day-report]');
      await report.waitFor({ timeout: 30_000 });
      await expect(report.locator(`.decision-list li[data-decision="${govDecision.id}"] .reason`).textContent()).resolves.toContain('GOV-SECRET');

      // The rest of the exercise: each morning the device passes round again.
      for (let guard = 0; guard < 20; guard++) {
        await page.locator('[data-action=next-morning]').click();
        // A morning with no decision for either player has no hand-over: the device stays, and the day is ended.
        const noDecisions = page.locator('#end-turn:not([disabled])').waitFor({ timeout: 30_000 }).then(async () => {
          await page.waitForTimeout(1500);
          return (await handOver.count()) === 0 && (await page.locator('[data-testid=end-screen]').count()) === 0 ? 'no-hand-over' : 'wait';
        });
        let next = await Promise.race([
          handOver.waitFor({ timeout: 30_000 }).then(() => 'hand-over'),
          page.locator('[data-testid=end-screen]').waitFor({ timeout: 30_000 }).then(() => 'end'),
          noDecisions,
        ]);
        if (next === 'wait') next = (await page.locator('[data-testid=end-screen]').count()) ? 'end' : 'hand-over';
        if (next === 'end') break;
        if (next === 'no-hand-over') {
          await expect(cardIds(page)).resolves.toEqual([]);
          await page.locator('#end-turn').click();
          await report.waitFor({ timeout: 30_000 });
          continue;
        }
        for (;;) {
          await page.locator('[data-action=take-over]').click();
          await decideCards(page, (id) => `Day's reason for ${id}.`);
          const last = (await page.locator('#end-turn').textContent()) === 'End turn';
          await page.locator('#end-turn').click();
          if (last) break;
          await handOver.waitFor();
        }
        await report.waitFor({ timeout: 30_000 });
      }

      // The end: the report page with the decisions and their reasons, and the discussion.
      const end = page.locator('[data-testid=end-screen]');
      await end.waitFor();
      await expect(end.locator('[data-testid=discussion] li').count()).resolves.toBe(exercise.discussion.length);
      await expect(end.locator(`[data-testid=report-decisions] tr[data-decision="${govDecision.id}"] .reason`).textContent()).resolves.toBe(SECRET);
      await expect(end.locator('[data-testid=report-seed]').textContent()).resolves.toBe('class-1956');
      const finalHash = ((await end.locator('[data-testid=final-hash]').textContent()) ?? '').trim();
      await page.locator('[data-testid=names-input]').fill(NAMES);
      await expect(page.locator('[data-testid=printed-names]').textContent()).resolves.toBe(`Played by ${NAMES}`);
      await shot(page, 'c3-end-report');

      // The report as JSON: the same decisions and reasons, the seed, the replay code.
      const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-action=download-report]').click()]);
      const reportFile = join(temp(), 'class-report.json');
      await download.saveAs(reportFile);
      const json = JSON.parse(readFileSync(reportFile, 'utf8')) as GameReport & { names: string };
      expect(json.format).toBe('nineteen-days-report');
      expect(json.names).toBe(NAMES);
      expect(json.seed).toBe('class-1956');
      expect(json.finalHash).toBe(finalHash);
      expect(json.decisions.find((d) => d.decision === govDecision.id)).toMatchObject({ option: govOption, reason: SECRET, historical: false, by: 'player' });
      expect(json.days.length).toBe(exercise.decisions.length ? json.days.length : 0);
      expect(json.days.map((d) => d.date)[0]).toBe(exercise.start);

      // The replay keeps the journal; the command line replays file and code to the same hash.
      const [dl] = await Promise.all([page.waitForEvent('download'), page.locator('[data-action=download-replay]').click()]);
      const replayFile = join(temp(), 'class-replay.json');
      await dl.saveAs(replayFile);
      const replay = parseReplay(readFileSync(replayFile, 'utf8'));
      expect(replay.journal.find((j) => j.decision === govDecision.id)).toMatchObject({ side: 'government', option: govOption, reason: SECRET });
      expect(cliReplayHash(replayFile)).toBe(finalHash);
      expect(cliReplayHash(json.replayCode)).toBe(finalHash);
    });
  });
});

describe('the class comparison', () => {
  it('sets a class side by side, and names and leaves out the tampered game and the one of another scenario', async () => {
    const exercise = scenario(EXERCISE);
    const dir = temp();
    // A report as a student downloads it from the end screen, with the players' names.
    const reported = replayOf(EXERCISE, { seed: 'class-1956', roles: { government: 'player', soviet: 'player' } }, { neutrality: 'stay' });
    const reportedPlay = playReplay(exercise, reported) as ReplaySuccess;
    const report = makeReport(exercise, reported, reportedPlay.turnEnds.map((i) => reportedPlay.states[i]!), reportedPlay.final);
    const reportFile = writeJson(join(dir, 'class-report.json'), { ...report, names: NAMES });
    const games: { name: string; replay: Replay }[] = [
      { name: 'anna.json', replay: replayOf(EXERCISE, { seed: 'anna', roles: { government: 'player' } }, { neutrality: 'stay' }) },
      { name: 'bence.json', replay: replayOf(EXERCISE, { seed: 'bence', roles: { government: 'player' } }) },
      { name: 'csilla.json', replay: replayOf(EXERCISE, { seed: 'csilla', roles: { government: 'player', soviet: 'player' } }, { neutrality: 'stay' }) },
    ];
    const tampered = JSON.parse(JSON.stringify(replayOf(EXERCISE, { seed: 'david', roles: { government: 'player' } }))) as Replay;
    tampered.seed = 'forged';
    const other = replayOf('presidium', { seed: 'eva', roles: { soviet: 'player' } });
    const files = [
      ...games.map((g) => writeJson(join(dir, g.name), g.replay)),
      writeJson(join(dir, 'david-tampered.json'), tampered),
      writeJson(join(dir, 'eva-presidium.json'), other),
      reportFile,
    ];
    const pasted = [encodeReplayCode(replayOf(EXERCISE, { seed: 'ferenc', roles: { revolutionaries: 'player' } })), 'ND1.not-a-real-code', encodeReplayCode(games[0]!.replay)];

    // What the page must show, worked out by the same logic in Node.
    const expected = compareClass(exercise, [
      // The page names a report by its file and the players' names it carries.
      ...files.map((f) => ({ name: f === reportFile ? `class-report.json (${NAMES})` : f.split('/').pop()!, text: readFileSync(f, 'utf8') })),
      ...pasted.map((text, i) => ({ name: `pasted line ${i + 1}`, text })),
    ]);
    expect(expected.excluded.map((x) => x.name)).toEqual(['david-tampered.json', 'eva-presidium.json', 'pasted line 2', 'pasted line 3']);

    await withReducedMotion(async ({ page }) => {
      await openTitle(page, preview().url);
      await page.locator('[data-action=class-compare]').click();
      await page.locator('[data-testid=class-compare]').waitFor();
      await page.locator('#cc-files').setInputFiles(files);
      await page.locator('#cc-codes').fill(pasted.join('\n'));
      await page.locator('[data-action=compare]').click();
      const results = page.locator('[data-testid=class-results]');
      await results.locator('[data-testid=class-summary]').waitFor();
      await expect(results.locator('[data-testid=class-summary]').textContent()).resolves.toContain(`${expected.games.length} games of “${exercise.title}”`);

      // One row per game, with its name, seed and outcome.
      const rows = results.locator('[data-testid=class-games] tbody tr');
      await expect(rows.count()).resolves.toBe(expected.games.length);
      for (const g of expected.games) {
        const row = results.locator(`[data-testid=class-games] tbody tr[data-name="${g.name}"]`);
        await expect(row.locator('code').textContent()).resolves.toBe(g.seed);
        await expect(row.textContent()).resolves.toContain(g.outcome?.label ?? '—');
      }
      await expect(results.locator('[data-testid=class-games]').textContent()).resolves.toContain(NAMES);

      // Left out, each by name with its reason.
      const excluded = results.locator('[data-testid=excluded] li');
      await expect(excluded.count()).resolves.toBe(expected.excluded.length);
      await expect(results.locator('[data-testid=excluded] li[data-name="david-tampered.json"]').textContent()).resolves.toMatch(/altered/);
      await expect(results.locator('[data-testid=excluded] li[data-name="eva-presidium.json"]').textContent()).resolves.toMatch(/presidium/);
      await expect(results.locator('[data-testid=excluded] li[data-name="pasted line 3"]').textContent()).resolves.toMatch(/the same game as anna\.json/);

      // Each decision point: the share of the class for each option, history's marked.
      for (const d of expected.decisions) {
        const block = results.locator(`[data-testid=class-decisions] .class-decision[data-decision="${d.decision}"]`);
        for (const [option, count] of Object.entries(d.counts)) await expect(block.locator(`li[data-option="${option}"]`).getAttribute('data-count')).resolves.toBe(String(count));
        await expect(block.locator('li.historical').getAttribute('data-option')).resolves.toBe(d.historical);
      }
      await results.locator('[data-testid=excluded]').scrollIntoViewIfNeeded();
      await shot(page, 'c4-class-compare');
    });
  });
});
