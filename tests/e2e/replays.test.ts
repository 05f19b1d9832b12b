// Replays in the browser: the viewer stepped forward and back (buttons and arrow keys),
// opened from a file and from links carrying the code; a what-if fork whose draws before
// the changed day stay identical (checked again in Node and by the command line); and
// luck or choice in a Web Worker, with progress, a result and a cancel. Any console error
// or page error fails a test.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { autoplay, stateHash } from '../../src/engine';
import { encodeReplayCode, parseReplay, playReplay } from '../../src/replay';
import type { ReplaySuccess } from '../../src/replay';
import { replayUntil } from '../../scripts/lib/browser';
import { scenario } from '../helpers';
import { usePreview, useTempDir, withBrowser } from './support/browser';
import type { Browser } from './support/browser';
import { cliReplayHash, replayOf, writeJson } from './support/classroom';
import { closeGuideIfOpen, openTitle, panelHash, shot } from './support/play';

const preview = usePreview();
const temp = useTempDir();

const withReducedMotion = (run: (b: Browser) => Promise<void>): Promise<void> => withBrowser({ reducedMotion: 'reduce' }, run);

const campaign = scenario('campaign');
// The revolutionaries led by a player, who leaves history at the first decision they meet after the first day.
const asHistory = autoplay(campaign, { seed: 'viewer-1956', roles: { revolutionaries: 'player' } }).final;
const firstLater = Object.entries(asHistory.chosen)
  .filter(([, c]) => c.by === 'player' && c.date > campaign.start)
  .sort((a, b) => (a[1].date < b[1].date ? -1 : a[1].date > b[1].date ? 1 : 0))[0]![0];
const leaving = campaign.decisions.find((d) => d.id === firstLater)!;
const original = replayOf('campaign', { seed: 'viewer-1956', roles: { revolutionaries: 'player' } }, { [leaving.id]: leaving.options.find((o) => !o.historical)!.id });
const played = playReplay(campaign, original) as ReplaySuccess;
const days = played.turnEnds.map((i) => played.states[i]!);
const code = encodeReplayCode(original);

const viewerHash = async (b: Browser): Promise<string> => ((await b.page.locator('[data-testid=viewer-hash]').textContent()) ?? '').trim();
const viewerDate = async (b: Browser): Promise<string> => (await b.page.locator('[data-testid=viewer-date]').getAttribute('data-date')) ?? '';
const hashAt = (p: number): string => stateHash(p === 0 ? played.states[0]! : days[p - 1]!);

describe('the replay viewer', () => {
  it('steps forward and back a day at a time, by buttons and by the arrow keys, from a file', async () => {
    expect(played.ok).toBe(true);
    await withReducedMotion(async (b) => {
      const { page } = b;
      await openTitle(page, preview().url);
      await page.locator('[data-action=load-replay]').click();
      await page.locator('#load-mode-view').check();
      await page.locator('#load-file').setInputFiles(writeJson(join(temp(), 'viewer-replay.json'), original));
      await page.locator('[data-testid=viewer-date]').waitFor();
      // It opens on the first evening.
      expect(await viewerDate(b)).toBe(days[0]!.report!.date);
      expect(await viewerHash(b)).toBe(hashAt(1));
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('ArrowRight');
      expect(await viewerDate(b)).toBe(days[2]!.report!.date);
      expect(await viewerHash(b)).toBe(hashAt(3));
      await page.locator('[data-action=prev]').click();
      expect(await viewerDate(b)).toBe(days[1]!.report!.date);
      expect(await viewerHash(b)).toBe(hashAt(2));
      await page.keyboard.press('ArrowLeft');
      await page.keyboard.press('ArrowLeft');
      expect(await viewerHash(b)).toBe(hashAt(0));
      await expect(page.locator('[data-action=prev]').isDisabled()).resolves.toBe(true);
      await page.keyboard.press('End');
      expect(await viewerHash(b)).toBe(hashAt(days.length));
      await expect(page.locator('[data-action=next]').isDisabled()).resolves.toBe(true);
      await expect(page.locator('[data-testid=viewer-outcome]').textContent()).resolves.toBe(played.final.outcome!.label);
      // The day's decisions with the report in full.
      await page.locator('[data-action=first]').click();
      await page.locator('[data-action=next]').click();
      await page.locator('[data-action=full-report]').click();
      await expect(page.locator('[data-testid=day-report]').getAttribute('data-date')).resolves.toBe(days[0]!.report!.date);
      await page.locator('.report-dialog [data-action=next-morning]').click();
      await page.keyboard.press('ArrowRight');
      await page.waitForFunction(() => document.getElementById('app')?.dataset.renderer !== undefined);
      await page.waitForTimeout(300);
      await shot(page, 'r1-viewer');
    });
  });

  it('opens from a link carrying the code (#replay= and ?replay=), and a bad link says why', async () => {
    await withReducedMotion(async (b) => {
      const { page } = b;
      await page.goto(`${preview().url}#replay=${code}`);
      await page.locator('[data-testid=viewer-date]').waitFor({ timeout: 30_000 });
      expect(await viewerHash(b)).toBe(hashAt(1));
      await page.keyboard.press('ArrowRight');
      expect(await viewerHash(b)).toBe(hashAt(2));

      await page.goto('about:blank');
      await page.goto(`${preview().url}?replay=${code}`);
      await page.locator('[data-testid=viewer-date]').waitFor({ timeout: 30_000 });
      expect(await viewerDate(b)).toBe(days[0]!.report!.date);

      await page.goto('about:blank');
      await page.goto(`${preview().url}#replay=${code.slice(0, 60)}`);
      const error = page.locator('[data-testid=load-error]');
      await error.waitFor({ timeout: 30_000 });
      await expect(error.textContent()).resolves.toMatch(/could not be opened.*damaged or cut short/);
      await page.goto('about:blank');
      await page.goto(`${preview().url}#replay=hello<b>there</b>`);
      await error.waitFor({ timeout: 30_000 });
      await expect(error.textContent()).resolves.toMatch(/carries no replay code/);
      await expect(page.locator('b').count()).resolves.toBe(0);
    });
  });
});

describe('links to a replay', () => {
  /** Click a "Copy a link" button and read back what went on the clipboard. */
  const copiedLink = async (b: Browser, button: string): Promise<string> => {
    await b.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(preview().url).origin });
    await b.page.locator(button).click();
    await b.page.locator('.copy-status', { hasText: 'Link copied.' }).waitFor();
    return b.page.evaluate(() => navigator.clipboard.readText());
  };

  it('are offered beside the replay code at the end, and open the game in the viewer', async () => {
    await withReducedMotion(async (b) => {
      const { page } = b;
      await openTitle(page, preview().url);
      await page.locator('[data-action=load-replay]').click();
      await page.locator('#load-code').fill(code);
      await page.locator('[data-action=load-code]').click();
      await page.locator('[data-testid=end-screen]').waitFor();
      const link = await copiedLink(b, '.replay-box [data-action=copy-link]');
      expect(link).toBe(`${preview().url}#replay=${code}`);
      await page.goto('about:blank');
      await page.goto(link);
      await page.locator('[data-testid=viewer-date]').waitFor({ timeout: 30_000 });
      expect(await viewerHash(b)).toBe(hashAt(1));
      await expect(page.locator('[data-testid=viewer-outcome]').textContent()).resolves.toBe(played.final.outcome!.label);
    });
  });

  it('are offered in the menu of a game under way, and open the days so far', async () => {
    const underWay = replayUntil('1956-10-26');
    await withReducedMotion(async (b) => {
      const { page } = b;
      await openTitle(page, preview().url);
      await page.locator('[data-action=load-replay]').click();
      await page.locator('#load-code').fill(underWay);
      await page.locator('[data-action=load-code]').click();
      await page.locator('#end-turn').waitFor();
      await closeGuideIfOpen(page);
      await page.locator('[data-action=menu]').click();
      const link = await copiedLink(b, '.dialog [data-action=copy-link]');
      expect(link).toBe(`${preview().url}#replay=${underWay}`);
      await page.goto('about:blank');
      await page.goto(link);
      await page.locator('[data-testid=viewer-date]').waitFor({ timeout: 30_000 });
      await expect(page.locator('[data-testid=viewer-outcome]').textContent()).resolves.toBe('not finished');
      await page.keyboard.press('End');
      expect(await viewerDate(b)).toBe('1956-10-25');
    });
  });
});

describe('what if?', () => {
  // The day the player left history: change that decision back to history's option.
  const day = days.findIndex((s) => s.report!.decisions.some((d) => d.decision === leaving.id)) + 1;
  const historical = leaving.options.find((o) => o.historical)!;

  it('forks a day with the same seed: the states before it are identical and every later draw is the same', async () => {
    expect(day).toBeGreaterThan(1);
    await withReducedMotion(async (b) => {
      const { page } = b;
      await page.goto(`${preview().url}#replay=${code}`);
      await page.locator('[data-testid=viewer-date]').waitFor({ timeout: 30_000 });
      for (let p = 1; p < day; p++) await page.keyboard.press('ArrowRight');
      expect(await viewerDate(b)).toBe(days[day - 1]!.report!.date);
      await page.locator('[data-action=what-if]').click();
      const dialog = page.locator('.what-if-dialog');
      await dialog.locator(`.what-if-decision[data-decision="${leaving.id}"] .option[data-option="${historical.id}"] input`).check();
      await dialog.locator('#wi-reason').fill('What if the fighters had followed history here?');
      await shot(page, 'r2-what-if-dialog');
      await dialog.locator('[data-action=fork-auto]').click();

      const screen = page.locator('[data-testid=what-if]');
      await screen.waitFor();
      const rows = await screen.locator('[data-testid=fork-days] tbody tr').evaluateAll((trs) =>
        trs.map((tr) => ({ date: tr.getAttribute('data-date'), o: tr.getAttribute('data-original-hash'), f: tr.getAttribute('data-fork-hash'), luck: tr.getAttribute('data-same-luck') })),
      );
      rows.forEach((r, i) => {
        if (i < day - 1) expect(r.f, `day ${i + 1} before the fork`).toBe(r.o);
        else if (i === day - 1) expect(r.f).not.toBe(r.o);
        if (r.o && r.f) expect(r.luck, `the draws of ${r.date}`).toBe('true');
      });
      await expect(screen.locator(`[data-testid=differing-decisions] li[data-decision="${leaving.id}"]`).count()).resolves.toBe(1);
      await expect(screen.locator('[data-testid=original-outcome]').textContent()).resolves.toBe(played.final.outcome!.label);
      await expect(screen.locator('[data-testid=luck-note]').textContent()).resolves.toMatch(/before the change ended in identical states/);
      await shot(page, 'r3-what-if');

      // The fork's replay: the engine in Node and the command line agree, draw for draw.
      const [download] = await Promise.all([page.waitForEvent('download'), screen.locator('[data-action=download-fork]').click()]);
      const forkFile = join(temp(), 'fork-replay.json');
      await download.saveAs(forkFile);
      const fork = parseReplay(readFileSync(forkFile, 'utf8'));
      expect(fork.seed).toBe(original.seed);
      expect(fork.journal.some((j) => j.decision === leaving.id && j.option === historical.id && /followed history/.test(j.reason))).toBe(true);
      const forkPlayed = playReplay(campaign, fork) as ReplaySuccess;
      expect(forkPlayed.ok).toBe(true);
      const forkDays = forkPlayed.turnEnds.map((i) => forkPlayed.states[i]!);
      for (let i = 0; i < day - 1; i++) expect(stateHash(forkDays[i]!)).toBe(stateHash(days[i]!));
      expect(stateHash(forkDays[day - 1]!)).not.toBe(stateHash(days[day - 1]!));
      let compared = 0;
      for (let i = 0; i < Math.min(days.length, forkDays.length); i++) {
        const rolls = new Map(forkDays[i]!.report!.areas.map((a) => [a.area, a.roll]));
        for (const a of days[i]!.report!.areas) {
          const other = rolls.get(a.area);
          if (a.roll === null || other === null || other === undefined) continue;
          expect(other, `${a.area} on ${days[i]!.report!.date}`).toBe(a.roll);
          if (i >= day - 1) compared++;
        }
      }
      expect(compared).toBeGreaterThan(0);
      expect(cliReplayHash(forkFile)).toBe(fork.final.hash);
      expect(cliReplayHash(encodeReplayCode(fork))).toBe(fork.final.hash);

      // Or play the fork at the keyboard, from the morning of the changed day.
      await screen.locator('[data-action=watch-original]').click();
      await page.locator('[data-testid=viewer-date]').waitFor();
      expect(await viewerDate(b)).toBe(days[day - 1]!.report!.date);
      await page.locator('[data-action=what-if]').click();
      await dialog.locator(`.what-if-decision[data-decision="${leaving.id}"] .option[data-option="${historical.id}"] input`).check();
      await dialog.locator('#wi-reason').fill('What if the fighters had followed history here?');
      await dialog.locator('[data-action=fork-play]').click();
      await page.locator('#end-turn').waitFor();
      await closeGuideIfOpen(page);
      await expect(page.locator('[data-testid=date]').getAttribute('data-date')).resolves.toBe(days[day - 1]!.report!.date);
      await expect(page.locator(`.decision.decided[data-decision="${leaving.id}"] [data-testid=decided]`).textContent()).resolves.toContain(historical.label);
      // The same morning as the fork played by itself, just before that day's end.
      await expect(panelHash(page)).resolves.toBe(stateHash(forkPlayed.states[forkPlayed.turnEnds[day - 1]! - 1]!));
    });
  });
});

describe('luck or choice?', () => {
  it('plays the decisions over many seeds in a worker, with progress, a result, and a cancel that stops it', async () => {
    await withReducedMotion(async (b) => {
      const { page } = b;
      await page.goto(`${preview().url}#replay=${code}`);
      await page.locator('[data-testid=viewer-date]').waitFor({ timeout: 30_000 });
      await page.locator('[data-action=luck]').click();
      const dialog = page.locator('.luck-dialog');
      await expect(dialog.locator('[data-testid=luck-choices]').textContent()).resolves.toMatch(/of which 1 left history/);
      await dialog.locator('#luck-games').selectOption('20');
      await dialog.locator('[data-action=luck-start]').click();
      const summary = dialog.locator('[data-testid=luck-summary]');
      await summary.waitFor({ timeout: 60_000 });
      await expect(summary.textContent()).resolves.toMatch(/came in \d+% of 20 games with history’s decisions, and in \d+% of 20 with this game’s/);
      const updates = Number(await dialog.locator('[data-testid=luck-progress]').getAttribute('data-updates'));
      expect(updates).toBeGreaterThanOrEqual(2);
      await expect(dialog.locator('[data-testid=luck-progress]').evaluate((p: HTMLProgressElement) => p.value === p.max)).resolves.toBe(true);
      const outcomes = await dialog.locator('[data-testid=luck-outcomes] tbody tr').count();
      expect(outcomes).toBeGreaterThan(0);
      await shot(page, 'r4-luck');

      // A long run, cancelled: it stops, and says how far it got.
      await dialog.locator('#luck-games').selectOption('1000');
      await dialog.locator('[data-action=luck-start]').click();
      await page.waitForFunction(() => {
        const p = document.querySelector<HTMLProgressElement>('[data-testid=luck-progress]');
        return !!p && p.value > 0;
      });
      await dialog.locator('[data-action=luck-cancel]').click();
      const cancelled = dialog.locator('[data-testid=luck-cancelled]');
      await cancelled.waitFor({ timeout: 10_000 });
      const text = (await cancelled.textContent()) ?? '';
      const stopped = Number(/Stopped after (\d+) of 1000/.exec(text)?.[1]);
      expect(stopped).toBeGreaterThan(0);
      expect(stopped).toBeLessThan(1000);
      await expect(dialog.locator('[data-action=luck-start]').isDisabled()).resolves.toBe(false);
      await dialog.locator('[data-action=luck-close]').click();
    });
  });
});
